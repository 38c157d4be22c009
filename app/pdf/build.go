package pdf

import (
	"fmt"
	"strings"

	"baocao/app/doc"
)

// headerSpacing is the line spacing of the header and closing blocks.
const headerSpacing = doc.HeaderSpacing

// build turns the document's blocks into the flow of items, in order.
func (d *renderer) build() {
	for _, b := range d.doc.Blocks {
		switch b := b.(type) {
		case doc.Header:
			d.headerBlock(b)
		case doc.Title:
			d.titleBlock(b)
		case doc.Paragraph:
			l := d.l
			d.addPara(para{text: d.clean.src(b.Line), font: l.Body, x: l.MarginLeft, w: l.TextWidth(), first: l.FirstIndent,
				justify: true, spacingBefore: l.ParaSpacing})
		case doc.Heading:
			d.heading(b)
		case doc.List:
			d.list(b)
		case doc.Table:
			d.table(b)
		case doc.PageBreak:
			d.pageNext = true
		case doc.Appendix:
			d.appendix(b)
		case doc.Closing:
			d.closing(b)
		case doc.Centred:
			d.centredLine(b)
		case doc.Bases:
			l := d.l
			for _, it := range b.Items {
				d.addPara(para{text: d.clean.src(it), font: l.Bases, x: l.MarginLeft, w: l.TextWidth(), first: l.FirstIndent,
					justify: true, spacingBefore: l.ParaSpacing})
			}
		case doc.Article:
			d.article(b)
		case doc.Chart:
			d.chart(b)
		case doc.Note:
			d.note(b)
		case doc.Addressee:
			d.addressee(b)
		case doc.FixedPage:
			d.fixedPage(b)
		default:
			panic(fmt.Sprintf("pdf: no renderer for block %q", b.Type()))
		}
	}
}

// headerBlock lays out the two columns at the top of page 1.
func (d *renderer) headerBlock(h doc.Header) {
	l := d.l
	left := l.LeftColumn
	tw := l.TextWidth()
	right := tw - left - l.ColumnGap
	lcx := l.MarginLeft + left/2
	rcx := l.MarginLeft + tw - right/2

	type line struct {
		s  string
		t  Text
		cx float64
		y  float64
		lh float64
	}
	var lines []line
	var rules [][3]float64 // cx, y, width

	// Left column: bodies' names wrap inside the column, centred.
	y := 0.0
	put := func(s string, t Text, cx, width float64) (maxW float64) {
		lh := lineHeight(t, headerSpacing)
		for _, ln := range d.fonts.balanced(s, t, width) {
			lines = append(lines, line{ln, t, cx, y, lh})
			if w := d.fonts.width(ln, t.Style, t.Size); w > maxW {
				maxW = w
			}
			y += lh
		}
		return maxW
	}
	if s := d.clean.src(h.SuperiorBody); s != "" {
		put(s, l.SuperiorBody, lcx, left)
	}
	w := put(d.clean.src(h.IssuingBody), l.IssuingBody, lcx, left)
	if l.IssuingRule > 0 && w > 0 {
		y += l.RuleGap
		rules = append(rules, [3]float64{lcx, y, w * l.IssuingRule})
		y += l.RuleGap
	}
	if h.Star {
		put("*", l.Number, lcx, left)
	}
	leftEnd := y

	// Right column: the heading and its rule.
	y = 0
	var lastW float64
	for i, s := range h.Heading {
		lastW = put(d.clean.quiet(s), l.Heading[min(i, len(l.Heading)-1)].Font, rcx, right)
	}
	y += l.RuleGap
	rules = append(rules, [3]float64{rcx, y, lastW})
	y += l.RuleGap
	rightEnd := y

	// Number and place/date on one row below both.
	y = max(leftEnd, rightEnd) + 2
	rowTop := y
	num := d.clean.src(h.Number)
	numLH := lineHeight(l.Number, headerSpacing)
	numW := func(s string) float64 { return d.fonts.width(s, l.Number.Style, l.Number.Size) }
	numEnd := lcx + numW(num)/2
	if first, rest, ok := strings.Cut(num, " "); ok && h.NumberBlank {
		// "Số" + room + "-BC/ĐU", centred as one line.
		first += " "
		total := numW(first) + l.NumberRoom + numW(rest)
		x0 := lcx - total/2
		lines = append(lines, line{first, l.Number, x0 + numW(first)/2, rowTop, numLH},
			line{rest, l.Number, x0 + total - numW(rest)/2, rowTop, numLH})
		numEnd = x0 + total
	} else {
		lines = append(lines, line{num, l.Number, lcx, rowTop, numLH})
	}

	place := d.clean.src(h.PlaceDate)
	pt := l.PlaceDate
	plh := lineHeight(pt, headerSpacing)
	pw := d.fonts.width(place, pt.Style, pt.Size)
	rightEdge := l.MarginLeft + tw
	switch {
	case pw <= right:
		lines = append(lines, line{place, pt, rcx, rowTop, plh})
		y = rowTop + max(numLH, plh)
	case pw <= rightEdge-numEnd-4:
		// Wider than the column: keep it on one line, flush with the
		// right margin, as offices do.
		lines = append(lines, line{place, pt, rightEdge - pw/2, rowTop, plh})
		y = rowTop + max(numLH, plh)
	default:
		// Too long for one line: break after the place, then as needed.
		var parts []string
		if i := strings.LastIndex(place, ", ngày"); i > 0 {
			parts = append(d.fonts.balanced(place[:i+1], pt, right), d.fonts.balanced(place[i+2:], pt, right)...)
		} else {
			parts = d.fonts.balanced(place, pt, right)
		}
		py := rowTop
		for _, ln := range parts {
			lines = append(lines, line{ln, pt, rcx, py, plh})
			py += plh
		}
		y = max(rowTop+numLH, py)
	}
	var mark func(top float64)
	if h.DraftMark != "" {
		// The draft mark goes right under the number, in the left column.
		var mh float64
		mark, mh = d.draftMark(d.clean.quiet(h.DraftMark), lcx, rowTop+numLH+l.DraftMark.Above)
		y = max(y, rowTop+numLH+l.DraftMark.Above+mh)
	}
	height := y

	d.add(item{h: height, draw: func(top float64) {
		for _, ln := range lines {
			d.centred(ln.cx, top+ln.y, ln.lh, ln.s, ln.t)
		}
		for _, ru := range rules {
			d.rule(ru[0], top+ru[1], ru[2])
		}
		if mark != nil {
			mark(top)
		}
	}})
}

