package pdf

import (
	"fmt"
	"strings"

	"baocao/app/doc"
)

// table is one table being laid out; head is its header row,
// repeated at the top of every page the table continues on.
type table struct {
	head item
}

// columnWidths shares width among the columns as doc.ColumnWidths does
// (the rule every renderer follows), measured with the PDF's fonts.
func (d *renderer) columnWidths(cols []doc.Column, cells [][]string, width float64) []float64 {
	return doc.ColumnWidths(d.l, cols, cells, width, d.fonts.measure)
}

// maxFixedGrowth is how much wider than its set width a narrow column may
// grow to keep a word whole.
const maxFixedGrowth = doc.MaxFixedGrowth

// table lays out a table: its header row (in two tiers when a column
// has a group title), repeated on every page it continues on when
// RepeatHeader is set, and its rows; a group row is bold, its last cell
// spanning the columns it leaves, and kept with the row under it; a total
// row is bold; a row taller than a page is drawn in pieces.
func (d *renderer) table(tb doc.Table) {
	l := d.l
	x0 := l.MarginLeft
	pad := l.CellPadding
	cols := tb.Columns
	cells := make([][]string, len(tb.Rows))
	var measured [][]string // the rows whose cells size the columns: not the group rows
	for i, src := range tb.Rows {
		row := make([]string, tb.Cells(i))
		ref := tb.Ref(i)
		for j := range row {
			var at doc.Src
			if c := cols[j]; c.Field != "" && ref >= 0 && tb.Field != "" {
				at = doc.Src{Field: fmt.Sprintf("%s[%d].%s", tb.Field, ref, c.Field),
					Where: fmt.Sprintf("%s, dòng %d, cột “%s”", tb.Where, ref+1, c.Head)}
			}
			if j < len(src) {
				row[j] = d.clean.cell(at, src[j])
			}
		}
		cells[i] = row
		if tb.Style(i) != doc.RowGroup {
			measured = append(measured, row)
		}
	}
	widths := d.columnWidths(cols, measured, l.TextWidth())
	maxH := l.PageHeight - l.MarginTop - l.MarginBottom
	t := &table{}

	// shape is the cells' widths and alignment of a row of n cells: the
	// last spans the columns left.
	type shape struct {
		widths []float64
		centre []bool
	}
	shapeOf := func(n int, centreAll bool) shape {
		sh := shape{widths: append([]float64(nil), widths[:n]...), centre: make([]bool, n)}
		for _, w := range widths[n:] {
			sh.widths[n-1] += w
		}
		for i := range sh.centre {
			sh.centre[i] = centreAll || tb.Centred(i, n)
		}
		return sh
	}
	full := shapeOf(len(cols), false)

	// layoutRow lays out one row of cells: lines of each cell, the
	// height of the tallest.
	layoutRow := func(cells []string, sh shape, font Text) (lines [][]string, h, lh float64) {
		lh = lineHeight(font, l.TableSpacing)
		lines = make([][]string, len(cells))
		n := 1
		for i, c := range cells {
			w := sh.widths[i] - 2*pad
			for _, p := range strings.Split(c, "\n") {
				lines[i] = append(lines[i], d.fonts.wrap(p, font, w, w)...)
			}
			n = max(n, len(lines[i]))
		}
		return lines, float64(n)*lh + 2*pad, lh
	}
	drawRow := func(y float64, lines [][]string, from, to int, h, lh float64, font Text, sh shape) {
		d.pdf.SetLineWidth(l.TableRule)
		x := x0
		for i, cl := range lines {
			w := sh.widths[i]
			d.pdf.Rect(x, y, w, h, "D")
			ly := y + pad
			for k := from; k < to && k < len(cl); k++ {
				if sh.centre[i] {
					d.centred(x+w/2, ly, lh, cl[k], font)
				} else {
					d.text(x+pad, ly, lh, cl[k], font)
				}
				ly += lh
			}
			x += w
		}
	}

	heads := make([]string, len(cols))
	for i, c := range cols {
		heads[i] = c.Head
	}
	hsh := shapeOf(len(cols), true)
	hl, hh, hlh := layoutRow(heads, hsh, l.TableHead)
	drawHead := func(y float64) { drawRow(y, hl, 0, 1<<30, hh, hlh, l.TableHead, hsh) }
	if g := d.groupedHead(cols, widths, hl, hlh); g != nil {
		hh, drawHead = g.h, g.draw
	}
	t.head = item{h: hh, table: t, header: true, keep: true, draw: drawHead}
	if !tb.RepeatHeader {
		t.head.h = 0 // nothing is drawn again on the next pages
		t.head.draw = func(float64) {}
		d.add(item{h: hh, keep: true, draw: drawHead})
	} else {
		d.add(t.head)
	}

	bold := Text{Size: l.TableBody.Size, Style: doc.Bold}
	for i := range cells {
		font, sh := l.TableBody, full
		style := tb.Style(i)
		if style != doc.RowPlain {
			font = bold
		}
		if style == doc.RowGroup {
			sh = shapeOf(len(cells[i]), false)
		}
		lines, rh, lh := layoutRow(cells[i], sh, font)
		if rh <= maxH-hh {
			d.add(item{h: rh, table: t, keep: style == doc.RowGroup, draw: func(y float64) {
				drawRow(y, lines, 0, 1<<30, rh, lh, font, sh)
			}})
			continue
		}
		// A row taller than a page: it starts where it is and goes on
		// over as many pages as it needs, in pieces of whole lines.
		n := 1
		for _, cl := range lines {
			n = max(n, len(cl))
		}
		d.add(item{h: rh, table: t, split: &splitRow{lines: n, lh: lh, pad: pad,
			draw: func(y float64, from, to int) {
				drawRow(y, lines, from, to, float64(to-from)*lh+2*pad, lh, font, sh)
			}}})
	}
}

