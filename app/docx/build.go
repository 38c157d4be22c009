package docx

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"baocao/app/doc"
)

// node is a piece of the body: a paragraph or a table.
type node interface{ write(b *bytes.Buffer) }

// builder turns the blocks of a document into the body of document.xml
// and the numbering of its lists.
type builder struct {
	d     *doc.Document
	l     *doc.Layout
	nodes []node

	spaceNext float64 // millimetres added above the next paragraph
	pageNext  bool    // the next paragraph starts a new page
	lists     []listKind
}

// listKind is how one list is numbered: Word's decimal numbering, its
// bullet "-", or none (the labels written as text).
type listKind int

const (
	listText listKind = iota
	listDecimal
	listBullet
)

// build lays out every block; a block the Word copy cannot hold is an
// error that names it.
func (bd *builder) build() error {
	l := bd.l
	for _, b := range bd.d.Blocks {
		switch b := b.(type) {
		case doc.Header:
			bd.header(b)
		case doc.Title:
			bd.title(b)
		case doc.Paragraph:
			bd.body(clean(b.Text), l.Body)
		case doc.Heading:
			bd.heading(b)
		case doc.List:
			bd.list(b)
		case doc.Table:
			bd.table(b)
		case doc.PageBreak:
			bd.pageNext = true
		case doc.Appendix:
			bd.appendix(b)
		case doc.Closing:
			bd.closing(b)
		case doc.Centred:
			p := bd.centredPara(clean(b.Text), l.Centred, true)
			p.keepNext = true
		case doc.Bases:
			for _, it := range b.Items {
				bd.body(clean(it.Text), l.Bases)
			}
		case doc.Article:
			p := bd.body("", l.Body)
			p.runs = []run{{text: clean(b.Number) + " ", font: l.ArticleLabel}, {text: clean(b.Text), font: l.Body}}
		case doc.Chart:
			bd.chart(b)
		case doc.Note:
			p := bd.para(&para{jc: "both", setIndent: true, before: ptTw(l.ParaSpacing), line: bd.lineOf(l.Note, l.LineSpacing)})
			p.add(clean(b.Text), l.Note)
		case doc.Addressee:
			bd.centredPara(clean(b.Label)+" "+clean(b.To.Text), l.Body, true)
			bd.spaceNext = l.ParaSpacing * doc.PtToMM
		case doc.FixedPage:
			return fmt.Errorf("văn bản “%s” có trang in định vị sẵn (giấy khen, trang căn chỉnh) mà bản Word không giữ đúng chỗ được; hãy xuất bản này ra PDF", bd.d.Kind)
		default:
			return fmt.Errorf("bản Word chưa biết trình bày phần “%s” của văn bản (hãy báo người hỗ trợ); hãy xuất PDF", b.Type())
		}
	}
	return nil
}

// styleBefore is the space above a paragraph of the style, in twips.
func (bd *builder) styleBefore(style string) int {
	switch style {
	case "", "Normal", "Heading2":
		return ptTw(bd.l.ParaSpacing)
	case "Heading1":
		return ptTw(bd.l.HeadingSpaceB)
	}
	return 0
}

// lineOf is the line height of t at spacing, in twips: the PDF's line
// box, so that both break pages at the same lines. Outside tables it is
// a least ("at least", the same as exact for spacings of 1.15 and more
// in Times New Roman): Word cuts off the top of a capital with stacked
// marks (Ể, Ỗ) that stands higher than an exact line. Table cells, at
// 1.1, keep it exact, as the PDF's rows.
func (bd *builder) lineOf(t doc.Text, spacing float64) int { return ptTw(t.Size * spacing) }

// para appends p, taking the space and page break left by the blocks
// before it.
func (bd *builder) para(p *para) *para {
	if bd.spaceNext != 0 {
		if !p.setBefore && p.before == 0 {
			p.before = bd.styleBefore(p.style)
		}
		p.before += tw(bd.spaceNext)
		p.setBefore = true
		bd.spaceNext = 0
	}
	if bd.pageNext {
		p.pageBreak, bd.pageNext = true, false
	}
	bd.nodes = append(bd.nodes, p)
	return p
}

// body appends a paragraph of body text in font t (style Normal:
// justified, first line indented, the form's spacing).
func (bd *builder) body(text string, t doc.Text) *para {
	p := bd.para(&para{})
	if t != bd.l.Body {
		p.line = bd.lineOf(t, bd.l.LineSpacing)
	}
	if text != "" {
		p.add(text, t)
	}
	return p
}

