// Package units is the superior body's year-end work with its
// subordinate units: a form (an Excel workbook) for each unit, with its
// name and the year filled in, and the collection of the returned
// workbooks — the program's own forms and the units' own lists — into
// the draft, with a status board of who sent what and what is wrong.
// Every collected row keeps where it came from (movement.Origin).
package units

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao/app/movement"
	"baocao/app/report"
)

// FormVersion is written into every form; collection recognises the
// forms of this version and the ones before it.
const FormVersion = 1

// The sheets of a form. Collection finds the parts by these names; a
// renamed sheet is still read as a list of honorees.
const (
	SheetGuide       = "Hướng dẫn"
	SheetFigures     = "Số liệu"
	SheetModels      = "Mô hình"
	SheetIndividuals = "Khen thưởng cá nhân"
	SheetCollectives = "Khen thưởng tập thể"
	SheetMeta        = "_baocao" // very hidden: what the form is, and the drop-down lists
)

// The metadata in SheetMeta, column A the key, column B the value.
const (
	metaMagic   = "baocao-form"
	metaUnitID  = "unit-id"
	metaUnit    = "unit"
	metaYear    = "year"
	metaBody    = "body"
	formRows    = 5000 // data rows a list's drop-down lists and borders reach
	headerRow   = 4    // the header row of every list sheet
	fontName    = "Times New Roman"
	keyColumn   = "E" // the figures sheet's hidden column of row keys
	valueColumn = "C"
)

// Awards offered in the drop-down list; any other text is accepted too.
var Awards = []string{"Giấy khen", "Bằng khen", "Biểu dương", "Đề nghị cấp trên khen thưởng"}

// column is one column of a list sheet.
type column struct {
	title string
	width float64
	list  string // the SheetMeta column of its drop-down list, or ""
}

var modelColumns = []column{
	{"STT", 6, ""}, {"Tên mô hình, điển hình", 40, ""}, {"Đơn vị thực hiện", 24, ""}, {"Loại", 16, "F"}, {"Lĩnh vực", 22, "D"},
	{"Giai đoạn, mức độ", 20, "E"}, {"Cấp công nhận", 18, "H"}, {"Năm bắt đầu", 10, ""},
	{"Kết quả", 40, ""}, {"Ghi chú", 16, ""},
}

var individualColumns = []column{
	{"STT", 6, ""}, {"Họ và tên", 28, ""}, {"Năm sinh", 10, ""}, {"Giới tính", 10, "I"}, {"Chức vụ", 22, ""},
	{"Đơn vị", 26, ""}, {"Thành tích", 40, ""}, {"Hình thức khen thưởng", 22, "G"}, {"Ghi chú", 16, ""},
}

var collectiveColumns = []column{
	{"STT", 6, ""}, {"Tên tập thể", 36, ""}, {"Đơn vị", 26, ""}, {"Thành tích", 44, ""},
	{"Hình thức khen thưởng", 22, "G"}, {"Ghi chú", 16, ""},
}

// FileName is the form's file name for u: ASCII, from the unit's id.
func FileName(year int, u report.Unit) string {
	return fmt.Sprintf("bieu-mau-%d-%s.xlsx", year, u.ID)
}

