package xlsx

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/draft"
	"baocao/app/report"
)

// Sheet names of the exported workbook.
const (
	SheetIndividuals = "Cá nhân"
	SheetCollectives = "Tập thể"
	SheetContent     = "Nội dung báo cáo"
	SheetDocument    = "Thông tin văn bản"
	SheetCheck       = "Kiểm tra"
)

// FontName is the font of every cell: the Party and state document rules
// ask for Times New Roman; LibreOffice shows it with a metric-compatible
// stand-in where it is not installed.
const FontName = "Times New Roman"

// maxCellChars is the most characters Excel keeps in one cell.
const maxCellChars = 32767

// ExportOptions say which workbook an export is; the zero value is the
// final one.
type ExportOptions struct {
	// Draft puts the report's "DỰ THẢO" mark (report.DraftMark, with its
	// round) boxed at the top right of each honoree sheet.
	Draft bool
}

// Write writes r as a workbook to w: the individuals and the collectives,
// each on a printable sheet with a title block, a header row repeated on
// every page and a total line; the report's text sections one point per
// row; and the document details. ExportOptions{Draft: true} marks it as a
// draft.
func Write(w io.Writer, r *report.Report, opts ...ExportOptions) error {
	mark := ""
	for _, o := range opts {
		if o.Draft {
			mark = r.DraftMark()
		}
	}
	r = r.Expanded() // the movement's figures ({{tong_dang_ky}} …) as numbers
	f, err := build(r, &r.Honorees, false, nil, mark)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Write(w); err != nil {
		return fmt.Errorf("ghi bảng tính Excel: %w", err)
	}
	return nil
}

// WriteFile writes r as a workbook at path, atomically: a crash or a full
// disk leaves any previous file at path as it was.
func WriteFile(path string, r *report.Report, opts ...ExportOptions) error {
	return draft.WriteDocument(path, func(w io.Writer) error { return Write(w, r, opts...) })
}

// WriteList writes a consolidated honoree list (see [Merge]) to w, with a
// "Nguồn" column naming the file each row came from and, when rows were
// skipped or dropped as duplicates, a sheet "Kiểm tra" listing them. head,
// which may be nil, gives the issuing body and year for the title block.
func WriteList(w io.Writer, res *Result, head *report.Report) error {
	var h report.Honorees
	for _, row := range res.Rows {
		if row.Dropped() {
			continue
		}
		if row.Kind == Collective {
			h.Collectives = append(h.Collectives, row.Honoree)
		} else {
			h.Individuals = append(h.Individuals, row.Honoree)
		}
	}
	if head == nil {
		head = &report.Report{}
	}
	f, err := build(head, &h, true, res, "")
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Write(w); err != nil {
		return fmt.Errorf("ghi bảng tính Excel: %w", err)
	}
	return nil
}

// WriteListFile is [WriteList] to a file, written atomically.
func WriteListFile(path string, res *Result, head *report.Report) error {
	return draft.WriteDocument(path, func(w io.Writer) error { return WriteList(w, res, head) })
}

// column is one column of an honoree table.
type column struct {
	field  Field
	title  string
	width  float64
	center bool
	group  string // a title over this and the next columns of the same group ("Năm sinh" over "Nam | Nữ")
}

// honoreeColumns returns the columns of the sheet of list: doc's one list
// of honoree columns, as a workbook keeps them (every column of the kind,
// filled or not, for the office to fill in), and "Nguồn" when withSource.
func honoreeColumns(kind Kind, list []report.Honoree, withSource bool) []column {
	var cols []column
	for _, c := range compose.HonoreeColumns(list, kind == Collective, doc.Sheet, withSource) {
		cols = append(cols, column{field: columnFields[c.Key], title: c.Head, width: c.SheetWidth, center: c.Centre, group: c.Group})
	}
	return cols
}

// columnFields are the workbook's fields of doc's column keys.
var columnFields = map[string]Field{
	doc.KeyNumber: FieldNumber, doc.KeyName: FieldName, doc.KeyMale: FieldMale, doc.KeyFemale: FieldFemale,
	doc.KeyBirthYear: FieldBirthYear, doc.KeyGender: FieldGender, doc.KeyPosition: FieldPosition, doc.KeyUnit: FieldUnit,
	doc.KeyAchievement: FieldAchievement, doc.KeyAward: FieldAward, doc.KeyNote: FieldNote, doc.KeySource: FieldSource,
}