// centredPara appends a centred line (style Centred) in t, broken in
// lines of even length within nine tenths of the text width as the PDF
// does, with a paragraph's space
// above when spaced.
func (bd *builder) centredPara(text string, t doc.Text, spaced bool) *para {
	text = balanced(text, t, bd.l.TextWidth()*0.9)
	p := &para{style: "Centred", line: bd.lineOf(t, doc.HeaderSpacing)}
	if spaced {
		p.before = ptTw(bd.l.ParaSpacing)
	}
	bd.para(p)
	p.add(text, t)
	return p
}

// rule is an empty paragraph whose top border is a rule w mm long,
// centred in a column cw mm wide, gap mm below the line above.
func (bd *builder) rule(w, cw, gap float64) *para {
	side := tw(max(cw-w, 0) / 2)
	tiny := doc.Text{Size: 1}
	return &para{style: "Centred", left: side, right: side, before: tw(gap), setBefore: true, line: tw(gap), exact: true,
		border: &border{sz: eighths(bd.l.RuleWidth), top: true}, mark: &tiny}
}

// header lays out the two columns at the top of page 1 as a borderless
// table: the bodies' names, the star, the number and the draft mark on
// the left; the heading, its rule and the place and date on the right.
func (bd *builder) header(h doc.Header) {
	l := bd.l
	leftW := l.LeftColumn
	rightW := l.TextWidth() - leftW - l.ColumnGap
	line := func(text string, t doc.Text) *para {
		p := &para{style: "Centred", line: bd.lineOf(t, doc.HeaderSpacing)}
		p.add(text, t)
		return p
	}
	var left, right []*para
	if s := clean(h.SuperiorBody.Text); s != "" {
		left = append(left, line(balanced(s, l.SuperiorBody, leftW), l.SuperiorBody))
	}
	issuing := balanced(clean(h.IssuingBody.Text), l.IssuingBody, leftW)
	left = append(left, line(issuing, l.IssuingBody))
	if l.IssuingRule > 0 && issuing != "" {
		w := min(widest(issuing, l.IssuingBody), leftW)
		left = append(left, bd.rule(w*l.IssuingRule, leftW, l.RuleGap))
	}
	if h.Star {
		left = append(left, line("*", l.Number))
	}
	var lastW float64
	for i, s := range h.Heading {
		t := l.Heading[min(i, len(l.Heading)-1)].Font
		s = balanced(clean(s), t, rightW)
		right = append(right, line(s, t))
		lastW = min(widest(s, t), rightW)
	}
	right = append(right, bd.rule(lastW, rightW, l.RuleGap))

	// The number and the place and date on a second row, 2 mm under the
	// taller column, as in the PDF.
	num := clean(h.Number.Text)
	if first, rest, ok := strings.Cut(num, " "); ok && h.NumberBlank {
		// Room to write the number in by hand: spaces as wide as
		// Layout.NumberRoom, which the user may type over.
		n := max(1, int(l.NumberRoom/measure(" ", l.Number)+0.5))
		num = first + strings.Repeat(" ", n+1) + rest
	}
	np := line(num, l.Number)
	np.before, np.setBefore = tw(2), true
	row2Left := []*para{np}
	if h.DraftMark != "" {
		m := l.DraftMark
		s := clean(h.DraftMark)
		// Word draws the frame PadX outside the text, LibreOffice inside
		// the indents: leave room for both.
		side := tw(max(leftW-measure(s, m.Font)-2*m.PadX-1, 0) / 2)
		mp := &para{style: "Centred", left: side, right: side, before: tw(m.Above + m.PadY), setBefore: true,
			line:   bd.lineOf(m.Font, doc.HeaderSpacing),
			border: &border{sz: eighths(m.Rule), box: true, spaceTop: ptOf(m.PadY), spaceX: ptOf(m.PadX)}}
		mp.add(s, m.Font)
		row2Left = append(row2Left, mp)
	}
	place := clean(h.PlaceDate.Text)
	pt := l.PlaceDate
	pw := measure(place, pt)
	numEnd := leftW/2 + measure(num, l.Number)/2
	wide := 0.0 // how far the place and date reach into the left column
	switch {
	case pw <= rightW:
	case pw <= l.TextWidth()-numEnd-4:
		// Wider than the column: one line flush with the right margin,
		// as offices do (and the PDF).
		wide = pw - rightW + 1
	default:
		// Too long for one line: break after the place, then as needed.
		if i := strings.LastIndex(place, ", ngày"); i > 0 {
			place = balanced(place[:i+1], pt, rightW) + "\n" + balanced(place[i+2:], pt, rightW)
		} else {
			place = balanced(place, pt, rightW)
		}
	}
	pd := line(place, pt)
	pd.before, pd.setBefore = tw(2), true

	gap := tw(l.ColumnGap)
	t := &table{widths: []int{tw(leftW), tw(l.TextWidth() - leftW)}, borderless: true}
	row1 := &row{cantSplit: true, cells: []*cell{{paras: left}, {paras: right, marLeft: gap}}}
	row2 := &row{cantSplit: true, cells: []*cell{{paras: row2Left}, {paras: []*para{pd}, marLeft: gap}}}
	if wide > 0 {
		// A grid of three columns: the second row's right cell takes
		// some of the left column; the number stays centred on it.
		d := wide - l.ColumnGap
		t.widths = []int{tw(leftW - d), tw(d), tw(l.TextWidth() - leftW)}
		row1.cells[0].span = 2
		row2.cells[1].span, row2.cells[1].marLeft = 2, 0
		pd.jc = "right"
		cellW, lw := tw(leftW-d), tw(leftW)
		for _, p := range row2Left {
			// The same text width (or what is left of it) centred on
			// the left column's middle, in a cell d narrower.
			w := min(lw-p.left-p.right, lw-2*tw(d))
			p.left = (lw - w) / 2
			p.right = max(cellW-p.left-w, 0)
		}
	}
	t.rows = append(t.rows, row1, row2)
	bd.addTable(t)
}