// draftMark lays out the "DỰ THẢO" mark s (with its round, if given)
// centred on cx with its frame's top at y below the top of the header, and
// returns how to draw it and its height.
func (d *renderer) draftMark(s string, cx, y float64) (draw func(top float64), height float64) {
	m := d.l.DraftMark
	lh := lineHeight(m.Font, headerSpacing)
	w := d.fonts.width(s, m.Font.Style, m.Font.Size) + 2*m.PadX
	height = lh + 2*m.PadY
	return func(top float64) {
		d.centred(cx, top+y+m.PadY, lh, s, m.Font)
		d.pdf.SetLineWidth(m.Rule)
		d.pdf.Rect(cx-w/2, top+y, w, height, "D")
	}, height
}

// titleBlock lays out the document kind and the summary, centred.
func (d *renderer) titleBlock(t doc.Title) {
	l := d.l
	tw := l.TextWidth()
	cx := l.MarginLeft + tw/2
	title := d.clean.src(t.Title)
	summary := d.clean.src(t.Summary)
	first := true
	for _, ln := range d.fonts.balanced(title, l.Title, tw) {
		ln := ln
		lh := lineHeight(l.Title, headerSpacing)
		it := item{h: lh, keep: true, draw: func(y float64) { d.centred(cx, y, lh, ln, l.Title) }}
		if first {
			it.before = l.HeaderGap
			first = false
		}
		d.add(it)
	}
	slines := d.fonts.balanced(summary, l.Summary, tw*0.9)
	var maxW float64
	for _, ln := range slines {
		maxW = max(maxW, d.fonts.width(ln, l.Summary.Style, l.Summary.Size))
	}
	for i, ln := range slines {
		ln := ln
		lh := lineHeight(l.Summary, headerSpacing)
		it := item{h: lh, keep: true, draw: func(y float64) { d.centred(cx, y, lh, ln, l.Summary) }}
		if i == len(slines)-1 && l.SummaryRule > 0 {
			it.h += 2 * l.RuleGap
			it.draw = func(y float64) {
				d.centred(cx, y, lh, ln, l.Summary)
				d.rule(cx, y+lh+l.RuleGap, maxW*l.SummaryRule)
			}
		}
		d.add(it)
	}
	if n := len(d.items); n > 0 {
		d.items[n-1].keep = true // with the first lines of the body
	}
	d.spaceNext = l.TitleSpacing
}