// grouped reports whether any column has a title over it, which takes
// a second header row.
func grouped(cols []column) bool {
	for _, c := range cols {
		if c.group != "" {
			return true
		}
	}
	return false
}

func fieldValue(h *report.Honoree, f Field) string {
	switch f {
	case FieldName:
		return h.Name
	case FieldPosition:
		return h.Position
	case FieldUnit:
		return h.Unit
	case FieldAchievement:
		return h.Achievement
	case FieldAward:
		return h.Award
	case FieldNote:
		return h.Note
	case FieldSource:
		return h.Source
	case FieldBirthYear:
		return h.BirthYearText()
	case FieldGender:
		return h.Gender.Label()
	case FieldMale:
		return h.BirthUnder(report.GenderMale)
	case FieldFemale:
		return h.BirthUnder(report.GenderFemale)
	}
	return ""
}

// styles are the cell styles of a workbook, created once.
type styles struct {
	body, bodyBold, title, subtitle, italic int
	header, cell, cellCenter, total, label  int
	text, heading                           int
	draftMark                               int
}

func newStyles(f *excelize.File) (*styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1},
		{Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1},
		{Type: "bottom", Color: "000000", Style: 1},
	}
	font := func(size float64, bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: FontName, Size: size, Bold: bold, Italic: italic}
	}
	var st styles
	defs := []struct {
		id *int
		s  excelize.Style
	}{
		{&st.body, excelize.Style{Font: font(12, false, false), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&st.bodyBold, excelize.Style{Font: font(12, true, false), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&st.title, excelize.Style{Font: font(14, true, false), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.subtitle, excelize.Style{Font: font(13, true, false), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.italic, excelize.Style{Font: font(12, false, true), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.header, excelize.Style{Font: font(12, true, false), Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E6E6"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.cell, excelize.Style{Font: font(12, false, false), Border: border,
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.cellCenter, excelize.Style{Font: font(12, false, false), Border: border,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}}},
		{&st.total, excelize.Style{Font: font(12, true, false), Border: border,
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}}},
		{&st.label, excelize.Style{Font: font(12, true, false), Border: border,
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.text, excelize.Style{Font: font(12, false, false), Border: border,
			Alignment: &excelize.Alignment{Horizontal: "justify", Vertical: "top", WrapText: true}}},
		{&st.heading, excelize.Style{Font: font(12, true, false), Border: border,
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.draftMark, excelize.Style{Font: font(13, true, false), Border: border,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
	}
	for _, d := range defs {
		s := d.s
		id, err := f.NewStyle(&s)
		if err != nil {
			return nil, fmt.Errorf("tạo định dạng ô: %w", err)
		}
		*d.id = id
	}
	return &st, nil
}

// build makes the whole workbook. With withSource the tables get a
// "Nguồn" column; check, when not nil, adds the sheet of skipped rows and
// duplicates. mark, when not empty, is the draft mark of each honoree sheet.
func build(r *report.Report, h *report.Honorees, withSource bool, check *Result, mark string) (f *excelize.File, err error) {
	f = excelize.NewFile()
	defer func() {
		if err != nil {
			f.Close()
		}
	}()
	// Every cell that has no style of its own uses the workbook's default
	// font; make that Times New Roman as well.
	if err = f.SetDefaultFont(FontName); err != nil {
		return nil, fmt.Errorf("đặt phông chữ: %w", err)
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	if err = f.SetSheetName("Sheet1", SheetIndividuals); err != nil {
		return nil, fmt.Errorf("đặt tên trang: %w", err)
	}
	if err = writeHonoreeSheet(f, st, r, SheetIndividuals, Individual, h.Individuals, withSource, mark); err != nil {
		return nil, err
	}
	if _, err = f.NewSheet(SheetCollectives); err != nil {
		return nil, fmt.Errorf("tạo trang %s: %w", SheetCollectives, err)
	}
	if err = writeHonoreeSheet(f, st, r, SheetCollectives, Collective, h.Collectives, withSource, mark); err != nil {
		return nil, err
	}
	if check != nil {
		if err = writeCheckSheet(f, st, check); err != nil {
			return nil, err
		}
	} else {
		if err = writeContentSheet(f, st, r); err != nil {
			return nil, err
		}
		if err = writeDocumentSheet(f, st, r); err != nil {
			return nil, err
		}
		if err = writeMovementSheets(f, st, r, mark); err != nil { // movement_export.go
			return nil, err
		}
	}
	// The first sheet is the active one already; SetActiveSheet would
	// parse the streamed sheets back into memory.
	title := "Danh sách khen thưởng " + yearText(r)
	if mark != "" {
		title += " (" + mark + ")"
	}
	if err = f.SetDocProps(&excelize.DocProperties{
		Title:    title,
		Subject:  r.Summary,
		Creator:  r.IssuingBody,
		Language: "vi-VN",
	}); err != nil {
		return nil, fmt.Errorf("ghi thuộc tính tệp: %w", err)
	}
	return f, nil
}

func yearText(r *report.Report) string {
	if r.Year == 0 {
		return ""
	}
	return fmt.Sprintf("năm %d", r.Year)
}

// printSetup prepares sheet for A4 printing: fit to the page width, the
// rows up to headerRow repeated on every page, page numbers in the footer.
func printSetup(f *excelize.File, sheet string, landscape bool, headerRow int) error {
	size := 9 // A4
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	one, zero := 1, 0
	yes := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	// Margins in inches: about 20 mm top and bottom, 25 mm left, 15 mm right.
	top, bottom, left, right, hf := 0.8, 0.8, 1.0, 0.6, 0.3
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Top: &top, Bottom: &bottom, Left: &left, Right: &right, Header: &hf, Footer: &hf}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: `&C&"Times New Roman,Regular"&11Trang &P/&N`}); err != nil {
		return err
	}
	if headerRow > 0 {
		return printTitles(f, sheet, headerRow, headerRow)
	}
	return nil
}

// printTitles repeats the rows from..to on every printed page.
func printTitles(f *excelize.File, sheet string, from, to int) error {
	return f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, from, to),
		Scope:    sheet,
	})
}

// honoreeTitle is the heading of a table: "DANH SÁCH CÁ NHÂN …".
func honoreeTitle(kind Kind) string {
	if kind == Collective {
		return "DANH SÁCH TẬP THỂ ĐƯỢC BIỂU DƯƠNG, KHEN THƯỞNG"
	}
	return "DANH SÁCH CÁ NHÂN ĐƯỢC BIỂU DƯƠNG, KHEN THƯỞNG"
}

// titleBlock returns the lines above an honoree table: the bodies (left)
// and the titles (centred across the table).
func titleBlock(r *report.Report, kind Kind) (bodies [2]string, titles []string) {
	bodies = [2]string{strings.ToUpper(r.SuperiorBody), strings.ToUpper(r.IssuingBody)}
	titles = []string{honoreeTitle(kind)}
	sub := "trong phong trào thi đua “Dân vận khéo”"
	if r.Year != 0 {
		sub += " " + yearText(r)
	}
	titles = append(titles, sub)
	if !r.IssueDate.IsZero() || strings.TrimSpace(r.Number) != "" {
		attach := "(Kèm theo Báo cáo số " + r.NumberAndSymbol()
		if !r.IssueDate.IsZero() {
			attach += " ngày " + r.IssueDate.Vietnamese()
		}
		titles = append(titles, attach+")")
	}
	return bodies, titles
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// colName returns the column letters of the 1-based column n.
func colName(n int) string {
	s, _ := excelize.ColumnNumberToName(n)
	return s
}

func cellName(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

// writeHonoreeSheet streams one honoree table into sheet.
func writeHonoreeSheet(f *excelize.File, st *styles, r *report.Report, sheet string, kind Kind, list []report.Honoree, withSource bool, mark string) error {
	cols := honoreeColumns(kind, list, withSource)
	last := len(cols)
	bodies, titles := titleBlock(r, kind)
	headerRow := 2 + len(titles) + 2 // bodies, titles, a blank line
	if bodies[0] == "" && bodies[1] == "" {
		headerRow -= 2
	}
	if mark != "" {
		headerRow++ // the draft mark's row on top
	}
	firstHeader := headerRow
	if grouped(cols) {
		headerRow++ // "Nam | Nữ" under "Năm sinh"
	}
	lastRow := headerRow + len(list) + 1
	fail := func(err error) error { return fmt.Errorf("ghi trang %s: %w", sheet, err) }

	// AutoFilter rewrites the sheet properties, so it goes first.
	ref := cellName(1, headerRow) + ":" + cellName(last, headerRow+max(len(list), 1))
	if err := f.AutoFilter(sheet, ref, nil); err != nil {
		return fail(err)
	}
	if err := printSetup(f, sheet, true, 0); err != nil {
		return fail(err)
	}
	if err := printTitles(f, sheet, firstHeader, headerRow); err != nil {
		return fail(err)
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return fail(err)
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cellName(1, headerRow+1), ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: cellName(1, headerRow+1), ActiveCell: cellName(1, headerRow+1), Pane: "bottomLeft"}}}); err != nil {
		return fail(err)
	}
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return fail(err)
		}
	}
	row := 1
	if mark != "" {
		if err := writeDraftMark(sw, st, last, mark); err != nil {
			return fail(err)
		}
		row++
	}
	if bodies[0] != "" || bodies[1] != "" {
		span := min(3, last)
		for i, b := range bodies {
			style := st.body
			if i == 1 {
				style = st.bodyBold
			}
			if err := sw.SetRow(cellName(1, row), []any{excelize.Cell{StyleID: style, Value: b}}); err != nil {
				return fail(err)
			}
			if err := sw.MergeCell(cellName(1, row), cellName(span, row)); err != nil {
				return fail(err)
			}
			row++
		}
	}
	for i, t := range titles {
		style := st.italic
		height := 18.0
		switch i {
		case 0:
			style, height = st.title, 22
		case 1:
			style = st.subtitle
		}
		if err := sw.SetRow(cellName(1, row), []any{excelize.Cell{StyleID: style, Value: t}}, excelize.RowOpts{Height: height}); err != nil {
			return fail(err)
		}
		if err := sw.MergeCell(cellName(1, row), cellName(last, row)); err != nil {
			return fail(err)
		}
		row++
	}
	if err := writeHeader(sw, st, cols, firstHeader, headerRow); err != nil {
		return fail(err)
	}
	row = headerRow
	for n := range list {
		h := &list[n]
		row++
		values := make([]any, last)
		lines := 1
		for i, c := range cols {
			style := st.cell
			if c.center {
				style = st.cellCenter
			}
			if c.field == FieldNumber {
				values[i] = excelize.Cell{StyleID: style, Value: n + 1}
				continue
			}
			if y := h.BirthYear; y != 0 && (c.field == FieldBirthYear || ((c.field == FieldMale || c.field == FieldFemale) && fieldValue(h, c.field) == fmt.Sprint(y))) {
				values[i] = excelize.Cell{StyleID: style, Value: y} // a number, as typed in Excel
				continue
			}
			v := fieldValue(h, c.field)
			lines = max(lines, lineCount(v, c.width))
			if v == "" {
				values[i] = excelize.Cell{StyleID: style}
				continue
			}
			values[i] = excelize.Cell{StyleID: style, Value: v}
		}
		if err := sw.SetRow(cellName(1, row), values, excelize.RowOpts{Height: rowHeight(lines)}); err != nil {
			return fail(err)
		}
	}
	row++
	noun := "cá nhân"
	if kind == Collective {
		noun = "tập thể"
	}
	values := make([]any, last)
	values[0] = excelize.Cell{StyleID: st.total, Value: fmt.Sprintf("Tổng cộng: %d %s", len(list), noun)}
	for i := 1; i < last; i++ {
		values[i] = excelize.Cell{StyleID: st.total}
	}
	if err := sw.SetRow(cellName(1, row), values, excelize.RowOpts{Height: 20}); err != nil {
		return fail(err)
	}
	if err := sw.MergeCell(cellName(1, row), cellName(last, row)); err != nil {
		return fail(err)
	}
	if row != lastRow {
		return fail(fmt.Errorf("internal: row %d, want %d", row, lastRow))
	}
	if err := sw.Flush(); err != nil {
		return fail(err)
	}
	return nil
}