// ptOf converts millimetres to whole points (a border's space).
func ptOf(mm float64) int { return int(mm/doc.PtToMM + 0.5) }

// title lays out the document kind and the summary, centred, with the
// rule under the summary of the state form.
func (bd *builder) title(t doc.Title) {
	l := bd.l
	bd.spaceNext += l.HeaderGap
	p := bd.centredPara(clean(t.Title.Text), l.Title, false)
	p.keepNext = true
	summary := clean(t.Summary.Text)
	if summary != "" {
		s := bd.centredPara(summary, l.Summary, false)
		s.keepNext = true
		if l.SummaryRule > 0 {
			w := min(widest(balanced(summary, l.Summary, l.TextWidth()*0.9), l.Summary), l.TextWidth()*0.9)
			r := bd.rule(w*l.SummaryRule, l.TextWidth(), l.RuleGap)
			r.keepNext = true
			bd.para(r)
		}
	}
	bd.spaceNext = l.TitleSpacing
}

// heading lays out a numbered heading in the style of its level, so that
// Word's navigation pane and table of contents list it: a section (I.)
// is Heading 1, a point (1.) and an appendix part Heading 2.
func (bd *builder) heading(h doc.Heading) {
	l := bd.l
	text := clean(h.Line.Text)
	if n := clean(h.Number); n != "" {
		text = n + " " + text
	}
	p := &para{style: "Heading1", keepNext: true}
	font := l.SectionHead
	switch h.Kind {
	case doc.HeadingSection:
	case doc.HeadingPoint:
		p.style, font = "Heading2", l.PointHead
		p.keepNext, p.noKeepNext = h.KeepWithNext, !h.KeepWithNext
	default: // doc.HeadingPart: flush left
		p.style = "Heading2"
		p.setIndent, p.jc = true, "left"
		p.before, p.setBefore = ptTw(l.ParaSpacing), true
	}
	bd.para(p)
	p.add(text, font)
}

// list lays out a numbered or bulleted list with Word's numbering when
// the labels are 1., 2., … or all "-", otherwise with the labels as
// text: the labels at the first-line indent, the texts after the widest
// label, wrapped lines under the text.
func (bd *builder) list(ls doc.List) {
	l := bd.l
	labelW := 0.0
	for _, it := range ls.Items {
		labelW = max(labelW, measure(clean(it.Label), l.Body))
	}
	textX := l.FirstIndent + labelW + l.ListLabelGap
	kind := listKindOf(ls)
	num := 0
	if kind != listText {
		bd.lists = append(bd.lists, kind)
		num = len(bd.lists)
	}
	for _, it := range ls.Items {
		var paras []string
		if s := clean(it.Heading.Text); s != "" {
			paras = append(paras, s)
		}
		for _, p := range it.Paragraphs {
			paras = append(paras, clean(p.Text))
		}
		if len(paras) == 0 {
			paras = []string{""}
		}
		for j, text := range paras {
			p := bd.para(&para{left: tw(textX), setIndent: true})
			font := l.Body
			if j == 0 && clean(it.Heading.Text) != "" && len(paras) > 1 {
				font, p.keepNext = l.PointHead, true
			}
			if j == 0 {
				p.hanging = tw(textX - l.FirstIndent)
				f := font
				p.mark = &f
				if num != 0 {
					p.num = num
				} else {
					p.add(clean(it.Label)+"\t", font)
				}
			}
			if text != "" {
				p.add(text, font)
			}
		}
	}
}

