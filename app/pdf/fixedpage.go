package pdf

import (
	"fmt"
	"math"
	"strings"

	"baocao/app/doc"

	"github.com/jung-kurt/gofpdf"
)

// minFitSize is the smallest size, in points, a box's text is set at
// when even its MinSize does not fit: below it, text is unreadable.
const minFitSize = 4.0

// fixedPage adds a page of its own size on which the blocks' rules,
// frames, crosses and boxes stand at their places; it takes no page
// number and what flows after it starts on a new page.
func (d *renderer) fixedPage(p doc.FixedPage) {
	d.add(item{fixed: &gofpdf.SizeType{Wd: p.Width, Ht: p.Height}, draw: func(float64) { d.drawFixed(p) }})
}

func (d *renderer) drawFixed(p doc.FixedPage) {
	pdf := d.pdf
	grey := func(g float64) {
		v := int(math.Round(255 * min(max(g, 0), 1)))
		pdf.SetDrawColor(v, v, v)
	}
	for _, r := range p.Rules {
		grey(r.Grey)
		pdf.SetLineWidth(r.Width)
		pdf.Line(r.X1, r.Y1, r.X2, r.Y2)
	}
	for _, f := range p.Frames {
		grey(f.Grey)
		pdf.SetLineWidth(f.Width)
		pdf.Rect(f.X, f.Y, f.W, f.H, "D")
	}
	grey(0)
	for _, c := range p.Crosses {
		pdf.SetLineWidth(0.2)
		pdf.Line(c.X-c.Size/2, c.Y, c.X+c.Size/2, c.Y)
		pdf.Line(c.X, c.Y-c.Size/2, c.X, c.Y+c.Size/2)
	}
	for _, b := range p.Boxes {
		d.box(b)
	}
	grey(0)
}

// box sets b's text inside its rectangle (see doc.Box): on one line at
// the largest size down to MinSize, else wrapped at the largest size at
// which the lines fit, under MinSize only with a warning.
func (d *renderer) box(b doc.Box) {
	if b.Frame {
		d.pdf.SetDrawColor(150, 150, 150)
		d.pdf.SetLineWidth(0.1)
		d.pdf.Rect(b.X, b.Y, b.W, b.H, "D")
		d.pdf.SetDrawColor(0, 0, 0)
	}
	var paras []string
	for _, s := range strings.Split(b.Text, "\n") {
		if s = d.clean.src(doc.Line{Text: s, Src: b.Src}); s != "" {
			paras = append(paras, s)
		}
	}
	if len(paras) == 0 {
		return
	}
	lines, font := d.fit(paras, b)
	if font.Size < b.MinSize-1e-9 && b.Field != "" {
		d.clean.warnings = append(d.clean.warnings, Warning{Field: b.Field, Message: fmt.Sprintf(
			"Chữ ở %s quá dài nên được in cỡ %.1f, nhỏ hơn cỡ tối thiểu %.0f; hãy viết gọn lại trong bản nháp nếu khó đọc.",
			b.Where, font.Size, b.MinSize)})
	}
	lh := font.Size * ptToMM * doc.CertLineSpacing
	top := b.Y + (b.H-float64(len(lines))*lh)/2
	for i, ln := range lines {
		y := top + float64(i)*lh
		if b.Opaque {
			w := d.fonts.width(ln, font.Style, font.Size)
			x := b.X
			switch b.Align {
			case doc.AlignRight:
				x = b.X + b.W - w
			case doc.AlignCentre, "":
				x = b.X + (b.W-w)/2
			}
			d.pdf.SetFillColor(255, 255, 255)
			d.pdf.Rect(x-0.5, y, w+1, lh, "F")
		}
		switch b.Align {
		case doc.AlignLeft:
			d.text(b.X, y, lh, ln, font)
		case doc.AlignRight:
			d.text(b.X+b.W-d.fonts.width(ln, font.Style, font.Size), y, lh, ln, font)
		default:
			d.centred(b.X+b.W/2, y, lh, ln, font)
		}
	}
}

// fit finds the size b's paragraphs are set at and their lines.
func (d *renderer) fit(paras []string, b doc.Box) ([]string, Text) {
	font := b.Font
	lineH := ptToMM * doc.CertLineSpacing // per point of size
	// One line each: width and height grow with the size, so the largest
	// size that fits is found directly.
	widest := 0.0
	for _, p := range paras {
		widest = max(widest, d.fonts.width(p, font.Style, 1))
	}
	size := min(font.Size, b.W/widest, b.H/(float64(len(paras))*lineH))
	if size >= b.MinSize-1e-9 {
		font.Size = math.Floor(size*10) / 10 // a tenth of a point under, against rounding
		return paras, font
	}
	// Wrapped: the largest size, in half points, whose lines fit.
	for s := math.Floor(font.Size*2) / 2; s >= minFitSize; s -= 0.5 {
		if float64(len(paras))*s*lineH > b.H {
			continue
		}
		font.Size = s
		var lines []string
		for _, p := range paras {
			lines = append(lines, d.fonts.wrap(p, font, b.W, b.W)...)
		}
		if float64(len(lines))*s*lineH <= b.H {
			if b.Align == doc.AlignCentre || b.Align == "" {
				// Centred lines of even length, as headings are set:
				// as many lines, none wider.
				lines = lines[:0]
				for _, p := range paras {
					lines = append(lines, d.fonts.balanced(p, font, b.W)...)
				}
			}
			return lines, font
		}
	}
	font.Size = minFitSize
	var lines []string
	for _, p := range paras {
		lines = append(lines, d.fonts.wrap(p, font, b.W, b.W)...)
	}
	if n := int(b.H / (minFitSize * lineH)); n >= 1 && len(lines) > n {
		lines = lines[:n] // never over the box: what is left out was warned about
	}
	return lines, font
}
