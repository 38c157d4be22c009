package honoreesui

import (
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/ui/keys"
	"baocao/app/ui/tablekit"
	"baocao/app/ui/vnentry"
	"baocao/app/xlsx"
)

// importDialog previews an import: the top rows of each sheet with the
// header row and the field of each column, which the user may correct
// (or choose, when the program found no header row), and what happens to
// every row, read again live after each correction. Nothing is added to
// the report until the user confirms.
type importDialog struct {
	v      *View
	name   string
	data   []byte // the workbook, kept to read it again with corrections
	res    *xlsx.Result
	manual bool // no header row was found: the user chooses it

	override map[string]xlsx.Override // the user's corrections, by sheet
	lines    []previewLine
	seq      int        // counts the reads asked for; a late answer to an older one is dropped
	kept     []xlsx.Ref // the exact repeats the user keeps

	sheets  []*sheetUI
	bySheet map[string]*sheetUI

	dlg     dialog.Dialog
	summary *widget.Label
	detail  *widget.Label // the selected row in full
	tabs    *container.AppTabs
	table   *keys.Table
	confirm *keys.Button
	cancel  *keys.Button

	// for tests: the controls of each sheet
	kindSelects   map[string]*keys.Select
	headerEntries map[string]*vnentry.Entry
}

// previewLine is one row of the report of the preview.
type previewLine struct {
	state  lineState
	row    int // index in res.Rows; -1 for a skipped row
	sheet  string
	line   int
	kind   xlsx.Kind
	name   string
	unit   string
	detail string
}

type lineState int

const (
	lineAdd       lineState = iota
	lineDuplicate           // an exact repeat, left out unless the user keeps it
	lineSkipped
	lineKept     // an exact repeat the user keeps
	lineNamesake // added, with a "possible namesake" note
)

// editableFields are the fields the user can give a column, in the order
// of the column menus.
var editableFields = []xlsx.Field{xlsx.FieldName, xlsx.FieldBirthYear, xlsx.FieldMale, xlsx.FieldFemale, xlsx.FieldGender,
	xlsx.FieldPosition, xlsx.FieldUnit, xlsx.FieldAchievement, xlsx.FieldAward, xlsx.FieldNote}

// noColumn maps a field to nothing: xlsx reads no column from
// xlsx.MaxColumns on, so a field taken from there stays empty.
const noColumn = xlsx.MaxColumns

// shownRows is how many rows of each sheet the dialog shows for choosing
// the header row and the columns.
const shownRows = 60

// showImport opens the preview of res, read from the file name; raw holds
// the top rows of each sheet. A nil res means no header row was found:
// the dialog asks the user to choose it.
func (v *View) showImport(name string, data []byte, res *xlsx.Result, raw []xlsx.SheetRows) {
	d := &importDialog{v: v, name: name, data: data, override: map[string]xlsx.Override{}}
	if res == nil {
		d.manual = true
		res = &xlsx.Result{}
		for _, s := range raw {
			res.Sheets = append(res.Sheets, xlsx.Sheet{Name: s.Name})
		}
	}
	d.build(raw, res)
	v.imp = d
	if d.manual {
		d.showNoHeader()
	} else {
		d.setResult(res)
	}
	d.dlg.Show()
}