// listKindOf tells how a list's labels can be numbered by Word.
func listKindOf(ls doc.List) listKind {
	if len(ls.Items) == 0 {
		return listText
	}
	bullet, decimal := true, true
	for i, it := range ls.Items {
		bullet = bullet && it.Label == "-"
		decimal = decimal && it.Label == strconv.Itoa(i+1)+"."
	}
	switch {
	case bullet:
		return listBullet
	case decimal:
		return listDecimal
	}
	return listText
}

// appendix lays out the head of an appendix on a new page, centred: the
// label (a Heading 1 for the navigation pane), the title and the note.
func (bd *builder) appendix(a doc.Appendix) {
	l := bd.l
	p := bd.centredPara(clean(a.Label), l.AppendixHead, false)
	p.style, p.outline, p.keepNext = "Heading1", 1, true
	p.jc, p.setIndent, p.first, p.before, p.setBefore = "center", true, 0, 0, true
	bd.centredPara(clean(a.Title.Text), l.AppendixHead, false).keepNext = true
	bd.centredPara(clean(a.Note), l.AppendixNote, false).keepNext = true
	bd.spaceNext = l.TitleSpacing
}

// closing lays out "Nơi nhận" and the signature side by side in a
// borderless table kept on the page of the body's last paragraph.
func (bd *builder) closing(c doc.Closing) {
	l := bd.l
	leftW := l.RecipientsColumn
	var left []*para
	var recips []string
	for _, r := range c.Recipients {
		if s := clean(r.Text); s != "" {
			recips = append(recips, s)
		}
	}
	gap := tw(l.ClosingGap)
	if len(recips) > 0 {
		lp := &para{style: "Cell", line: bd.lineOf(l.RecipientsLabel, doc.HeaderSpacing), keepNext: true, before: gap, setBefore: true}
		lp.add(clean(c.RecipientsLabel), l.RecipientsLabel)
		left = append(left, lp)
		dash := "- "
		dw := tw(measure(dash, l.Recipients))
		for _, s := range recips {
			p := &para{style: "Cell", line: bd.lineOf(l.Recipients, doc.HeaderSpacing), keepNext: true,
				left: dw, hanging: dw, right: tw(4)}
			p.add(dash+s, l.Recipients)
			left = append(left, p)
		}
	}
	if len(left) == 0 {
		left = []*para{{style: "Cell"}}
	}
	line := func(text string, t doc.Text) *para {
		p := &para{style: "Centred", line: bd.lineOf(t, doc.HeaderSpacing), keepNext: true}
		p.add(text, t)
		return p
	}
	a := line(clean(c.Authority.Text), l.Authority)
	a.before, a.setBefore = gap, true
	signer := line(clean(c.Signer.Text), l.Signer)
	signer.before, signer.setBefore = tw(l.SignSpace), true
	signer.keepNext = false
	right := []*para{a, line(clean(c.Position.Text), l.Position), signer}

	// Keep the body's last paragraph with the signature.
	if n := len(bd.nodes); n > 0 {
		if p, ok := bd.nodes[n-1].(*para); ok {
			p.keepNext = true
		}
	}
	t := &table{widths: []int{tw(leftW), tw(l.TextWidth() - leftW)}, borderless: true}
	t.rows = []*row{{cantSplit: true, cells: []*cell{{paras: left}, {paras: right}}}}
	bd.addTable(t)
}

// addTable appends t; a page break pending goes before it as an empty
// paragraph that starts the page.
func (bd *builder) addTable(t *table) {
	if bd.pageNext {
		bd.para(&para{style: "Cell", line: 1, exact: true})
	}
	if s := bd.spaceNext; s != 0 {
		bd.spaceNext = 0
		bd.para(&para{style: "Cell", line: tw(s), exact: true})
	}
	bd.nodes = append(bd.nodes, t)
}

// balanced breaks s in lines of even length within width, as the PDF
// sets centred lines (doc.Balanced), joined by "\n" (a line break in
// Word: the text stays one paragraph a user edits).
func balanced(s string, t doc.Text, width float64) string {
	return strings.Join(doc.Balanced(s, t, width, measure), "\n")
}

// widest is the width of the longest line of s.
func widest(s string, t doc.Text) float64 {
	w := 0.0
	for _, ln := range strings.Split(s, "\n") {
		w = max(w, measure(ln, t))
	}
	return w
}