// splitRow is a table row taller than a page, which paginate draws in
// pieces.
type splitRow struct {
	lines   int     // lines of the tallest cell
	lh, pad float64 // line height and cell padding
	draw    func(y float64, from, to int)
}

// appendix lays out the head of an appendix, centred: the label, the
// title and the note tying it to the document.
func (d *renderer) appendix(a doc.Appendix) {
	l := d.l
	tw := l.TextWidth()
	cx := l.MarginLeft + tw/2
	centre := func(s string, t Text) {
		lh := lineHeight(t, headerSpacing)
		for _, ln := range d.fonts.balanced(s, t, tw*0.9) {
			d.add(item{h: lh, keep: true, draw: func(y float64) { d.centred(cx, y, lh, ln, t) }})
		}
	}
	centre(d.clean.quiet(a.Label), l.AppendixHead)
	centre(d.clean.src(a.Title), l.AppendixHead)
	centre(d.clean.quiet(a.Note), l.AppendixNote)
	d.spaceNext = l.TitleSpacing
}

// groupedHeader is a header of two tiers: a title over some columns
// ("Năm sinh" over "Nam | Nữ"), the other titles centred over both tiers.
type groupedHeader struct {
	h    float64
	draw func(y float64)
}

// groupedHead lays out the header when a column has a group title; nil
// when none has. lines are each column's own title wrapped, lh the
// header's line height.
func (d *renderer) groupedHead(cols []doc.Column, widths []float64, lines [][]string, lh float64) *groupedHeader {
	l := d.l
	pad := l.CellPadding
	type span struct {
		from, to int // columns, to inclusive
		x, w     float64
		lines    []string
	}
	var spans []span
	x := l.MarginLeft
	xs := make([]float64, len(cols))
	for i, c := range cols {
		xs[i] = x
		x += widths[i]
		if c.Group == "" {
			continue
		}
		if n := len(spans); n > 0 && spans[n-1].to == i-1 && cols[spans[n-1].from].Group == c.Group {
			spans[n-1].to = i
			spans[n-1].w += widths[i]
			continue
		}
		spans = append(spans, span{from: i, to: i, x: xs[i], w: widths[i]})
	}
	if len(spans) == 0 {
		return nil
	}
	top, sub, whole := 0.0, 0.0, 0.0
	for k := range spans {
		sp := &spans[k]
		sp.lines = d.fonts.wrap(cols[sp.from].Group, l.TableHead, sp.w-2*pad, sp.w-2*pad)
		top = max(top, float64(len(sp.lines))*lh+2*pad)
	}
	for i, c := range cols {
		h := float64(max(len(lines[i]), 1))*lh + 2*pad
		if c.Group == "" {
			whole = max(whole, h)
		} else {
			sub = max(sub, h)
		}
	}
	total := max(whole, top+sub)
	sub = total - top
	centred := func(x, w, y, h float64, text []string) {
		ly := y + (h-float64(len(text))*lh)/2
		for _, s := range text {
			d.centred(x+w/2, ly, lh, s, l.TableHead)
			ly += lh
		}
	}
	return &groupedHeader{h: total, draw: func(y float64) {
		d.pdf.SetLineWidth(l.TableRule)
		for i, c := range cols {
			if c.Group == "" {
				d.pdf.Rect(xs[i], y, widths[i], total, "D")
				centred(xs[i], widths[i], y, total, lines[i])
			} else {
				d.pdf.Rect(xs[i], y+top, widths[i], sub, "D")
				centred(xs[i], widths[i], y+top, sub, lines[i])
			}
		}
		for _, sp := range spans {
			d.pdf.Rect(sp.x, y, sp.w, top, "D")
			centred(sp.x, sp.w, y, top, sp.lines)
		}
	}}
}