func (d *importDialog) build(raw []xlsx.SheetRows, res *xlsx.Result) {
	d.summary = widget.NewLabel("")
	d.summary.Wrapping = fyne.TextWrapWord
	d.summary.TextStyle.Bold = true

	d.table = keys.NewTable(
		func() (int, int) { return len(d.lines), 6 },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			c := keys.NewCheck(tr("honorees.import.keep", "Vẫn thêm"), nil)
			c.Hide()
			return container.NewStack(l, c)
		},
		d.updateCell,
	)
	d.table.ShowHeaderRow = true
	d.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.TextStyle.Bold = true
		l.SetText(previewTitles()[id.Col])
	}
	d.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(d.lines) {
			ln := d.lines[id.Row]
			d.detail.SetText(strings.Join(nonEmpty(d.stateText(ln), ln.sheet, lineText(ln.line), ln.name, ln.unit, ln.detail), " — "))
			d.detail.Show()
		}
	}
	d.detail = widget.NewLabel("") // the row clicked, in full
	d.detail.Wrapping = fyne.TextWrapWord
	d.detail.Hide()
	for i, w := range []float32{200, 100, 56, 200, 200, 600} {
		d.table.SetColumnWidth(i, w)
	}

	// The dialog's focusable widgets are package keys' and vnentry's: Escape
	// closes the dialog whichever has the focus.
	d.cancel = keys.NewButton(tr("honorees.import.cancel", "Hủy, không nhập"), theme.CancelIcon(), func() {
		d.dlg.Hide()
		d.v.imp = nil
		d.v.setStatus(tr("honorees.import.cancelled", "Đã hủy nhập tệp {{.File}}; báo cáo không thay đổi.", map[string]any{"File": d.name}))
	})
	d.confirm = keys.NewButton("", theme.ConfirmIcon(), func() {
		d.dlg.Hide()
		d.v.imp = nil
		d.v.applyImport(d.name, d.res)
	})
	d.confirm.Importance = widget.HighImportance

	d.buildSheets(raw, res)
	rows := container.NewBorder(
		widget.NewLabelWithStyle(tr("honorees.import.rows", "Từng dòng sẽ nhập (xem trước; bấm vào một dòng để xem đầy đủ)"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		d.detail, nil, nil, d.table)
	split := container.NewVSplit(d.tabs, rows)
	split.Offset = 0.58 // the sheet's controls take some of its half
	content := container.NewBorder(d.summary,
		container.NewHBox(layout.NewSpacer(), d.cancel, d.confirm), nil, nil, split)
	d.dlg = dialog.NewCustomWithoutButtons(tr("honorees.import.title", "Nhập danh sách từ tệp {{.File}}", map[string]any{"File": d.name}), content, d.v.win)
	// The dialog takes the window's room: the sheet and the preview need it.
	d.dlg.Resize(d.v.win.Canvas().Size().Subtract(fyne.NewSize(24, 24)).Max(fyne.NewSize(640, 480)))
}

func previewTitles() []string {
	return []string{
		tr("honorees.import.col.result", "Kết quả"),
		tr("honorees.import.col.sheet", "Trang"),
		tr("honorees.import.col.line", "Dòng"),
		tr("honorees.col.name", "Họ và tên") + " / " + tr("honorees.col.collective", "Tên tập thể"),
		tr("honorees.col.unit", "Đơn vị"),
		tr("honorees.import.col.detail", "Chi tiết"),
	}
}

func (d *importDialog) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	l, keep := box.Objects[0].(*widget.Label), box.Objects[1].(*keys.Check)
	keep.OnChanged = nil
	keep.Hide()
	l.Show()
	if id.Row < 0 || id.Row >= len(d.lines) {
		l.SetText("")
		return
	}
	ln := &d.lines[id.Row]
	var s string
	l.Importance = widget.MediumImportance
	switch id.Col {
	case 0:
		if ln.state == lineDuplicate || ln.state == lineKept { // the user may keep it
			l.Hide()
			keep.SetChecked(ln.state == lineKept)
			row := ln.row
			keep.OnChanged = func(on bool) { d.keep(row, on) }
			keep.Show()
			return
		}
		s = d.stateText(*ln)
		switch ln.state {
		case lineAdd:
			l.Importance = widget.SuccessImportance
		case lineNamesake:
			l.Importance = widget.WarningImportance
		default:
			l.Importance = widget.DangerImportance
		}
	case 1:
		s = ln.sheet
	case 2:
		if ln.line > 0 {
			s = strconv.Itoa(ln.line)
		}
	case 3:
		s = ln.name
	case 4:
		s = ln.unit
	case 5:
		s = ln.detail
	}
	l.SetText(tablekit.OneLine(s))
}