// writeDraftMark writes the draft mark boxed in the last two columns of
// row 1, at the top right of the sheet as on paper.
func writeDraftMark(sw *excelize.StreamWriter, st *styles, last int, mark string) error {
	from := max(1, last-1)
	values := []any{excelize.Cell{StyleID: st.draftMark, Value: mark}}
	for c := from + 1; c <= last; c++ {
		values = append(values, excelize.Cell{StyleID: st.draftMark})
	}
	if err := sw.SetRow(cellName(from, 1), values, excelize.RowOpts{Height: 22}); err != nil {
		return err
	}
	if from == last {
		return nil
	}
	return sw.MergeCell(cellName(from, 1), cellName(last, 1))
}

// lineCount estimates how many lines text takes in a wrapped cell of the
// given width (in Excel's character units), erring on the high side so
// that printed rows never hide text.
func lineCount(text string, width float64) int {
	per := max(int(width*1.05)-1, 4)
	n := 0
	for _, para := range strings.Split(text, "\n") {
		c := utf8.RuneCountInString(para)
		n += max(1, (c+per-1)/per)
	}
	return n
}

// rowHeight is the height in points of a row of n lines of 12 pt text.
func rowHeight(n int) float64 {
	return min(409, 4+15.6*float64(n))
}

// splitCell cuts text into pieces Excel can hold in one cell each.
func splitCell(text string) []string {
	if utf8.RuneCountInString(text) <= maxCellChars {
		return []string{text}
	}
	var out []string
	r := []rune(text)
	for len(r) > maxCellChars {
		out = append(out, string(r[:maxCellChars]))
		r = r[maxCellChars:]
	}
	return append(out, string(r))
}

