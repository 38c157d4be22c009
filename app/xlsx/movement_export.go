package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao/app/movement"
	"baocao/app/report"
)

// The movement's sheets of the exported workbook: the figures table, with
// its totals and changes as formulas an office can follow and correct,
// and the register of models and exemplars. Both print like the honoree
// sheets: title block, borders, header repeated on every page, A4.

// Sheet names of the movement's sheets.
const (
	SheetFigures  = "Biểu thống kê"
	SheetRegister = "Mô hình, điển hình"
)

// Number formats: counts with a thousands separator, changes signed.
const (
	fmtCount   = "#,##0"
	fmtChange  = "+#,##0;-#,##0;0"
	fmtPercent = "+0.0%;-0.0%;0.0%"
)

// movementStyles are the cell styles of the figures and register sheets.
type movementStyles struct {
	count, countBold, change, changeBold, percent, percentBold int
	note                                                       int
}

func newMovementStyles(f *excelize.File) (*movementStyles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	num := func(format string, bold bool) excelize.Style {
		return excelize.Style{Font: &excelize.Font{Family: FontName, Size: 12, Bold: bold}, Border: border, CustomNumFmt: &format,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}
	}
	var ms movementStyles
	for _, d := range []struct {
		id *int
		s  excelize.Style
	}{
		{&ms.count, num(fmtCount, false)}, {&ms.countBold, num(fmtCount, true)},
		{&ms.change, num(fmtChange, false)}, {&ms.changeBold, num(fmtChange, true)},
		{&ms.percent, num(fmtPercent, false)}, {&ms.percentBold, num(fmtPercent, true)},
		{&ms.note, excelize.Style{Font: &excelize.Font{Family: FontName, Size: 11, Italic: true},
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}}},
	} {
		s := d.s
		id, err := f.NewStyle(&s)
		if err != nil {
			return nil, fmt.Errorf("tạo định dạng ô: %w", err)
		}
		*d.id = id
	}
	return &ms, nil
}

// writeMovementSheets adds the figures sheet when r has figures and the
// register sheet when it has a register; nothing otherwise.
func writeMovementSheets(f *excelize.File, st *styles, r *report.Report, mark string) error {
	m := &r.Movement
	if !m.HasFigures() {
		return nil
	}
	ms, err := newMovementStyles(f)
	if err != nil {
		return err
	}
	if err := writeFiguresSheet(f, st, ms, r, mark); err != nil {
		return err
	}
	if len(m.Register) == 0 {
		return nil
	}
	return writeRegisterSheet(f, st, r, mark)
}

// movementTitles are the lines above a movement table: the bodies and the
// titles, as above the honoree tables but with the table's own title.
func movementTitles(r *report.Report, title string) (bodies [2]string, titles []string) {
	bodies, titles = titleBlock(r, Individual)
	return bodies, append([]string{title}, titles[1:]...)
}

// writeTitleRows writes the draft mark, the bodies and the titles from
// row 1, across last columns, and returns the next row.
func writeTitleRows(sw *excelize.StreamWriter, st *styles, bodies [2]string, titles []string, last int, mark string) (int, error) {
	row := 1
	if mark != "" {
		if err := writeDraftMark(sw, st, last, mark); err != nil {
			return 0, err
		}
		row++
	}
	if bodies[0] != "" || bodies[1] != "" {
		for i, b := range bodies {
			style := st.body
			if i == 1 {
				style = st.bodyBold
			}
			if err := sw.SetRow(cellName(1, row), []any{excelize.Cell{StyleID: style, Value: b}}); err != nil {
				return 0, err
			}
			if err := sw.MergeCell(cellName(1, row), cellName(min(2, last), row)); err != nil {
				return 0, err
			}
			row++
		}
	}
	for i, t := range titles {
		style, height := st.italic, 18.0
		switch i {
		case 0:
			style, height = st.title, 22
		case 1:
			style = st.subtitle
		}
		if err := sw.SetRow(cellName(1, row), []any{excelize.Cell{StyleID: style, Value: t}}, excelize.RowOpts{Height: height}); err != nil {
			return 0, err
		}
		if err := sw.MergeCell(cellName(1, row), cellName(last, row)); err != nil {
			return 0, err
		}
		row++
	}
	return row + 1, nil // a blank line under the titles
}

// headerRow is the row writeTitleRows returns, where the column titles
// go: needed before the stream is opened (print titles, autofilter,
// formulas).
func headerRow(bodies [2]string, titles []string, mark string) int {
	row := 1 + len(titles) + 1 // the titles and the blank line under them
	if bodies[0] != "" || bodies[1] != "" {
		row += 2
	}
	if mark != "" {
		row++
	}
	return row
}

// freezeAt freezes the rows down to header (the title block and the
// column titles stay in view).
func freezeAt(sw *excelize.StreamWriter, header int) error {
	top := cellName(1, header+1)
	return sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: header, TopLeftCell: top, ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: "bottomLeft"}}})
}