// para adds a paragraph: the first line starts at x+first, the others at
// x+rest, all within width w from x; justified unless align says
// otherwise. label, if not empty, is drawn at x+labelX on the first line.
type para struct {
	text          string
	font          Text
	x, w          float64
	first, rest   float64 // indents of the first and following lines
	label         string
	labelX        float64
	labelFont     *Text // the label's font when not the text's
	justify       bool
	keepWithNext  bool
	spacingBefore float64 // points
}

// addPara lays out p as lines, with the page-break rules of body text: no
// single first line at the bottom of a page, no single last line at the
// top of one.
func (d *renderer) addPara(p para) {
	lh := lineHeight(p.font, d.l.LineSpacing)
	lines := d.fonts.wrap(p.text, p.font, p.w-p.first, p.w-p.rest)
	if len(lines) == 0 && p.label != "" {
		lines = []string{""}
	}
	n := len(lines)
	start := len(d.items)
	for i, ln := range lines {
		ln := ln
		indent := p.rest
		if i == 0 {
			indent = p.first
		}
		x := p.x + indent
		w := p.w - indent
		last := i == n-1
		label := ""
		if i == 0 {
			label = p.label
		}
		font := p.font
		justify := p.justify && !last
		it := item{h: lh, draw: func(y float64) {
			if label != "" {
				lf := font
				if p.labelFont != nil {
					lf = *p.labelFont
				}
				d.text(p.x+p.labelX, y, lh, label, lf)
			}
			if justify {
				d.justified(x, y, lh, w, ln, font)
			} else {
				d.text(x, y, lh, ln, font)
			}
		}}
		if i == 0 {
			it.before = p.spacingBefore*ptToMM + d.spaceNext
			d.spaceNext = 0
		}
		d.add(it)
	}
	if n >= 3 {
		d.items[start].keep = true // no orphan
		d.items[start+n-2].keep = true
	} else if n == 2 {
		d.items[start].keep = true
	}
	if p.keepWithNext && n > 0 {
		d.items[len(d.items)-1].keep = true
	}
}

// heading lays out a numbered heading: a section's (I., indented), a
// point's (1., indented, justified) or an appendix part's (I., flush
// left).
func (d *renderer) heading(h doc.Heading) {
	l := d.l
	text := h.Number + " " + d.clean.src(h.Line)
	if h.Number == "" {
		text = d.clean.src(h.Line)
	}
	p := para{text: text, font: l.SectionHead, x: l.MarginLeft, w: l.TextWidth(), keepWithNext: true}
	switch h.Kind {
	case doc.HeadingSection:
		p.first, p.spacingBefore = l.FirstIndent, l.HeadingSpaceB
	case doc.HeadingPoint:
		p.font, p.first, p.justify, p.spacingBefore = l.PointHead, l.FirstIndent, true, l.ParaSpacing
		p.keepWithNext = h.KeepWithNext
	default: // doc.HeadingPart
		p.spacingBefore = l.ParaSpacing
	}
	d.addPara(p)
}

// centredLine lays out a decision's centred line (its authority, "QUYẾT
// ĐỊNH:"), kept with what follows.
func (d *renderer) centredLine(c doc.Centred) {
	l := d.l
	tw := l.TextWidth()
	cx := l.MarginLeft + tw/2
	lh := lineHeight(l.Centred, headerSpacing)
	for i, ln := range d.fonts.balanced(d.clean.src(c.Line), l.Centred, tw*0.9) {
		it := item{h: lh, keep: true, draw: func(y float64) { d.centred(cx, y, lh, ln, l.Centred) }}
		if i == 0 {
			it.before = l.ParaSpacing*ptToMM + d.spaceNext
			d.spaceNext = 0
		}
		d.add(it)
	}
}

// article lays out "Điều 1." in bold and the article's text after it, the
// first line indented, the others from the margin.
func (d *renderer) article(a doc.Article) {
	l := d.l
	label := d.clean.quiet(a.Number)
	first := l.FirstIndent + d.fonts.width(label+" ", l.ArticleLabel.Style, l.ArticleLabel.Size)
	lf := l.ArticleLabel
	d.addPara(para{text: d.clean.src(a.Line), font: l.Body, x: l.MarginLeft, w: l.TextWidth(), first: first,
		label: label, labelX: l.FirstIndent, labelFont: &lf, justify: true, spacingBefore: l.ParaSpacing})
}

