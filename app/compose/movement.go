package compose

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/app/doc"
	"baocao/app/movement"
	"baocao/app/report"
)

// FiguresTitle is the title of the figures appendix for the year.
func FiguresTitle(year int) string {
	return fmt.Sprintf("BIỂU THỐNG KÊ KẾT QUẢ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM %d", year)
}

// The parts of the figures appendix.
const (
	figuresPart = "SỐ LIỆU MÔ HÌNH, ĐIỂN HÌNH"
	chartPart   = "BIỂU ĐỒ THEO LĨNH VỰC"
	modelsPart  = "DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH"
)

// figuresAppendix adds the movement's appendix on a new page: the
// figures table with last year and the change, its notes, the chart of
// the fields and the list of models and exemplars by field.
func (b *reportBuilder) figuresAppendix(label string) {
	r := b.r
	f := r.Figures()
	b.d.Add(doc.PageBreak{}, doc.Appendix{Label: label, Title: doc.Line{Text: FiguresTitle(r.Year)}, Note: b.appendixNote()})
	part := doc.HeadingPart
	n := counter{roman: true}
	heading := func(text string) doc.Heading {
		return doc.Heading{Kind: part, Number: n.next(), Line: doc.Line{Text: text}, KeepWithNext: true}
	}
	b.d.Add(heading(figuresPart), FiguresTable(f))
	for _, s := range f.Notes {
		b.d.Add(doc.Note{Line: doc.Line{Text: "Ghi chú: " + line(s)}})
	}
	if c, ok := FiguresChart(f); ok {
		b.d.Add(heading(chartPart), c)
	}
	if len(r.Movement.Register) > 0 {
		t, carried := ModelsTable(&r.Movement)
		b.d.Add(heading(modelsPart), t)
		if carried {
			b.d.Add(doc.Note{Line: doc.Line{Text: fmt.Sprintf("Ghi chú: (*) mô hình, điển hình từ năm trước (năm %d) chuyển sang.", r.Year-1)}})
		}
	}
}

// FiguresTable is the figures table as movement.Figures gives it: its
// columns, each group's title as a row across the table, the rows'
// cells, the totals in bold.
func FiguresTable(f movement.Figures) doc.Table {
	heads := f.Columns()
	cols := make([]doc.Column, len(heads))
	for i, h := range heads {
		switch {
		case i == 0:
			cols[i] = doc.Column{Key: "label", Head: h, Weight: 1}
		case i == len(heads)-1:
			cols[i] = doc.Column{Key: "source", Head: h, Centre: true, Width: 24}
		case f.HasBaseline() && i == 3:
			cols[i] = doc.Column{Key: "change", Head: h, Centre: true, Width: 32}
		default:
			cols[i] = doc.Column{Key: fmt.Sprintf("year%d", i), Head: h, Centre: true, Width: 20}
		}
	}
	t := doc.Table{Src: doc.Src{Where: "biểu thống kê"}, Columns: cols, RepeatHeader: true}
	for _, g := range f.Groups {
		t.Rows = append(t.Rows, []string{line(g.Title)})
		t.Styles = append(t.Styles, doc.RowGroup)
		for _, r := range g.Rows {
			cells := f.Cells(r)
			for i := range cells {
				cells[i] = line(cells[i])
			}
			t.Rows = append(t.Rows, cells)
			style := doc.RowPlain
			if r.IsTotal() {
				style = doc.RowTotal
			}
			t.Styles = append(t.Styles, style)
		}
	}
	return t
}