// writeContentSheet writes the opening and the text sections, one point
// per row.
func writeContentSheet(f *excelize.File, st *styles, r *report.Report) error {
	const sheet = SheetContent
	fail := func(err error) error { return fmt.Errorf("ghi trang %s: %w", sheet, err) }
	widths := []float64{24, 6, 30, 80}
	if err := newListSheet(f, st, sheet, "NỘI DUNG BÁO CÁO"+strings.ToUpper(" "+yearText(r)),
		widths, []any{"Phần", "STT", "Tiêu đề", "Nội dung"}); err != nil {
		return fail(err)
	}
	row := listHeaderRow
	put := func(part string, no any, heading, text string) error {
		for _, piece := range splitCell(text) {
			row++
			vals := []any{part, no, heading, piece}
			for i, v := range vals {
				if err := f.SetCellValue(sheet, cellName(i+1, row), v); err != nil {
					return err
				}
			}
			lines := max(lineCount(piece, widths[3]), lineCount(heading, widths[2]), lineCount(part, widths[0]))
			if err := f.SetRowHeight(sheet, row, rowHeight(lines)); err != nil {
				return err
			}
			if err := f.SetCellStyle(sheet, cellName(1, row), cellName(1, row), st.label); err != nil {
				return err
			}
			if err := f.SetCellStyle(sheet, cellName(2, row), cellName(2, row), st.cellCenter); err != nil {
				return err
			}
			if err := f.SetCellStyle(sheet, cellName(3, row), cellName(3, row), st.heading); err != nil {
				return err
			}
			if err := f.SetCellStyle(sheet, cellName(4, row), cellName(4, row), st.text); err != nil {
				return err
			}
		}
		return nil
	}
	if strings.TrimSpace(r.Opening) != "" {
		if err := put("Mở đầu", nil, "", r.Opening); err != nil {
			return fail(err)
		}
	}
	for _, ns := range r.Sections() {
		s := ns.Section
		part := firstNonEmpty(s.Heading, report.SectionName(ns.Field))
		for i, p := range s.Points {
			if strings.TrimSpace(p.Heading) == "" && strings.TrimSpace(p.Text) == "" {
				continue
			}
			if err := put(part, i+1, p.Heading, p.Text); err != nil {
				return fail(err)
			}
		}
	}
	if err := printSetup(f, sheet, false, listHeaderRow); err != nil {
		return fail(err)
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: listHeaderRow, TopLeftCell: cellName(1, listHeaderRow+1), ActivePane: "bottomLeft"}); err != nil {
		return fail(err)
	}
	return nil
}

