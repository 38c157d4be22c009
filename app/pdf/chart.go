package pdf

import (
	"baocao/app/doc"
)

// chartShape is a bar chart laid out: every position is in millimetres
// from the chart's top left corner (the left margin), so that the chart
// is one item of the flow that never breaks across pages.
type chartShape struct {
	h      float64
	texts  []chartText
	bars   []chartBar
	axis   [3]float64 // x, y, length of the base line
	swatch []chartBar // the legend's squares, one per series
}

// chartText is a line of text centred on cx, or from x when left is set.
type chartText struct {
	s      string
	t      Text
	cx, y  float64
	lh     float64
	fromX  bool
	series int
}

// chartBar is a filled rectangle of series s in category g.
type chartBar struct {
	x, y, w, h float64
	series     int
	group      int
}

// layoutChart places the title, the bars with their values, the axis,
// the categories' labels and the legend, as the layout's Chart says.
func (d *renderer) layoutChart(c doc.Chart) chartShape {
	l := d.l
	cl := l.Chart
	tw := l.TextWidth()
	var sh chartShape
	y := 0.0
	// centre sets s on lines centred on cx from top, and returns their
	// height.
	centre := func(s string, t Text, cx, top, width float64) float64 {
		lh := lineHeight(t, headerSpacing)
		n := 0
		for _, ln := range d.fonts.balanced(s, t, max(width, 1)) {
			sh.texts = append(sh.texts, chartText{s: ln, t: t, cx: d.within(cx, ln, t, tw), y: top + float64(n)*lh, lh: lh})
			n++
		}
		return float64(n) * lh
	}
	if title := d.clean.src(c.Title); title != "" {
		y += centre(title, cl.Title, tw/2, y, tw*0.9) + cl.Gap
	}

	ns := len(c.Series)
	ng := len(c.Groups)
	if ns == 0 || ng == 0 {
		sh.h = y
		return sh
	}
	vlh := lineHeight(cl.Value, headerSpacing)
	top := y + vlh // the tallest bar's top
	base := top + cl.PlotHeight
	slot := tw / float64(ng)
	// So many categories that the gaps leave no room: bars of a fifth
	// of a millimetre still show each count.
	bw := max(min(cl.MaxBar, (slot*cl.SlotFill-float64(ns-1)*cl.BarGap)/float64(ns)), 0.2)
	span := float64(ns)*bw + float64(ns-1)*cl.BarGap
	most := c.Max()
	labelH := 0.0
	for g, grp := range c.Groups {
		x := float64(g)*slot + (slot-span)/2
		for s := 0; s < ns; s++ {
			v := -1.0
			if s < len(grp.Values) {
				v = grp.Values[s]
			}
			text := ""
			if s < len(grp.Texts) {
				text = d.clean.quiet(grp.Texts[s])
			}
			bh := 0.0
			if v > 0 && most > 0 {
				bh = cl.PlotHeight * v / most
			}
			if v >= 0 {
				sh.bars = append(sh.bars, chartBar{x: x, y: base - bh, w: bw, h: bh, series: s, group: g})
			}
			sh.texts = append(sh.texts, chartText{s: text, t: cl.Value, cx: d.within(x+bw/2, text, cl.Value, tw), y: base - bh - vlh, lh: vlh, series: s})
			x += bw + cl.BarGap
		}
		labelH = max(labelH, centre(d.clean.quiet(grp.Label), cl.Label, float64(g)*slot+slot/2, base+cl.Gap/2, slot-2))
	}
	sh.axis = [3]float64{0, base, tw}
	y = base + cl.Gap/2 + labelH + cl.Gap

	// The legend: a swatch and the series' name, side by side, centred.
	llh := lineHeight(cl.Legend, headerSpacing)
	const between = 8 // mm between two entries of the legend
	names := make([]string, ns)
	width := 0.0
	for s, name := range c.Series {
		names[s] = d.clean.quiet(name)
		width += cl.Swatch + 2 + d.fonts.width(names[s], cl.Legend.Style, cl.Legend.Size)
	}
	width += float64(ns-1) * between
	x := (tw - width) / 2
	rowH := max(cl.Swatch, llh)
	for s, name := range names {
		sh.swatch = append(sh.swatch, chartBar{x: x, y: y + (rowH-cl.Swatch)/2, w: cl.Swatch, h: cl.Swatch, series: s, group: -1})
		x += cl.Swatch + 2
		sh.texts = append(sh.texts, chartText{s: name, t: cl.Legend, cx: x, y: y + (rowH-llh)/2, lh: llh, fromX: true, series: s})
		x += d.fonts.width(name, cl.Legend.Style, cl.Legend.Size) + between
	}
	sh.h = y + rowH
	return sh
}

// within moves the middle cx of text s so that s stays between 0 and
// width (a value or a label at the edge of a crowded chart).
func (d *renderer) within(cx float64, s string, t Text, width float64) float64 {
	half := d.fonts.width(s, t.Style, t.Size) / 2
	return min(max(cx, half), width-half)
}

// chart lays out a bar chart as one item, kept whole on a page.
func (d *renderer) chart(c doc.Chart) {
	l := d.l
	sh := d.layoutChart(c)
	x0 := l.MarginLeft
	cl := l.Chart
	fill := func(b chartBar, top float64) {
		g := cl.Fill(b.series)
		d.pdf.SetFillColor(g, g, g)
		d.pdf.SetLineWidth(cl.Outline)
		d.pdf.Rect(x0+b.x, top+b.y, b.w, b.h, "FD")
	}
	it := item{h: sh.h, before: l.ParaSpacing*ptToMM + d.spaceNext, draw: func(top float64) {
		for _, b := range sh.bars {
			if b.h > 0 {
				fill(b, top)
			}
		}
		for _, b := range sh.swatch {
			fill(b, top)
		}
		d.pdf.SetFillColor(255, 255, 255)
		d.pdf.SetLineWidth(cl.Axis)
		d.pdf.Line(x0+sh.axis[0], top+sh.axis[1], x0+sh.axis[0]+sh.axis[2], top+sh.axis[1])
		for _, t := range sh.texts {
			if t.fromX {
				d.text(x0+t.cx, top+t.y, t.lh, t.s, t.t)
			} else {
				d.centred(x0+t.cx, top+t.y, t.lh, t.s, t.t)
			}
		}
	}}
	d.spaceNext = 0
	d.add(it)
}

// note lays out a note under a table or a chart, flush with the margins.
func (d *renderer) note(n doc.Note) {
	l := d.l
	d.addPara(para{text: d.clean.src(n.Line), font: l.Note, x: l.MarginLeft, w: l.TextWidth(),
		justify: true, spacingBefore: l.ParaSpacing / 2})
}