// FiguresChart is the chart of this year's registered models and
// exemplars by field against last year's (when there is a baseline); ok
// is false when there is no field to show.
func FiguresChart(f movement.Figures) (doc.Chart, bool) {
	var rows []movement.Row
	for _, r := range f.Rows() {
		if strings.HasPrefix(r.Key, movement.FieldKey("")) && !r.IsTotal() {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		return doc.Chart{}, false
	}
	title := fmt.Sprintf("Số mô hình, điển hình đăng ký theo lĩnh vực năm %d", f.Year)
	c := doc.Chart{Series: []string{fmt.Sprintf("Năm %d", f.Year)}}
	if f.HasBaseline() {
		title += fmt.Sprintf(" so với năm %d", f.BaselineYear)
		c.Series = append(c.Series, fmt.Sprintf("Năm %d", f.BaselineYear))
	}
	c.Title = doc.Line{Text: title}
	for _, r := range rows {
		g := doc.ChartGroup{Label: line(r.Label), Values: []float64{float64(r.This)}, Texts: []string{movement.FormatCount(r.This)}}
		if f.HasBaseline() {
			if r.HasLast {
				g.Values = append(g.Values, float64(r.Last))
				g.Texts = append(g.Texts, movement.FormatCount(r.Last))
			} else {
				g.Values = append(g.Values, -1)
				g.Texts = append(g.Texts, movement.Unknown)
			}
		}
		c.Groups = append(c.Groups, g)
	}
	return c, true
}

// The columns of the list of models and exemplars.
const (
	modelNumber  = "stt"
	modelName    = "name"
	modelUnit    = "unit"
	modelKind    = "kind"
	modelStage   = "stage"
	modelStart   = "startYear"
	modelResults = "results"
)

// modelColumns fit A4 portrait at the table's 12 pt: the stage and the
// level share a column, the kind is one word.
var modelColumns = []doc.Column{
	{Key: modelNumber, Head: "STT", Centre: true, Width: 11},
	{Key: modelName, Field: "name", Head: "Tên mô hình, điển hình", Weight: 3.4},
	{Key: modelUnit, Field: "unit", Head: "Đơn vị thực hiện", Weight: 2.6},
	{Key: modelKind, Field: "kind", Head: "Loại", Centre: true, Width: 21},
	{Key: modelStage, Field: "stage", Head: "Giai đoạn, cấp công nhận", Centre: true, Width: 31},
	{Key: modelStart, Field: "startYear", Head: "Năm bắt đầu", Centre: true, Width: 16},
	{Key: modelResults, Field: "results", Head: "Kết quả", Weight: 4},
}

// OtherField heads the entries whose field is not in the list (validation
// reports them), so that the list stays complete.
const OtherField = "Chưa xác định lĩnh vực"

// ModelsTable is the list of models and exemplars grouped by field, in
// the order of the fields and, within a field, of the register; each
// field a row "I | Kinh tế" across the table, the entries numbered on
// from 1 to the last; an entry carried over from last year has "(*)"
// after its name (carried says whether any has, for the note).
func ModelsTable(d *movement.Data) (t doc.Table, carried bool) {
	fields := d.FieldList()
	index := map[string]int{}
	byField := make([][]int, len(fields)+1) // the last: entries of no known field
	for i := range d.Register {
		f := d.Register[i].Field
		k, ok := index[f]
		if !ok {
			if k = d.FieldIndex(f); k < 0 {
				k = len(fields)
			}
			index[f] = k
		}
		byField[k] = append(byField[k], i)
	}
	t = doc.Table{Src: doc.Src{Field: report.FieldMovement + ".register", Where: "danh sách mô hình, điển hình (theo thứ tự trong sổ mô hình)"},
		Columns: modelColumns, RepeatHeader: true}
	groups, n := counter{roman: true}, 0
	for k, list := range byField {
		if len(list) == 0 {
			continue
		}
		title := OtherField
		if k < len(fields) {
			title = line(fields[k])
		}
		t.Rows = append(t.Rows, []string{strings.TrimSuffix(groups.next(), "."), title})
		t.Styles = append(t.Styles, doc.RowGroup)
		t.Refs = append(t.Refs, -1)
		for _, i := range list {
			e := &d.Register[i]
			n++
			row, from := modelRow(e, n)
			carried = carried || from
			t.Rows = append(t.Rows, row)
			t.Styles = append(t.Styles, doc.RowPlain)
			t.Refs = append(t.Refs, i)
		}
	}
	return t, carried
}

// modelRow is the row of entry e, numbered n; from says it came from
// last year.
func modelRow(e *movement.Entry, n int) (row []string, from bool) {
	name := line(e.Name)
	if e.FromLastYear {
		name += " (*)"
	}
	stage := ""
	if e.Stage.Valid() {
		stage = e.Stage.Label()
	}
	if e.Stage.Rank() >= 2 && e.Level.Valid() {
		stage += ",\n" + lowerFirst(e.Level.Label())
	}
	start := ""
	if e.StartYear > 0 {
		start = fmt.Sprint(e.StartYear)
	}
	return []string{
		fmt.Sprint(n),
		name,
		line(e.Unit),
		kindWord(e.Kind),
		stage,
		start,
		strings.Join(paragraphs(e.Results), "\n"),
	}, e.FromLastYear
}

// kindWord is the kind in one word, as the list's narrow column shows it.
func kindWord(k movement.Kind) string {
	switch k {
	case movement.KindModel:
		return "Mô hình"
	case movement.KindExemplar:
		return "Điển hình"
	}
	return ""
}

// lowerFirst writes a label inside a phrase: "Cấp Trung ương" → "cấp
// Trung ương".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