// writeDocumentSheet writes the document's details as label/value pairs.
func writeDocumentSheet(f *excelize.File, st *styles, r *report.Report) error {
	const sheet = SheetDocument
	fail := func(err error) error { return fmt.Errorf("ghi trang %s: %w", sheet, err) }
	if _, err := f.NewSheet(sheet); err != nil {
		return fail(err)
	}
	profile := "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)"
	if r.Profile == report.ProfileState {
		profile = "Văn bản hành chính (Nghị định 30/2020/NĐ-CP)"
	}
	year := ""
	if r.Year != 0 {
		year = fmt.Sprint(r.Year)
	}
	pairs := [][2]string{
		{"Cơ quan cấp trên", r.SuperiorBody},
		{"Cơ quan ban hành", r.IssuingBody},
		{"Số", r.Number},
		{"Ký hiệu", r.Symbol},
		{"Số và ký hiệu", r.NumberLine()},
		{"Địa danh", r.Place},
		{"Ngày ban hành", r.IssueDate.Vietnamese()},
		{"Địa danh, ngày tháng", r.PlaceAndDate()},
		{"Năm báo cáo", year},
		{"Tên loại văn bản", r.Title},
		{"Trích yếu", r.Summary},
		{"Thể thức", profile},
		{"Mẫu", r.Template},
		{"Thẩm quyền ký", r.Signature.Authority},
		{"Chức vụ người ký", r.Signature.Position},
		{"Người ký", r.Signature.Signer},
	}
	for _, rec := range r.Recipients {
		pairs = append(pairs, [2]string{"Nơi nhận", rec})
	}
	nc, ni := r.Honorees.Count()
	pairs = append(pairs,
		[2]string{"Số tập thể được khen thưởng", fmt.Sprint(nc)},
		[2]string{"Số cá nhân được khen thưởng", fmt.Sprint(ni)},
	)
	if err := newListSheet(f, st, sheet, "THÔNG TIN VĂN BẢN", []float64{30, 70}, []any{"Mục", "Nội dung"}); err != nil {
		return fail(err)
	}
	for i, p := range pairs {
		row := listHeaderRow + 1 + i
		if err := f.SetSheetRow(sheet, cellName(1, row), &[]any{p[0], p[1]}); err != nil {
			return fail(err)
		}
		if err := f.SetCellStyle(sheet, cellName(1, row), cellName(1, row), st.label); err != nil {
			return fail(err)
		}
		if err := f.SetCellStyle(sheet, cellName(2, row), cellName(2, row), st.cell); err != nil {
			return fail(err)
		}
		if err := f.SetRowHeight(sheet, row, rowHeight(lineCount(p[1], 70))); err != nil {
			return fail(err)
		}
	}
	if err := printSetup(f, sheet, false, listHeaderRow); err != nil {
		return fail(err)
	}
	return nil
}

