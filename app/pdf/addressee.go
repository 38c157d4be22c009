package pdf

import "baocao/app/doc"

// addressee lays out a proposal's "Kính gửi: …" centred in the body's
// font, wrapped in lines of even length, kept with what follows, with a
// paragraph's space above and below.
func (d *renderer) addressee(a doc.Addressee) {
	l := d.l
	tw := l.TextWidth()
	cx := l.MarginLeft + tw/2
	font := l.Body
	lh := lineHeight(font, headerSpacing)
	text := a.Label + " " + d.clean.src(a.To)
	for i, ln := range d.fonts.balanced(text, font, tw*0.9) {
		it := item{h: lh, keep: true, draw: func(y float64) { d.centred(cx, y, lh, ln, font) }}
		if i == 0 {
			it.before = l.ParaSpacing*ptToMM + d.spaceNext
			d.spaceNext = 0
		}
		d.add(it)
	}
	d.spaceNext = l.ParaSpacing * ptToMM
}
