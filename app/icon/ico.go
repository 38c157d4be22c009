package icon

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"image/png"

	"golang.org/x/image/vector"
)

// ICOSizes are the sizes a Windows icon file carries: the Start menu,
// Explorer's views and the task bar pick the nearest.
var ICOSizes = []int{16, 24, 32, 48, 64, 256}

// Page colours of the draft file's icon.
var (
	Paper   = color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	Outline = color.RGBA{0x8A, 0x8A, 0x8A, 0xFF}
)

// DrawDocument returns the icon of a draft file at size×size pixels: a
// white page, the shape of the program's icon, with the program's red
// icon on it, so that a draft on the desktop tells itself apart from the
// program while showing which program opens it.
func DrawDocument(size int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	s := float32(size) / unit
	fill := func(c color.Color, path func(z *vector.Rasterizer, s float32)) {
		z := vector.NewRasterizer(size, size)
		path(z, s)
		z.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
	}
	fill(Outline, pagePath)
	// The paper: the same page drawn smaller, inside the outline.
	border := max(1, size/32)
	inner := size - 2*border
	paper := image.NewRGBA(image.Rect(0, 0, inner, inner))
	z := vector.NewRasterizer(inner, inner)
	pagePath(z, float32(inner)/unit)
	z.Draw(paper, paper.Bounds(), image.NewUniform(Paper), image.Point{})
	draw.Draw(img, paper.Bounds().Add(image.Pt(border, border)), paper, image.Point{}, draw.Over)
	fill(Outline, foldPath)
	// The program's icon, smaller, in the lower part of the page.
	small := size * 9 / 16
	logo := Draw(small)
	at := image.Pt((size-small)/2, size-small-size/8)
	draw.Draw(img, logo.Bounds().Add(at), logo, image.Point{}, draw.Over)
	return img
}

// DocumentPNG returns the draft file's icon at size×size pixels,
// PNG-encoded (the Linux package's icon for the draft type).
func DocumentPNG(size int) []byte {
	var buf bytes.Buffer
	_ = png.Encode(&buf, DrawDocument(size)) // in memory: cannot fail
	return buf.Bytes()
}

// ICO encodes one image per size, drawn by draw, as a Windows .ico file:
// small sizes as 32-bit bitmaps (what every version of Windows reads),
// 256 pixels as PNG (Windows Vista and later).
func ICO(sizes []int, draw func(size int) *image.RGBA) []byte {
	var images [][]byte
	for _, s := range sizes {
		if s >= 256 {
			var buf bytes.Buffer
			_ = png.Encode(&buf, draw(s)) // an in-memory image into a buffer cannot fail
			images = append(images, buf.Bytes())
		} else {
			images = append(images, dib(draw(s)))
		}
	}
	var out bytes.Buffer
	le := func(v any) { _ = binary.Write(&out, binary.LittleEndian, v) }
	le([3]uint16{0, 1, uint16(len(sizes))}) // reserved, type 1 = icon, count
	offset := 6 + 16*len(sizes)
	for i, s := range sizes {
		dim := uint8(s)
		if s >= 256 {
			dim = 0 // 0 means 256
		}
		le([4]uint8{dim, dim, 0, 0}) // width, height, palette, reserved
		le([2]uint16{1, 32})         // planes, bits per pixel
		le([2]uint32{uint32(len(images[i])), uint32(offset)})
		offset += len(images[i])
	}
	for _, b := range images {
		out.Write(b)
	}
	return out.Bytes()
}

// dib encodes img as an icon bitmap: a BITMAPINFOHEADER of twice the
// height (the colour rows, then the transparency mask), BGRA rows from
// the bottom up, and a 1-bit mask (all zero: the alpha channel rules).
func dib(img *image.RGBA) []byte {
	w, h := img.Bounds().Dx(), img.Bounds().Dy()
	maskRow := ((w + 31) / 32) * 4
	var out bytes.Buffer
	le := func(v any) { _ = binary.Write(&out, binary.LittleEndian, v) }
	le(uint32(40))
	le([2]int32{int32(w), int32(2 * h)})
	le([2]uint16{1, 32})
	le([6]uint32{0, uint32(w*h*4 + maskRow*h), 0, 0, 0, 0})
	for y := h - 1; y >= 0; y-- {
		for x := range w {
			// image.RGBA holds premultiplied colour; icons want it straight.
			c := color.NRGBAModel.Convert(img.RGBAAt(x, y)).(color.NRGBA)
			out.Write([]byte{c.B, c.G, c.R, c.A})
		}
	}
	out.Write(make([]byte, maskRow*h))
	return out.Bytes()
}