// listHeaderRow is the header row of the sheets newListSheet makes: a
// title on row 1, a blank row, then the column titles.
const listHeaderRow = 3

// newListSheet adds a sheet with the given column widths, a title merged
// across the columns and a header row (listHeaderRow) of heads.
func newListSheet(f *excelize.File, st *styles, sheet, title string, widths []float64, heads []any) error {
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	for i, w := range widths {
		if err := f.SetColWidth(sheet, colName(i+1), colName(i+1), w); err != nil {
			return err
		}
	}
	last := colName(len(widths))
	if err := f.SetCellValue(sheet, "A1", title); err != nil {
		return err
	}
	if err := f.MergeCell(sheet, "A1", last+"1"); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", last+"1", st.title); err != nil {
		return err
	}
	row := fmt.Sprint(listHeaderRow)
	if err := f.SetSheetRow(sheet, "A"+row, &heads); err != nil {
		return err
	}
	return f.SetCellStyle(sheet, "A"+row, last+row, st.header)
}

// writeCheckSheet lists, for a consolidated list, the rows that were
// skipped and the duplicates that were left out, so that nothing a unit
// sent in is lost without a trace.
func writeCheckSheet(f *excelize.File, st *styles, res *Result) error {
	const sheet = SheetCheck
	fail := func(err error) error { return fmt.Errorf("ghi trang %s: %w", sheet, err) }
	widths := []float64{22, 14, 7, 40, 60}
	if err := newListSheet(f, st, sheet, "CÁC DÒNG KHÔNG ĐƯA VÀO DANH SÁCH TỔNG HỢP",
		widths, []any{"Tệp", "Trang", "Dòng", "Lý do", "Nội dung dòng"}); err != nil {
		return fail(err)
	}
	type line struct {
		file, sheet string
		row         int
		why, text   string
	}
	var lines []line
	for _, r := range res.Rows {
		if r.DuplicateOf != "" {
			h := r.Honoree
			why := "Không đưa vào, dòng lặp lại: " + r.DuplicateOf
			if r.Keep {
				why = "Vẫn đưa vào theo lựa chọn, dù " + r.DuplicateOf
			}
			lines = append(lines, line{r.Ref().Source, r.Sheet, r.Line, why, strings.Join(nonEmpty(h.Name, birthText(h), h.Position, h.Unit, h.Achievement, h.Award), " | ")})
		}
	}
	for _, n := range res.Namesakes {
		lines = append(lines, line{n.Second.Source, n.Second.Sheet, n.Second.Line, "Đưa vào cả hai dòng, hãy xem lại: " + n.Note, ""})
	}
	for _, s := range res.Sheets {
		if s.Problem != "" {
			lines = append(lines, line{s.Source, s.Name, 0, "Không đọc trang này: " + s.Problem, ""})
		}
	}
	for _, s := range res.Skipped {
		lines = append(lines, line{s.Source, s.Sheet, s.Line, "Bỏ qua: " + s.Reason, s.Text})
	}
	if len(lines) == 0 {
		lines = append(lines, line{why: "Không có dòng nào bị bỏ qua, lặp lại hay cùng tên."})
	}
	for i, l := range lines {
		row := listHeaderRow + 1 + i
		var no any
		if l.row > 0 {
			no = l.row
		}
		if err := f.SetSheetRow(sheet, cellName(1, row), &[]any{l.file, l.sheet, no, l.why, l.text}); err != nil {
			return fail(err)
		}
		if err := f.SetCellStyle(sheet, cellName(1, row), cellName(5, row), st.cell); err != nil {
			return fail(err)
		}
		if err := f.SetRowHeight(sheet, row, rowHeight(max(lineCount(l.why, widths[3]), lineCount(l.text, widths[4])))); err != nil {
			return fail(err)
		}
	}
	return printSetup(f, sheet, true, listHeaderRow)
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			out = append(out, v)
		}
	}
	return out
}