// figureColumns are the figures sheet's columns: the label, this year,
// with a baseline last year, the change and the change in per cent, and
// where the number came from.
func figureColumns(fig *movement.Figures) (titles []string, widths []float64) {
	titles = []string{"Chỉ tiêu", fmt.Sprintf("Năm %d", fig.Year)}
	widths = []float64{50, 12}
	if fig.HasBaseline() {
		titles = append(titles, fmt.Sprintf("Năm %d", fig.BaselineYear), "Tăng (+), giảm (−)", "Tỷ lệ tăng, giảm")
		widths = append(widths, 12, 13, 12)
	}
	return append(titles, "Nguồn số liệu"), append(widths, 14)
}

// writeFiguresSheet writes the figures table: a group title across the
// table, then its rows; a total is =SUM of the rows it adds (with the
// value stored too, for viewers that do not compute), the change
// =this−last and the percentage =IF(last=0,"",(this−last)/last).
func writeFiguresSheet(f *excelize.File, st *styles, ms *movementStyles, r *report.Report, mark string) error {
	const sheet = SheetFigures
	fail := func(err error) error { return fmt.Errorf("ghi trang %s: %w", sheet, err) }
	fig := r.Figures()
	titles, widths := figureColumns(&fig)
	last := len(titles)
	bodies, lines := movementTitles(r, "BIỂU THỐNG KÊ MÔ HÌNH, ĐIỂN HÌNH")
	if _, err := f.NewSheet(sheet); err != nil {
		return fail(err)
	}
	// The rows are numbered first: a total's formula names rows that may
	// come after it.
	header := headerRow(bodies, lines, mark)
	rowOf := map[string]int{}
	row := header
	for _, g := range fig.Groups {
		row++ // the group's title
		for _, x := range g.Rows {
			row++
			rowOf[x.Key] = row
		}
	}
	if err := printSetup(f, sheet, false, header); err != nil {
		return fail(err)
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return fail(err)
	}
	if err := freezeAt(sw, header); err != nil {
		return fail(err)
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return fail(err)
		}
	}
	if _, err := writeTitleRows(sw, st, bodies, lines, last, mark); err != nil {
		return fail(err)
	}
	heads := make([]any, last)
	for i, t := range titles {
		heads[i] = excelize.Cell{StyleID: st.header, Value: t}
	}
	if err := sw.SetRow(cellName(1, header), heads, excelize.RowOpts{Height: 32}); err != nil {
		return fail(err)
	}
	row = header
	for _, g := range fig.Groups {
		row++
		cells := []any{excelize.Cell{StyleID: st.heading, Value: g.Title}}
		for i := 1; i < last; i++ {
			cells = append(cells, excelize.Cell{StyleID: st.heading})
		}
		if err := sw.SetRow(cellName(1, row), cells, excelize.RowOpts{Height: 20}); err != nil {
			return fail(err)
		}
		if err := sw.MergeCell(cellName(1, row), cellName(last, row)); err != nil {
			return fail(err)
		}
		for _, x := range g.Rows {
			row++
			if err := sw.SetRow(cellName(1, row), figureCells(&fig, x, row, rowOf, st, ms), excelize.RowOpts{Height: 20}); err != nil {
				return fail(err)
			}
		}
	}
	for _, n := range fig.Notes {
		row++
		if err := sw.SetRow(cellName(1, row), []any{excelize.Cell{StyleID: ms.note, Value: "Ghi chú: " + n}}, excelize.RowOpts{Height: rowHeight(lineCount(n, 95))}); err != nil {
			return fail(err)
		}
		if err := sw.MergeCell(cellName(1, row), cellName(last, row)); err != nil {
			return fail(err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fail(err)
	}
	return nil
}

// figureCells are the cells of one row of the figures table, at row.
func figureCells(fig *movement.Figures, x movement.Row, row int, rowOf map[string]int, st *styles, ms *movementStyles) []any {
	total := x.IsTotal()
	label, count, change, percent := st.cell, ms.count, ms.change, ms.percent
	if total {
		label, count, change, percent = st.label, ms.countBold, ms.changeBold, ms.percentBold
	}
	this := excelize.Cell{StyleID: count, Value: x.This}
	if total {
		this.Formula = sumOf(2, x.Sum, rowOf)
	}
	cells := []any{excelize.Cell{StyleID: label, Value: x.Label}, this}
	if fig.HasBaseline() {
		if !x.HasLast {
			for range 3 {
				cells = append(cells, excelize.Cell{StyleID: ms.count, Value: movement.Unknown})
			}
		} else {
			last := excelize.Cell{StyleID: count, Value: x.Last}
			if total && allHaveLast(fig, x.Sum) {
				last.Formula = sumOf(3, x.Sum, rowOf)
			}
			b, c := cellName(2, row), cellName(3, row)
			var pct any = ""
			if x.Change.HasPercent {
				pct = float64(x.Change.Diff) / float64(x.Last)
			}
			cells = append(cells, last,
				excelize.Cell{StyleID: change, Value: x.Change.Diff, Formula: b + "-" + c},
				excelize.Cell{StyleID: percent, Value: pct, Formula: fmt.Sprintf(`IF(%s=0,"",(%s-%s)/%s)`, c, b, c, c)})
		}
	}
	return append(cells, excelize.Cell{StyleID: st.cellCenter, Value: x.Source.Label()})
}

// sumOf is the formula adding the rows of keys in column col: "SUM(B7,B8)",
// or "SUM(B7:B10)" when they follow each other.
func sumOf(col int, keys []string, rowOf map[string]int) string {
	rows := make([]int, 0, len(keys))
	for _, k := range keys {
		if r, ok := rowOf[k]; ok {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		return "0"
	}
	contiguous := true
	for i := 1; i < len(rows); i++ {
		contiguous = contiguous && rows[i] == rows[i-1]+1
	}
	if contiguous && len(rows) > 2 {
		return fmt.Sprintf("SUM(%s:%s)", cellName(col, rows[0]), cellName(col, rows[len(rows)-1]))
	}
	parts := make([]string, len(rows))
	for i, r := range rows {
		parts[i] = cellName(col, r)
	}
	return "SUM(" + strings.Join(parts, ",") + ")"
}

func allHaveLast(fig *movement.Figures, keys []string) bool {
	for _, k := range keys {
		if x, ok := fig.Row(k); !ok || !x.HasLast {
			return false
		}
	}
	return true
}

// registerColumns are the register sheet's columns. Their titles are the
// ones the models import reads, so the sheet can be imported again.
var registerColumns = []struct {
	title  string
	width  float64
	center bool
}{
	{"STT", 6, true}, {"Tên mô hình, điển hình", 34, false}, {"Đơn vị", 24, false}, {"Loại", 14, true},
	{"Lĩnh vực", 18, false}, {"Giai đoạn", 14, true}, {"Cấp công nhận", 16, true}, {"Năm bắt đầu", 9, true},
	{"Kết quả", 40, false}, {"Người được biểu dương", 24, false}, {"Từ năm trước", 9, true},
}

// writeRegisterSheet writes the register, one entry a row, in the
// register's order, with a total line.
func writeRegisterSheet(f *excelize.File, st *styles, r *report.Report, mark string) error {
	const sheet = SheetRegister
	fail := func(err error) error { return fmt.Errorf("ghi trang %s: %w", sheet, err) }
	reg := r.Movement.Register
	last := len(registerColumns)
	bodies, lines := movementTitles(r, "DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO”")
	if _, err := f.NewSheet(sheet); err != nil {
		return fail(err)
	}
	header := headerRow(bodies, lines, mark)
	if err := f.AutoFilter(sheet, cellName(1, header)+":"+cellName(last, header+len(reg)), nil); err != nil {
		return fail(err)
	}
	if err := printSetup(f, sheet, true, header); err != nil {
		return fail(err)
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return fail(err)
	}
	if err := freezeAt(sw, header); err != nil {
		return fail(err)
	}
	for i, c := range registerColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return fail(err)
		}
	}
	if _, err := writeTitleRows(sw, st, bodies, lines, last, mark); err != nil {
		return fail(err)
	}
	heads := make([]any, last)
	for i, c := range registerColumns {
		heads[i] = excelize.Cell{StyleID: st.header, Value: c.title}
	}
	if err := sw.SetRow(cellName(1, header), heads, excelize.RowOpts{Height: 32}); err != nil {
		return fail(err)
	}
	models, exemplars := 0, 0
	for n, e := range reg {
		if e.Kind == movement.KindExemplar {
			exemplars++
		} else {
			models++
		}
		var names []string
		for _, h := range e.Honorees {
			names = append(names, h.Name)
		}
		level := ""
		if e.Level != "" {
			level = e.Level.Label()
		}
		from := ""
		if e.FromLastYear {
			from = "x"
		}
		var year any
		if e.StartYear != 0 {
			year = e.StartYear
		}
		values := []any{n + 1, e.Name, e.Unit, e.Kind.Label(), e.Field, e.Stage.Label(), level, year, e.Results, strings.Join(names, "; "), from}
		cells := make([]any, last)
		height := 1
		for i, v := range values {
			style := st.cell
			if registerColumns[i].center {
				style = st.cellCenter
			}
			if s, ok := v.(string); ok {
				height = max(height, lineCount(s, registerColumns[i].width))
				if s == "" {
					v = nil // an empty cell, not an empty text
				}
			}
			cells[i] = excelize.Cell{StyleID: style, Value: v}
		}
		if err := sw.SetRow(cellName(1, header+1+n), cells, excelize.RowOpts{Height: rowHeight(height)}); err != nil {
			return fail(err)
		}
	}
	row := header + len(reg) + 1
	values := []any{excelize.Cell{StyleID: st.total, Value: "Tổng cộng: " + strconv.Itoa(models) + " mô hình, " + strconv.Itoa(exemplars) + " điển hình"}}
	for i := 1; i < last; i++ {
		values = append(values, excelize.Cell{StyleID: st.total})
	}
	if err := sw.SetRow(cellName(1, row), values, excelize.RowOpts{Height: 20}); err != nil {
		return fail(err)
	}
	if err := sw.MergeCell(cellName(1, row), cellName(last, row)); err != nil {
		return fail(err)
	}
	if err := sw.Flush(); err != nil {
		return fail(err)
	}
	return nil
}
