package docx

import (
	"bytes"
	"strings"

	"baocao/app/doc"
)

// table is a Word table: its columns' widths (twips), its rows, and
// whether it has the form's cell borders.
type table struct {
	widths     []int
	rows       []*row
	borderless bool
	rule       int // border thickness, eighths of a point
	padX, padY int // cell margins
}

// row is a table row: a header row is repeated on every page the table
// continues on; no row is split across pages.
type row struct {
	header    bool
	cantSplit bool
	cells     []*cell
}

// cell is one cell: it spans span grid columns (0 or 1: one); vMerge
// "restart" or "continue" merges it with the cells under or above it.
type cell struct {
	paras   []*para
	span    int
	vMerge  string
	centreV bool
	marLeft int
}

func (t *table) write(b *bytes.Buffer) {
	total := 0
	for _, w := range t.widths {
		total += w
	}
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + itoa(total) + `" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>`)
	if t.borderless {
		b.WriteString(`<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`)
	} else {
		b.WriteString(`<w:tblBorders>`)
		for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
			b.WriteString(`<w:` + side + ` w:val="single" w:sz="` + itoa(t.rule) + `" w:space="0" w:color="000000"/>`)
		}
		b.WriteString(`</w:tblBorders>`)
	}
	b.WriteString(`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="` + itoa(t.padY) + `" w:type="dxa"/><w:left w:w="` +
		itoa(t.padX) + `" w:type="dxa"/><w:bottom w:w="` + itoa(t.padY) + `" w:type="dxa"/><w:right w:w="` + itoa(t.padX) +
		`" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range t.widths {
		b.WriteString(`<w:gridCol w:w="` + itoa(w) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	for _, r := range t.rows {
		b.WriteString("<w:tr>")
		if r.header || r.cantSplit {
			b.WriteString("<w:trPr>")
			if r.cantSplit {
				b.WriteString("<w:cantSplit/>")
			}
			if r.header {
				b.WriteString("<w:tblHeader/>")
			}
			b.WriteString("</w:trPr>")
		}
		col := 0
		for _, c := range r.cells {
			span := max(c.span, 1)
			w := 0
			for k := col; k < col+span && k < len(t.widths); k++ {
				w += t.widths[k]
			}
			col += span
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + itoa(w) + `" w:type="dxa"/>`)
			if span > 1 {
				b.WriteString(`<w:gridSpan w:val="` + itoa(span) + `"/>`)
			}
			switch c.vMerge {
			case "restart":
				b.WriteString(`<w:vMerge w:val="restart"/>`)
			case "continue":
				b.WriteString(`<w:vMerge/>`)
			}
			if c.marLeft != 0 {
				b.WriteString(`<w:tcMar><w:left w:w="` + itoa(c.marLeft) + `" w:type="dxa"/></w:tcMar>`)
			}
			if c.centreV {
				b.WriteString(`<w:vAlign w:val="center"/>`)
			}
			b.WriteString(`</w:tcPr>`)
			if len(c.paras) == 0 {
				b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Cell"/></w:pPr></w:p>`) // a cell must end with a paragraph
			}
			for _, p := range c.paras {
				p.write(b)
			}
			b.WriteString("</w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
}

// formTable is a table with the form's borders and cell margins, columns
// as wide as the PDF's.
func (bd *builder) formTable(cols []doc.Column, measured [][]string) *table {
	l := bd.l
	ws := doc.ColumnWidths(l, cols, measured, l.TextWidth(), measure)
	// Word and LibreOffice add the border's thickness to a row's height,
	// the PDF draws it over the row: take it off the cell margins.
	t := &table{rule: eighths(l.TableRule), padX: tw(l.CellPadding), padY: tw(max(l.CellPadding-l.TableRule, 0))}
	for _, w := range ws {
		t.widths = append(t.widths, tw(w))
	}
	return t
}

// cellParas is a cell's text, one paragraph per line ("\n"), in font f.
func (bd *builder) cellParas(text string, f doc.Text, centre, keep bool) []*para {
	var out []*para
	for _, s := range strings.Split(text, "\n") {
		p := &para{style: "Cell", keepNext: keep, exact: true}
		if centre {
			p.jc = "center"
		}
		if f != bd.l.TableBody {
			p.line = bd.lineOf(f, bd.l.TableSpacing)
			p.add(clean(s), f)
		} else if s := clean(s); s != "" {
			p.runs = []run{{text: s, plain: true}}
		}
		out = append(out, p)
	}
	return out
}

// headRows are a table's header rows: one, or two when a column has a
// group title ("Năm sinh" over "Nam | Nữ"), the other titles merged
// over both tiers.
func (bd *builder) headRows(cols []doc.Column, repeat bool) []*row {
	l := bd.l
	head := func(s string) []*para { return bd.cellParas(s, l.TableHead, true, false) }
	grouped := false
	for _, c := range cols {
		grouped = grouped || c.Group != ""
	}
	if !grouped {
		r := &row{header: repeat, cantSplit: true}
		for _, c := range cols {
			r.cells = append(r.cells, &cell{paras: head(c.Head)}) // top, as in the PDF
		}
		return []*row{r}
	}
	top := &row{header: repeat, cantSplit: true}
	sub := &row{header: repeat, cantSplit: true}
	for i := 0; i < len(cols); i++ {
		c := cols[i]
		if c.Group == "" {
			top.cells = append(top.cells, &cell{paras: head(c.Head), vMerge: "restart", centreV: true})
			sub.cells = append(sub.cells, &cell{vMerge: "continue", paras: []*para{{style: "Cell"}}})
			continue
		}
		j := i
		for j+1 < len(cols) && cols[j+1].Group == c.Group {
			j++
		}
		top.cells = append(top.cells, &cell{paras: head(c.Group), span: j - i + 1, centreV: true})
		for k := i; k <= j; k++ {
			sub.cells = append(sub.cells, &cell{paras: head(cols[k].Head), centreV: true})
		}
		i = j
	}
	return []*row{top, sub}
}

// table lays out a table block: header rows marked as such (repeated by
// Word on every page), rows that do not split, a group row bold with its
// last cell spanning the columns it leaves and kept with the row under
// it, a total row bold.
func (bd *builder) table(tb doc.Table) {
	l := bd.l
	cols := tb.Columns
	rows := make([][]string, len(tb.Rows))
	var measured [][]string
	for i, src := range tb.Rows {
		r := make([]string, tb.Cells(i))
		for j := range r {
			if j < len(src) {
				r[j] = cleanCell(src[j])
			}
		}
		rows[i] = r
		if tb.Style(i) != doc.RowGroup {
			measured = append(measured, r)
		}
	}
	t := bd.formTable(cols, measured)
	t.rows = bd.headRows(cols, tb.RepeatHeader)
	bold := doc.Text{Size: l.TableBody.Size, Style: doc.Bold}
	for i, r := range rows {
		style := tb.Style(i)
		font := l.TableBody
		if style != doc.RowPlain {
			font = bold
		}
		tr := &row{cantSplit: true}
		for j, s := range r {
			c := &cell{paras: bd.cellParas(s, font, tb.Centred(j, len(r)), style == doc.RowGroup)}
			if j == len(r)-1 && len(r) < len(cols) {
				c.span = len(cols) - j
			}
			tr.cells = append(tr.cells, c)
		}
		t.rows = append(t.rows, tr)
	}
	bd.addTable(t)
}

// cleanCell cleans each line of a cell.
func cleanCell(s string) string {
	if !strings.Contains(s, "\n") {
		return clean(s)
	}
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		parts[i] = clean(p)
	}
	return strings.Join(parts, "\n")
}

// chart sets a bar chart as its title and the table of its values (one
// row per category, one column per series): Word has no drawing of the
// PDF's bars that stays text, and the figures are what a reader edits.
func (bd *builder) chart(c doc.Chart) {
	l := bd.l
	cl := l.Chart
	p := bd.centredPara(clean(c.Title.Text), cl.Title, true)
	p.keepNext = true
	cols := []doc.Column{{Key: "label", Weight: 1}}
	for _, s := range c.Series {
		cols = append(cols, doc.Column{Key: "series", Head: clean(s), Centre: true, Width: 30})
	}
	var rows [][]string
	for _, g := range c.Groups {
		r := []string{clean(g.Label)}
		for k := range c.Series {
			s := ""
			if k < len(g.Texts) {
				s = clean(g.Texts[k])
			}
			r = append(r, s)
		}
		rows = append(rows, r)
	}
	bd.table(doc.Table{Columns: cols, Rows: rows, RepeatHeader: true})
}