// WriteForms writes one form per unit of r into dir (created if need
// be) and returns the paths. It refuses to overwrite a form unless force.
func WriteForms(r *report.Report, dir string, force bool) ([]string, error) {
	if len(r.Units) == 0 {
		return nil, errors.New("bản nháp chưa có danh sách đơn vị; hãy thêm đơn vị trước (baocao units add hoặc units suggest)")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("tạo thư mục %s: %w", dir, err)
	}
	var paths []string
	for _, u := range r.Units {
		path := filepath.Join(dir, FileName(r.Year, u))
		if _, err := os.Stat(path); err == nil && !force {
			return paths, fmt.Errorf("tệp %s đã có; thêm --force để ghi đè (các biểu đơn vị đã điền có thể bị mất)", path)
		}
		f, err := Form(r, u)
		if err != nil {
			return paths, fmt.Errorf("biểu của %s: %w", u.Name, err)
		}
		err = f.SaveAs(path)
		f.Close()
		if err != nil {
			return paths, fmt.Errorf("ghi %s: %w", path, err)
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// Form builds the workbook for unit u of r.
func Form(r *report.Report, u report.Unit) (*excelize.File, error) { return build(r, u, nil) }

// FormFrom builds the form of a unit that keeps its own draft in the
// program: the unit's figures (its register counted, or its typed
// counts), its register and its honorees already filled in, for the
// superior body to collect like any returned form. unit is the unit's
// name as the superior body lists it.
func FormFrom(own *report.Report, unit string) (*excelize.File, error) {
	u := report.Unit{Name: unit}
	fig := own.Figures()
	f, err := build(own, u, fig.Value)
	if err != nil {
		return nil, err
	}
	if err := fillLists(f, own); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// fillLists writes a draft's register and honorees into a form's lists,
// in the columns the form has.
func fillLists(f *excelize.File, r *report.Report) error {
	put := func(sheet string, i int, vals ...any) error {
		return f.SetSheetRow(sheet, "A"+strconv.Itoa(headerRow+1+i), &vals)
	}
	year := func(y int) any {
		if y == 0 {
			return nil
		}
		return y
	}
	for i, e := range r.Movement.Register {
		level := ""
		if e.Level != "" {
			level = e.Level.Label()
		}
		if err := put(SheetModels, i, i+1, e.Name, e.Unit, e.Kind.Label(), e.Field, e.Stage.Label(), level, year(e.StartYear), e.Results); err != nil {
			return err
		}
	}
	for i, h := range r.Honorees.Individuals {
		gender := ""
		if h.Gender != "" {
			gender = h.Gender.Label()
		}
		if err := put(SheetIndividuals, i, i+1, h.Name, year(h.BirthYear), gender, h.Position, h.Unit, h.Achievement, h.Award, h.Note); err != nil {
			return err
		}
	}
	for i, h := range r.Honorees.Collectives {
		if err := put(SheetCollectives, i, i+1, h.Name, h.Unit, h.Achievement, h.Award, h.Note); err != nil {
			return err
		}
	}
	return nil
}

// build builds a form; value, when set, gives the figures' counts.
func build(r *report.Report, u report.Unit, value func(key string) int) (*excelize.File, error) {
	f := excelize.NewFile()
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", SheetGuide); err != nil {
		return nil, err
	}
	for _, s := range []string{SheetFigures, SheetModels, SheetIndividuals, SheetCollectives, SheetMeta} {
		if _, err := f.NewSheet(s); err != nil {
			return nil, err
		}
	}
	steps := []func() error{
		func() error { return writeMeta(f, r, u) },
		func() error { return writeGuide(f, st, r, u) },
		func() error { return writeFigures(f, st, r, u, value) },
		func() error {
			return writeList(f, st, r, SheetModels, fmt.Sprintf("DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” NĂM %d", r.Year), u, modelColumns)
		},
		func() error {
			return writeList(f, st, r, SheetIndividuals, fmt.Sprintf("DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM %d", r.Year), u, individualColumns)
		},
		func() error {
			return writeList(f, st, r, SheetCollectives, fmt.Sprintf("DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG NĂM %d", r.Year), u, collectiveColumns)
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	if err := f.SetSheetVisible(SheetMeta, false, true); err != nil {
		return nil, err
	}
	f.SetActiveSheet(0)
	return f, nil
}

type styles struct {
	title, sub, header, group, guide, guideBold, number, open int
	rowBorder                                                 int // conditional: a row typed
}

func newStyles(f *excelize.File) (*styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	unlocked := &excelize.Protection{Locked: false}
	locked := &excelize.Protection{Locked: true}
	font := func(size float64, bold bool) *excelize.Font {
		return &excelize.Font{Family: fontName, Size: size, Bold: bold}
	}
	var st styles
	for _, d := range []struct {
		id *int
		s  excelize.Style
	}{
		{&st.title, excelize.Style{Font: font(14, true), Protection: locked, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.sub, excelize.Style{Font: font(13, false), Protection: locked, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&st.header, excelize.Style{Font: font(12, true), Border: border, Protection: locked,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.number, excelize.Style{Font: font(12, false), Border: border, Protection: unlocked,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&st.group, excelize.Style{Font: font(12, true), Border: border, Protection: locked,
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&st.open, excelize.Style{Font: font(12, false), Protection: unlocked, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.guide, excelize.Style{Font: font(13, false), Protection: locked, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.guideBold, excelize.Style{Font: font(13, true), Protection: locked, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	} {
		s := d.s
		id, err := f.NewStyle(&s)
		if err != nil {
			return nil, fmt.Errorf("tạo định dạng ô: %w", err)
		}
		*d.id = id
	}
	rb, err := f.NewConditionalStyle(&excelize.Style{Border: border})
	if err != nil {
		return nil, fmt.Errorf("tạo định dạng ô: %w", err)
	}
	st.rowBorder = rb
	return &st, nil
}

// writeMeta fills the hidden sheet: what the form is (so collection knows
// its own forms and the unit) and the drop-down lists.
func writeMeta(f *excelize.File, r *report.Report, u report.Unit) error {
	rows := [][]any{
		{metaMagic, FormVersion},
		{metaUnitID, u.ID},
		{metaUnit, u.Name},
		{metaYear, r.Year},
		{metaBody, r.IssuingBody},
	}
	for i, row := range rows {
		if err := f.SetSheetRow(SheetMeta, "A"+strconv.Itoa(i+1), &row); err != nil {
			return err
		}
	}
	lists := map[string][]string{
		"D": r.Movement.FieldList(),
		"E": labels(movement.Stages, func(s movement.Stage) string { return s.Label() }),
		"F": {"Mô hình (tập thể)", "Điển hình (cá nhân)"},
		"G": Awards,
		"H": labels(movement.Levels, func(l movement.Level) string { return l.Label() }),
		"I": {"Nam", "Nữ"},
	}
	for col, list := range lists {
		for i, v := range list {
			if err := f.SetCellValue(SheetMeta, col+strconv.Itoa(i+1), v); err != nil {
				return err
			}
		}
	}
	return protect(f, SheetMeta)
}

func labels[T any](xs []T, label func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = label(x)
	}
	return out
}

// listRange is the drop-down list in column col of SheetMeta.
func listRange(r *report.Report, col string) string {
	n := map[string]int{"D": len(r.Movement.FieldList()), "E": len(movement.Stages), "F": 2, "G": len(Awards),
		"H": len(movement.Levels), "I": 2}[col]
	return fmt.Sprintf("'%s'!$%s$1:$%s$%d", SheetMeta, col, col, max(n, 1))
}

func writeGuide(f *excelize.File, st *styles, r *report.Report, u report.Unit) error {
	s := SheetGuide
	lines := []struct {
		text string
		bold bool
	}{
		{fmt.Sprintf("BIỂU BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM %d", r.Year), true},
		{"Đơn vị: " + u.Name, true},
		{"Gửi về: " + firstNonEmpty(r.IssuingBody, "cơ quan tổng hợp"), false},
		{"", false},
		{"Cách điền biểu", true},
		{"1. Trang “Số liệu”: gõ số lượng vào các ô màu vàng ở cột “Số lượng”. Ô nào không có thì để trống hoặc gõ 0. Các dòng “Tổng số” tự cộng, không cần gõ.", false},
		{"2. Trang “Mô hình”: mỗi mô hình, điển hình một dòng; cột Đơn vị thực hiện để trống thì hiểu là đơn vị mình. Các cột Loại, Lĩnh vực, Giai đoạn, Cấp công nhận chọn trong danh sách thả xuống (bấm vào ô, chọn mũi tên).", false},
		{"3. Trang “Khen thưởng cá nhân” và “Khen thưởng tập thể”: mỗi người, mỗi tập thể đề nghị khen thưởng một dòng. Cột Đơn vị để trống thì hiểu là đơn vị mình.", false},
		{"4. Cần thêm dòng thì chèn dòng như bình thường. Không sửa dòng tiêu đề cột và không đổi tên các trang, để chương trình đọc đúng.", false},
		{"5. Người trùng họ tên trong đơn vị: ghi rõ năm sinh hoặc chức vụ để phân biệt.", false},
		{"6. Lưu tệp (giữ dạng .xlsx) rồi gửi lại qua thư điện tử. Cần sửa thì sửa chính tệp này và gửi lại: bản gửi sau sẽ thay bản gửi trước.", false},
		{"", false},
		{"Các dòng tiêu đề được khóa để tránh sửa nhầm (không có mật khẩu: Xem lại › Bỏ bảo vệ trang tính nếu thật cần).", false},
	}
	if err := f.SetColWidth(s, "A", "A", 110); err != nil {
		return err
	}
	for i, l := range lines {
		cell := "A" + strconv.Itoa(i+1)
		if err := f.SetCellValue(s, cell, l.text); err != nil {
			return err
		}
		style := st.guide
		if l.bold {
			style = st.guideBold
		}
		if err := f.SetCellStyle(s, cell, cell, style); err != nil {
			return err
		}
	}
	if err := printSetup(f, s, "portrait", 0); err != nil {
		return err
	}
	return protect(f, s)
}

// writeFigures writes the figures sheet: every row of the movement's
// table with the unit's count to type (leaf rows) or a formula (totals);
// the row keys in a hidden column, so that collection does not depend on
// the rows' order or labels.
func writeFigures(f *excelize.File, st *styles, r *report.Report, u report.Unit, value func(string) int) error {
	s := SheetFigures
	if err := titleRows(f, st, s, fmt.Sprintf("BIỂU SỐ LIỆU PHONG TRÀO “DÂN VẬN KHÉO” NĂM %d", r.Year), u, "D"); err != nil {
		return err
	}
	hdr := []any{"STT", "Chỉ tiêu", "Số lượng", "Ghi chú", "Mã chỉ tiêu"}
	if err := f.SetSheetRow(s, "A"+strconv.Itoa(headerRow), &hdr); err != nil {
		return err
	}
	if err := f.SetCellStyle(s, "A4", "E4", st.header); err != nil {
		return err
	}
	fig := (&movement.Data{Fields: r.Movement.FieldList()}).Figures(r.Year)
	row := headerRow + 1
	at := map[string]int{}
	var totals []movement.Row
	n := 0
	for _, g := range fig.Groups {
		ref := "A" + strconv.Itoa(row)
		if err := f.SetCellValue(s, ref, g.Title); err != nil {
			return err
		}
		if err := f.MergeCell(s, ref, "D"+strconv.Itoa(row)); err != nil {
			return err
		}
		if err := f.SetCellStyle(s, ref, "E"+strconv.Itoa(row), st.group); err != nil {
			return err
		}
		row++
		for _, fr := range g.Rows {
			n++
			at[fr.Key] = row
			vals := []any{n, fr.Label, nil, nil, fr.Key}
			if value != nil && !fr.IsTotal() {
				vals[2] = value(fr.Key)
			}
			if err := f.SetSheetRow(s, "A"+strconv.Itoa(row), &vals); err != nil {
				return err
			}
			if err := f.SetCellStyle(s, "A"+strconv.Itoa(row), "B"+strconv.Itoa(row), st.group); err != nil {
				return err
			}
			if err := f.SetCellStyle(s, "C"+strconv.Itoa(row), "D"+strconv.Itoa(row), st.number); err != nil {
				return err
			}
			if fr.IsTotal() {
				totals = append(totals, fr)
			}
			row++
		}
	}
	for _, t := range totals {
		var cells []string
		for _, k := range t.Sum {
			if r, ok := at[k]; ok {
				cells = append(cells, valueColumn+strconv.Itoa(r))
			}
		}
		if len(cells) == 0 {
			continue
		}
		if err := f.SetCellFormula(s, valueColumn+strconv.Itoa(at[t.Key]), "SUM("+strings.Join(cells, ",")+")"); err != nil {
			return err
		}
	}
	for _, w := range []struct {
		col string
		w   float64
	}{{"A", 6}, {"B", 60}, {"C", 14}, {"D", 24}, {"E", 18}} {
		if err := f.SetColWidth(s, w.col, w.col, w.w); err != nil {
			return err
		}
	}
	if err := f.SetColVisible(s, keyColumn, false); err != nil {
		return err
	}
	if err := printSetup(f, s, "portrait", headerRow); err != nil {
		return err
	}
	return protect(f, s)
}

// titleRows writes the title, the unit and the year above a table.
func titleRows(f *excelize.File, st *styles, s, title string, u report.Unit, last string) error {
	for i, t := range []string{title, "Đơn vị: " + u.Name} {
		ref := "A" + strconv.Itoa(i+1)
		if err := f.SetCellValue(s, ref, t); err != nil {
			return err
		}
		if err := f.MergeCell(s, ref, last+strconv.Itoa(i+1)); err != nil {
			return err
		}
		style := st.title
		if i == 1 {
			style = st.sub
		}
		if err := f.SetCellStyle(s, ref, ref, style); err != nil {
			return err
		}
	}
	return f.SetRowHeight(s, 1, 36)
}

// writeList writes a list sheet: title, unit, header row (locked) and
// ready data rows (unlocked) with the drop-down lists.
func writeList(f *excelize.File, st *styles, r *report.Report, s, title string, u report.Unit, cols []column) error {
	last, _ := excelize.ColumnNumberToName(len(cols))
	// Every cell of the list's columns is open for typing, however many
	// rows the unit adds; the titles and the header are then locked.
	if err := f.SetColStyle(s, "A:"+last, st.open); err != nil {
		return err
	}
	if err := titleRows(f, st, s, title, u, last); err != nil {
		return err
	}
	hdr := make([]any, len(cols))
	for i, c := range cols {
		hdr[i] = c.title
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(s, name, name, c.width); err != nil {
			return err
		}
	}
	if err := f.SetSheetRow(s, "A"+strconv.Itoa(headerRow), &hdr); err != nil {
		return err
	}
	if err := f.SetCellStyle(s, "A4", last+"4", st.header); err != nil {
		return err
	}
	// The rows typed get their borders from a conditional format (a row
	// with anything in its name column), not from thousands of empty
	// styled cells that every reading would have to go through.
	first := headerRow + 1
	if err := f.SetConditionalFormat(s, fmt.Sprintf("A%d:%s%d", first, last, formRows), []excelize.ConditionalFormatOptions{
		{Type: "formula", Criteria: "=", Format: &st.rowBorder, Value: fmt.Sprintf("LEN($B%d)>0", first)},
	}); err != nil {
		return err
	}
	for i, c := range cols {
		if c.list == "" {
			continue
		}
		name, _ := excelize.ColumnNumberToName(i + 1)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s%d:%s%d", name, first, name, formRows)
		dv.SetSqrefDropList(listRange(r, c.list))
		dv.SetError(excelize.DataValidationErrorStyleWarning, "Giá trị ngoài danh sách",
			"Giá trị này không có trong danh sách thả xuống. Bấm Có (Yes) để giữ, Không (No) để chọn lại.")
		if err := f.AddDataValidation(s, dv); err != nil {
			return err
		}
	}
	if err := printSetup(f, s, "landscape", headerRow); err != nil {
		return err
	}
	return protect(f, s)
}

// printSetup: A4, fitted to the page width, the header rows repeated on
// every page.
func printSetup(f *excelize.File, s, orient string, titleRows int) error {
	size, one, zero, yes := 9, 1, 0, true
	if err := f.SetSheetProps(s, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	if err := f.SetPageLayout(s, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	m, mh := 0.6, 0.3
	if err := f.SetPageMargins(s, &excelize.PageLayoutMarginsOptions{Top: &m, Bottom: &m, Left: &m, Right: &m, Header: &mh, Footer: &mh}); err != nil {
		return err
	}
	if titleRows == 0 {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$%d", s, titleRows), Scope: s,
	})
}

// protect locks the sheet without a password: the locked cells (titles,
// headers) cannot be changed by mistake, the data cells can, and rows and
// columns can still be inserted and deleted.
func protect(f *excelize.File, s string) error {
	return f.ProtectSheet(s, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true, FormatCells: true, FormatColumns: true, FormatRows: true,
		InsertRows: true, DeleteRows: true, InsertColumns: true, DeleteColumns: true, Sort: true, AutoFilter: true,
	})
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