// birthText is the birth year and gender in one phrase: "1975, Nữ".
func birthText(h report.Honoree) string {
	var parts []string
	if h.BirthYear != 0 {
		parts = append(parts, fmt.Sprint(h.BirthYear))
	}
	if h.Gender != "" {
		parts = append(parts, h.Gender.Label())
	}
	return strings.Join(parts, ", ")
}

// writeHeader writes the header of an honoree table on rows first..last:
// one row, or two when a title stands over columns ("Năm sinh" over
// "Nam | Nữ"), the other titles then merged down over both rows.
func writeHeader(sw *excelize.StreamWriter, st *styles, cols []column, first, last int) error {
	top := make([]any, len(cols))
	sub := make([]any, len(cols))
	for i, c := range cols {
		top[i] = excelize.Cell{StyleID: st.header, Value: c.title}
		sub[i] = excelize.Cell{StyleID: st.header}
		if c.group != "" {
			top[i] = excelize.Cell{StyleID: st.header, Value: c.group}
			sub[i] = excelize.Cell{StyleID: st.header, Value: c.title}
		}
	}
	if first == last {
		return sw.SetRow(cellName(1, first), top, excelize.RowOpts{Height: 32})
	}
	if err := sw.SetRow(cellName(1, first), top, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	if err := sw.SetRow(cellName(1, last), sub, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	for i := 0; i < len(cols); i++ {
		j := i
		for j+1 < len(cols) && cols[i].group != "" && cols[j+1].group == cols[i].group {
			j++
		}
		to := cellName(j+1, first)
		if cols[i].group == "" {
			to = cellName(i+1, last)
		}
		if to != cellName(i+1, first) {
			if err := sw.MergeCell(cellName(i+1, first), to); err != nil {
				return err
			}
		}
		i = j
	}
	return nil
}
