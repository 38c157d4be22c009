// Package icon draws the program's icon: a red document with a folded
// corner, a large yellow star and three short lines of text. The shapes
// are few and strong so that the icon still reads at 16 pixels.
//
// assets/icon.png is its output at 512 pixels; regenerate it with
//
//	go test ./app/icon -run TestIconFile -update
package icon

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"

	"golang.org/x/image/vector"
)

// Colours of the icon.
var (
	Red    = color.RGBA{0xC8, 0x1D, 0x25, 0xFF} // the page
	Fold   = color.RGBA{0xF0, 0x8A, 0x80, 0xFF} // the folded corner
	Yellow = color.RGBA{0xFF, 0xD4, 0x00, 0xFF} // the star
	Cream  = color.RGBA{0xFF, 0xF4, 0xE0, 0xFF} // the lines of text
)

// The drawing is laid out on a 256-unit square.
const unit = 256

// Geometry of the page, in units.
const (
	pageL, pageT, pageR, pageB = 36, 12, 220, 244
	fold                       = 52 // size of the folded corner
	radius                     = 14 // corner rounding
)

// Star is the centre and outer radius of the star, in units.
var Star = struct{ X, Y, R float64 }{128, 112, 70}

// Draw returns the icon as a size×size image with a transparent background.
func Draw(size int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	s := float32(size) / unit
	fill := func(c color.Color, path func(z *vector.Rasterizer, s float32)) {
		z := vector.NewRasterizer(size, size)
		path(z, s)
		z.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
	}
	fill(Red, pagePath)
	fill(Fold, foldPath)
	fill(Yellow, starPath)
	// Lines of text under the star: thick bars, at small sizes aligned to
	// whole pixels so they stay crisp.
	for i, w := range []float32{124, 124, 84} {
		y := float32(196 + i*17)
		if size < 64 && i > 0 {
			break // one bar at most; more would blur into the page
		}
		fill(Cream, func(z *vector.Rasterizer, s float32) {
			rect(z, 66*s, y*s, (66+w)*s, (y+9)*s)
		})
	}
	return img
}

func rect(z *vector.Rasterizer, x0, y0, x1, y1 float32) {
	z.MoveTo(x0, y0)
	z.LineTo(x1, y0)
	z.LineTo(x1, y1)
	z.LineTo(x0, y1)
	z.ClosePath()
}

// pagePath is the page outline: a rounded rectangle with the top right
// corner cut off by the fold.
func pagePath(z *vector.Rasterizer, s float32) {
	const k = 0.5523 // circle approximation by cubic Béziers
	r := float32(radius)
	L, T, R, B := float32(pageL), float32(pageT), float32(pageR), float32(pageB)
	f := float32(fold)
	z.MoveTo((L+r)*s, T*s)
	z.LineTo((R-f)*s, T*s)
	z.LineTo(R*s, (T+f)*s)
	z.LineTo(R*s, (B-r)*s)
	z.CubeTo(R*s, (B-r+k*r)*s, (R-r+k*r)*s, B*s, (R-r)*s, B*s)
	z.LineTo((L+r)*s, B*s)
	z.CubeTo((L+r-k*r)*s, B*s, L*s, (B-r+k*r)*s, L*s, (B-r)*s)
	z.LineTo(L*s, (T+r)*s)
	z.CubeTo(L*s, (T+r-k*r)*s, (L+r-k*r)*s, T*s, (L+r)*s, T*s)
	z.ClosePath()
}

// foldPath is the folded-over corner, a triangle.
func foldPath(z *vector.Rasterizer, s float32) {
	R, T, f := float32(pageR), float32(pageT), float32(fold)
	z.MoveTo((R-f)*s, T*s)
	z.LineTo((R-f)*s, (T+f)*s)
	z.LineTo(R*s, (T+f)*s)
	z.ClosePath()
}

// starPath is a five-pointed star, point up.
func starPath(z *vector.Rasterizer, s float32) {
	inner := Star.R * 0.382 // the regular star's ratio
	for i := range 10 {
		r := Star.R
		if i%2 == 1 {
			r = inner
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5
		x := float32(Star.X+r*math.Cos(a)) * s
		y := float32(Star.Y+r*math.Sin(a)) * s
		if i == 0 {
			z.MoveTo(x, y)
		} else {
			z.LineTo(x, y)
		}
	}
	z.ClosePath()
}

// PNG returns the icon at size×size pixels, PNG-encoded: what a window
// shows as its icon (with Fyne: a.SetIcon(fyne.NewStaticResource(
// "icon.png", icon.PNG(256))), since a binary built with plain go build
// carries no packaging metadata).
func PNG(size int) []byte {
	var buf bytes.Buffer
	// Encoding an in-memory RGBA image into a buffer cannot fail.
	_ = png.Encode(&buf, Draw(size))
	return buf.Bytes()
}