func (d *importDialog) stateText(ln previewLine) string {
	switch ln.state {
	case lineAdd:
		return tr("honorees.import.state.add", "Thêm ({{.Kind}})", map[string]any{"Kind": kindName(ln.kind)})
	case lineNamesake:
		return tr("honorees.import.state.namesake", "Thêm — có thể trùng tên")
	case lineDuplicate:
		return tr("honorees.import.state.duplicate", "Giống hệt dòng khác, không thêm")
	case lineKept:
		return tr("honorees.import.state.kept", "Giống hệt dòng khác, vẫn thêm")
	}
	return tr("honorees.import.state.skipped", "Bỏ qua")
}

// keep keeps (or leaves out again) the exact repeat res.Rows[row]; the
// choice outlives a read with other columns.
func (d *importDialog) keep(row int, on bool) {
	if row < 0 || row >= len(d.res.Rows) || d.res.Rows[row].Keep == on {
		return
	}
	r := &d.res.Rows[row]
	r.Keep = on
	ref := r.Ref()
	d.kept = slices.DeleteFunc(d.kept, func(x xlsx.Ref) bool { return x.Sheet == ref.Sheet && x.Line == ref.Line })
	if on {
		d.kept = append(d.kept, ref)
	}
	for i := range d.lines {
		if d.lines[i].row == row {
			d.lines[i].state = lineDuplicate
			if on {
				d.lines[i].state = lineKept
			}
		}
	}
	d.showCounts()
	d.table.Refresh()
}

func lineText(n int) string {
	if n <= 0 {
		return ""
	}
	return tr("honorees.import.lineN", "dòng {{.Line}}", map[string]any{"Line": n})
}

func kindName(k xlsx.Kind) string {
	if k == xlsx.Collective {
		return tr("honorees.kind.collective", "tập thể")
	}
	return tr("honorees.kind.individual", "cá nhân")
}

// counts returns the rows to be added by kind, the duplicates and the
// skipped rows.
func (d *importDialog) counts() (ind, col, dup, skipped int) {
	return d.res.Counts()
}

// setResult shows what a read found.
func (d *importDialog) setResult(res *xlsx.Result) {
	res.KeepRows(d.kept...) // the rows the user kept before reading again
	d.res = res
	d.lines = d.lines[:0]
	type at struct {
		sheet string
		line  int
	}
	notes := map[at]string{} // the namesake notes, by row
	for _, n := range res.Namesakes {
		for _, ref := range []xlsx.Ref{n.First, n.Second} {
			if ref.Draft == 0 {
				k := at{ref.Sheet, ref.Line}
				notes[k] = strings.Join(nonEmpty(notes[k], n.Note), " ")
			}
		}
	}
	for i, r := range res.Rows {
		h := &r.Honoree
		ln := previewLine{state: lineAdd, row: i, sheet: r.Sheet, line: r.Line, kind: r.Kind, name: h.Name, unit: h.Unit}
		facts := strings.Join(nonEmpty(birthText(*h), h.Position, h.Achievement, h.Award, h.Note), " · ")
		switch note := notes[at{r.Sheet, r.Line}]; {
		case r.DuplicateOf != "":
			ln.state = lineDuplicate
			if r.Keep {
				ln.state = lineKept
			}
			ln.detail = tr("honorees.import.duplicateOf", "{{.Other}}; đánh dấu “Vẫn thêm” nếu đúng là hai người.", map[string]any{"Other": upperFirst(r.DuplicateOf)})
		case note != "":
			ln.state = lineNamesake
			ln.detail = note + " — " + facts
		default:
			ln.detail = facts
		}
		d.lines = append(d.lines, ln)
	}
	for _, s := range res.Skipped {
		d.lines = append(d.lines, previewLine{state: lineSkipped, row: -1, sheet: s.Sheet, line: s.Line,
			detail: s.Reason + textOf(s.Text)})
	}
	for _, sh := range res.Sheets {
		if sh.Problem != "" {
			d.lines = append(d.lines, previewLine{state: lineSkipped, row: -1, sheet: sh.Name,
				detail: tr("honorees.import.sheetNotRead", "Không đọc trang này: {{.Problem}}", map[string]any{"Problem": sh.Problem})})
		}
	}
	sort.SliceStable(d.lines, func(i, j int) bool {
		a, b := d.lines[i], d.lines[j]
		if a.sheet != b.sheet {
			return sheetIndex(res, a.sheet) < sheetIndex(res, b.sheet)
		}
		return a.line < b.line
	})
	d.showCounts()
	for _, su := range d.sheets {
		su.update(sheetNamed(res, su.name))
	}
	d.table.Refresh()
	d.table.ScrollToTop()
}