// list lays out a numbered or bulleted list: the labels flush at the
// first-line indent, every text aligned after the widest label; an item's
// heading is set bold when paragraphs follow it.
func (d *renderer) list(ls doc.List) {
	l := d.l
	x, w := l.MarginLeft, l.TextWidth()
	labelW := 0.0
	for _, it := range ls.Items {
		labelW = max(labelW, d.fonts.width(it.Label, l.Body.Style, l.Body.Size))
	}
	textX := l.FirstIndent + labelW + l.ListLabelGap
	for _, it := range ls.Items {
		var paras []string
		if it.Heading.Text != "" {
			paras = append(paras, d.clean.src(it.Heading))
		}
		for _, p := range it.Paragraphs {
			paras = append(paras, d.clean.src(p))
		}
		for j, p := range paras {
			pp := para{text: p, font: l.Body, x: x, w: w, first: textX, rest: textX, justify: true, spacingBefore: l.ParaSpacing}
			if j == 0 {
				pp.label, pp.labelX = it.Label, l.FirstIndent
			}
			if j == 0 && it.Heading.Text != "" && len(paras) > 1 {
				pp.font = l.PointHead
				pp.keepWithNext = true
			}
			d.addPara(pp)
		}
	}
}

// closing lays out "Nơi nhận" and the signature side by side, kept on one
// page with the last lines of the body.
func (d *renderer) closing(c doc.Closing) {
	l := d.l
	leftW := l.RecipientsColumn
	rightW := l.TextWidth() - leftW
	lx := l.MarginLeft
	rcx := l.MarginLeft + leftW + rightW/2

	type line struct {
		s    string
		t    Text
		x    float64
		y    float64
		lh   float64
		cent bool
	}
	var lines []line

	// Left: the recipients, each line "- …", wrapped lines aligned after
	// the dash.
	y := 0.0
	var recips []string
	for _, s := range c.Recipients {
		if s := d.clean.src(s); s != "" {
			recips = append(recips, s)
		}
	}
	if len(recips) > 0 {
		lt := l.RecipientsLabel
		llh := lineHeight(lt, headerSpacing)
		lines = append(lines, line{s: d.clean.quiet(c.RecipientsLabel), t: lt, x: lx, y: y, lh: llh})
		y += llh
		t := l.Recipients
		lh := lineHeight(t, headerSpacing)
		dash := "- "
		dw := d.fonts.width(dash, t.Style, t.Size)
		for _, s := range recips {
			for i, ln := range d.fonts.wrap(s, t, leftW-4-dw, leftW-4-dw) {
				if i == 0 {
					lines = append(lines, line{s: dash, t: t, x: lx, y: y, lh: lh})
				}
				lines = append(lines, line{s: ln, t: t, x: lx + dw, y: y, lh: lh})
				y += lh
			}
		}
	}
	leftH := y

	// Right: authority, position, room to sign, name.
	y = 0
	put := func(s string, t Text) {
		lh := lineHeight(t, headerSpacing)
		for _, ln := range d.fonts.wrap(s, t, rightW, rightW) {
			lines = append(lines, line{s: ln, t: t, x: rcx, y: y, lh: lh, cent: true})
			y += lh
		}
	}
	put(d.clean.src(c.Authority), l.Authority)
	put(d.clean.src(c.Position), l.Position)
	y += l.SignSpace
	put(d.clean.src(c.Signer), l.Signer)
	height := max(leftH, y)

	if n := len(d.items); n > 0 {
		// Keep the last lines of the body with the signature: the last
		// line, and the one before it when it belongs to the same text.
		d.items[n-1].keep = true
		if n >= 2 && d.items[n-1].before == 0 && d.items[n-1].table == nil {
			d.items[n-2].keep = true
		}
	}
	d.add(item{h: height, before: l.ClosingGap, draw: func(top float64) {
		for _, ln := range lines {
			if ln.cent {
				d.centred(ln.x, top+ln.y, ln.lh, ln.s, ln.t)
			} else {
				d.text(ln.x, top+ln.y, ln.lh, ln.s, ln.t)
			}
		}
	}})
}
