package pdf

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/app/report"
)

// headerSpacing is the line spacing of the header and closing blocks.
const headerSpacing = 1.15

// build turns the report into the flow of items, in document order.
func (d *doc) build() {
	d.headerBlock()
	d.titleBlock()
	d.body()
	inline := d.r.Honorees.Placement == report.PlacementInline
	if inline {
		d.inlineHonorees()
	}
	d.closing()
	if !inline {
		d.appendix()
	}
}

// headerBlock lays out the two columns at the top of page 1.
func (d *doc) headerBlock() {
	l, r := d.l, d.r
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
	// Both forms print the bodies' names in capitals, however they were
	// typed.
	if s := d.clean.line(report.FieldSuperiorBody, "tên cơ quan cấp trên (đầu trang 1)", r.SuperiorBody); s != "" {
		put(strings.ToUpper(s), l.SuperiorBody, lcx, left)
	}
	issuing := d.clean.line(report.FieldIssuingBody, "tên cơ quan ban hành (đầu trang 1)", r.IssuingBody)
	w := put(strings.ToUpper(issuing), l.IssuingBody, lcx, left)
	if l.IssuingRule > 0 && w > 0 {
		y += l.RuleGap
		rules = append(rules, [3]float64{lcx, y, w * l.IssuingRule})
		y += l.RuleGap
	}
	if l.Star {
		put("*", l.Number, lcx, left)
	}
	leftEnd := y

	// Right column: the heading and its rule.
	y = 0
	var lastW float64
	for _, h := range l.Heading {
		lastW = put(h.Text, h.Font, rcx, right)
	}
	y += l.RuleGap
	rules = append(rules, [3]float64{rcx, y, lastW})
	y += l.RuleGap
	rightEnd := y

	// Number and place/date on one row below both.
	y = max(leftEnd, rightEnd) + 2
	rowTop := y
	num := d.clean.line(report.FieldNumber, "số và ký hiệu", r.NumberLine())
	numLH := lineHeight(l.Number, headerSpacing)
	lines = append(lines, line{num, l.Number, lcx, rowTop, numLH})
	numEnd := lcx + d.fonts.width(num, l.Number.Style, l.Number.Size)/2

	place := d.clean.line(report.FieldPlace, "địa danh, ngày tháng", d.placeAndDate())
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
	if d.draft {
		// The draft mark goes right under the number, in the left column.
		var h float64
		mark, h = d.draftMark(lcx, rowTop+numLH+l.DraftMark.Above)
		y = max(y, rowTop+numLH+l.DraftMark.Above+h)
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

// draftMark lays out the "DỰ THẢO" mark (with its round, if given)
// centred on cx with its frame's top at y below the top of the header, and
// returns how to draw it and its height.
func (d *doc) draftMark(cx, y float64) (draw func(top float64), height float64) {
	m := d.l.DraftMark
	s := d.r.DraftMark()
	lh := lineHeight(m.Font, headerSpacing)
	w := d.fonts.width(s, m.Font.Style, m.Font.Size) + 2*m.PadX
	height = lh + 2*m.PadY
	return func(top float64) {
		d.centred(cx, top+y+m.PadY, lh, s, m.Font)
		d.pdf.SetLineWidth(m.Rule)
		d.pdf.Rect(cx-w/2, top+y, w, height, "D")
	}, height
}

// placeAndDate is "Thành phố Hồ Chí Minh, ngày 08 tháng 11 năm 2016".
func (d *doc) placeAndDate() string { return d.r.PlaceAndDate() }

// titleBlock lays out the document kind and the summary, centred.
func (d *doc) titleBlock() {
	l, r := d.l, d.r
	tw := l.TextWidth()
	cx := l.MarginLeft + tw/2
	title := d.clean.line(report.FieldTitle, "tên loại văn bản", r.Title)
	summary := d.clean.line(report.FieldSummary, "trích yếu", r.Summary)
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
	justify       bool
	keepWithNext  bool
	spacingBefore float64 // points
}

// addPara lays out p as lines, with the page-break rules of body text: no
// single first line at the bottom of a page, no single last line at the
// top of one.
func (d *doc) addPara(p para) {
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
				d.text(p.x+p.labelX, y, lh, label, font)
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

// body lays out the opening and the numbered sections.
func (d *doc) body() {
	l, r := d.l, d.r
	x, w := l.MarginLeft, l.TextWidth()
	for _, p := range d.clean.paragraphs(report.FieldOpening, "phần mở đầu", r.Opening) {
		d.addPara(para{text: p, font: l.Body, x: x, w: w, first: l.FirstIndent, justify: true, spacingBefore: l.ParaSpacing})
	}
	for _, ns := range r.Sections() {
		d.section(ns.Field, ns.Section)
	}
}

// sectionNo counts the numbered sections written so far.
func (d *doc) nextSection() string {
	d.sections++
	return roman(d.sections) + ". "
}

// section lays out one numbered section; an empty section is left out
// and does not take a number.
func (d *doc) section(field string, s *report.Section) {
	l := d.l
	x, w := l.MarginLeft, l.TextWidth()
	where := sectionName(field)
	type point struct {
		heading string
		paras   []string
	}
	var pts []point
	for i, p := range s.Points {
		f := fmt.Sprintf("%s.points[%d]", field, i)
		pt := point{
			heading: d.clean.line(f+".heading", where, p.Heading),
			paras:   d.clean.paragraphs(f+".text", where, p.Text),
		}
		if pt.heading == "" && len(pt.paras) == 0 {
			continue
		}
		pts = append(pts, pt)
	}
	if len(pts) == 0 {
		return
	}
	heading := d.clean.line(field+".heading", where, s.Heading)
	d.addPara(para{text: d.nextSection() + heading, font: l.SectionHead, x: x, w: w, first: l.FirstIndent,
		keepWithNext: true, spacingBefore: l.HeadingSpaceB})

	switch s.List {
	case report.ListNumbered, report.ListBulleted:
		labelW := 0.0
		labels := make([]string, len(pts))
		for i := range pts {
			labels[i] = l.BulletLabel
			if s.List == report.ListNumbered {
				labels[i] = fmt.Sprintf("%d.", i+1)
			}
			labelW = max(labelW, d.fonts.width(labels[i], l.Body.Style, l.Body.Size))
		}
		textX := l.FirstIndent + labelW + l.ListLabelGap
		for i, pt := range pts {
			paras := pt.paras
			if pt.heading != "" {
				paras = append([]string{pt.heading}, paras...)
			}
			for j, p := range paras {
				pp := para{text: p, font: l.Body, x: x, w: w, first: textX, rest: textX, justify: true, spacingBefore: l.ParaSpacing}
				if j == 0 {
					pp.label, pp.labelX = labels[i], l.FirstIndent
				}
				if j == 0 && pt.heading != "" && len(paras) > 1 {
					pp.font = l.PointHead
					pp.keepWithNext = true
				}
				d.addPara(pp)
			}
		}
	default: // headed points, and plain paragraphs for points without a heading
		n := 0
		for _, pt := range pts {
			if pt.heading != "" {
				n++
				d.addPara(para{text: fmt.Sprintf("%d. %s", n, pt.heading), font: l.PointHead, x: x, w: w,
					first: l.FirstIndent, justify: true, keepWithNext: len(pt.paras) > 0, spacingBefore: l.ParaSpacing})
			}
			for _, p := range pt.paras {
				d.addPara(para{text: p, font: l.Body, x: x, w: w, first: l.FirstIndent, justify: true, spacingBefore: l.ParaSpacing})
			}
		}
	}
}

// sectionName names a body section in Vietnamese, for warnings.
func sectionName(field string) string {
	switch field {
	case report.FieldAchievements:
		return "mục “Kết quả đạt được”"
	case report.FieldLimitations:
		return "mục “Hạn chế, tồn tại”"
	case report.FieldTasks:
		return "mục “Phương hướng, nhiệm vụ”"
	case report.FieldRecommendations:
		return "mục “Kiến nghị, đề xuất”"
	}
	return "phần nội dung"
}

// roman writes n (1…3999) in Roman numerals.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// closing lays out "Nơi nhận" and the signature side by side, kept on one
// page with the last lines of the body.
func (d *doc) closing() {
	l, r := d.l, d.r
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
	for i, s := range r.Recipients {
		if s = d.clean.line(fmt.Sprintf("recipients[%d]", i), "nơi nhận", s); s != "" {
			recips = append(recips, s)
		}
	}
	if len(recips) > 0 {
		lt := l.RecipientsLabel
		llh := lineHeight(lt, headerSpacing)
		lines = append(lines, line{s: "Nơi nhận:", t: lt, x: lx, y: y, lh: llh})
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
	sig := r.Signature
	put := func(s string, t Text) {
		lh := lineHeight(t, headerSpacing)
		for _, ln := range d.fonts.wrap(s, t, rightW, rightW) {
			lines = append(lines, line{s: ln, t: t, x: rcx, y: y, lh: lh, cent: true})
			y += lh
		}
	}
	put(d.clean.line(report.FieldSignature+".authority", "chữ ký (thẩm quyền)", sig.Authority), l.Authority)
	put(d.clean.line(report.FieldSignature+".position", "chữ ký (chức vụ)", sig.Position), l.Position)
	y += l.SignSpace
	put(d.clean.line(report.FieldSignature+".signer", "chữ ký (họ tên người ký)", sig.Signer), l.Signer)
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

// sentenceCase turns "BÁO CÁO" into "Báo cáo".
func sentenceCase(s string) string {
	s = strings.ToLower(s)
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