// showCounts says what confirming will do.
func (d *importDialog) showCounts() {
	ind, col, dup, skipped := d.counts()
	parts := []string{tr("honorees.import.summary.add", "Sẽ thêm {{.Individuals}} cá nhân và {{.Collectives}} tập thể",
		map[string]any{"Individuals": ind, "Collectives": col})}
	if n := len(d.res.Namesakes); n > 0 {
		parts = append(parts, trN("honorees.import.summary.namesakes", "{{.Count}} cặp có thể trùng tên (đều được thêm, xem cột Chi tiết)", n))
	}
	if dup > 0 {
		parts = append(parts, trN("honorees.import.summary.duplicates", "{{.Count}} dòng giống hệt một dòng khác, không thêm (đánh dấu “Vẫn thêm” để giữ)", dup))
	}
	if skipped > 0 {
		parts = append(parts, trN("honorees.import.summary.skipped", "{{.Count}} dòng bỏ qua", skipped))
	}
	d.summary.SetText(strings.Join(parts, "; ") + ". " + tr("honorees.import.summary.tail",
		"Chưa có gì được thêm vào báo cáo: xem lại bên dưới rồi bấm “Thêm {{.Count}} dòng vào báo cáo”.", map[string]any{"Count": ind + col}))
	d.confirm.SetText(tr("honorees.import.confirm", "Thêm {{.Count}} dòng vào báo cáo", map[string]any{"Count": ind + col}))
	if ind+col == 0 {
		d.confirm.Disable()
	} else {
		d.confirm.Enable()
	}
}

// birthText is the year of birth and gender as lists write them:
// "1975, nữ".
func birthText(h report.Honoree) string {
	var parts []string
	if h.BirthYear > 0 {
		parts = append(parts, strconv.Itoa(h.BirthYear))
	}
	if h.Gender != "" {
		parts = append(parts, string(h.Gender))
	}
	return strings.Join(parts, ", ")
}

func textOf(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return ""
	}
	return ": " + s
}

func sheetIndex(res *xlsx.Result, name string) int {
	for i, s := range res.Sheets {
		if s.Name == name {
			return i
		}
	}
	return len(res.Sheets)
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// columnLetters names column c (from 0) as Excel does: A, B, …, Z, AA.
func columnLetters(c int) string {
	s := ""
	for c++; c > 0; c = (c - 1) / 26 {
		s = string(rune('A'+(c-1)%26)) + s
	}
	return s
}

func fieldLabel(f xlsx.Field) string {
	switch f {
	case xlsx.FieldName:
		return tr("honorees.col.name", "Họ và tên") + " / " + tr("honorees.col.collective", "Tên tập thể")
	case xlsx.FieldPosition:
		return tr("honorees.col.position", "Chức vụ")
	case xlsx.FieldUnit:
		return tr("honorees.col.unit", "Đơn vị")
	case xlsx.FieldAchievement:
		return tr("honorees.col.achievement", "Thành tích")
	case xlsx.FieldAward:
		return tr("honorees.col.award", "Hình thức khen thưởng")
	case xlsx.FieldNote:
		return tr("honorees.col.note", "Ghi chú")
	case xlsx.FieldBirthYear:
		return tr("honorees.col.birthYear", "Năm sinh")
	case xlsx.FieldMale:
		return tr("honorees.import.field.male", "Nam (năm sinh hoặc dấu x)")
	case xlsx.FieldFemale:
		return tr("honorees.import.field.female", "Nữ (năm sinh hoặc dấu x)")
	case xlsx.FieldGender:
		return tr("honorees.col.gender", "Giới tính")
	}
	return f.Label()
}

// readLimited reads a file of at most xlsx.MaxFileSize bytes (and one
// more, so that xlsx.Read can say it is too large).
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("mở tệp %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, xlsx.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("đọc tệp %s: %w", path, err)
	}
	return data, nil
}

// upperFirst writes the first letter of s in capitals.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
