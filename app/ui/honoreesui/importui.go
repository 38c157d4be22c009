package honoreesui

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/xlsx"
)

// importDialog previews an import: the columns detected in each sheet,
// which the user may correct, and what happens to every row. Nothing is
// added to the report until the user confirms.
type importDialog struct {
	v    *View
	name string
	data []byte // the workbook, kept to read it again with corrections
	res  *xlsx.Result

	override map[string]xlsx.Override // the user's corrections, by sheet
	lines    []previewLine

	dlg     dialog.Dialog
	summary *widget.Label
	detail  *widget.Label   // the selected row in full
	sheets  *fyne.Container // one block per sheet, rebuilt after each read
	table   *widget.Table
	reread  *widget.Button
	confirm *widget.Button
	cancel  *widget.Button

	// the controls of each sheet, for tests: sheet → field → select
	columnSelects map[string]map[xlsx.Field]*widget.Select
	kindSelects   map[string]*widget.Select
	headerEntries map[string]*widget.Entry
}

// previewLine is one row of the report of the preview.
type previewLine struct {
	state  lineState
	sheet  string
	line   int
	kind   xlsx.Kind
	name   string
	unit   string
	detail string
}

type lineState int

const (
	lineAdd lineState = iota
	lineDuplicate
	lineSkipped
)

// editableFields are the fields whose column the user can choose.
var editableFields = []xlsx.Field{xlsx.FieldName, xlsx.FieldPosition, xlsx.FieldUnit,
	xlsx.FieldAchievement, xlsx.FieldAward, xlsx.FieldNote}

// noColumn maps a field to nothing: xlsx reads no column from
// xlsx.MaxColumns on, so a field taken from there stays empty.
const noColumn = xlsx.MaxColumns

// showImport opens the preview of res, read from the file name.
func (v *View) showImport(name string, data []byte, res *xlsx.Result) {
	d := &importDialog{v: v, name: name, data: data, override: map[string]xlsx.Override{}}
	d.build()
	d.setResult(res)
	v.imp = d
	d.dlg.Show()
}

func (d *importDialog) build() {
	d.summary = widget.NewLabel("")
	d.summary.Wrapping = fyne.TextWrapWord
	d.summary.TextStyle.Bold = true
	d.sheets = container.NewVBox()

	d.reread = widget.NewButtonWithIcon(tr("honorees.import.reread", "Đọc lại theo các cột đã chọn"), theme.ViewRefreshIcon(), d.readAgain)
	d.reread.Disable()

	d.table = widget.NewTable(
		func() (int, int) { return len(d.lines), 6 },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
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
		}
	}
	d.detail = widget.NewLabel(tr("honorees.import.detailHint", "Bấm vào một dòng để xem đầy đủ."))
	d.detail.Wrapping = fyne.TextWrapWord
	for i, w := range []float32{170, 100, 56, 200, 200, 520} {
		d.table.SetColumnWidth(i, w)
	}

	d.cancel = widget.NewButtonWithIcon(tr("honorees.import.cancel", "Hủy, không nhập"), theme.CancelIcon(), func() {
		d.dlg.Hide()
		d.v.imp = nil
		d.v.setStatus(tr("honorees.import.cancelled", "Đã hủy nhập tệp {{.File}}; báo cáo không thay đổi.", map[string]any{"File": d.name}))
	})
	d.confirm = widget.NewButtonWithIcon("", theme.ConfirmIcon(), func() {
		d.dlg.Hide()
		d.v.imp = nil
		d.v.applyImport(d.name, d.res)
	})
	d.confirm.Importance = widget.HighImportance

	mapping := container.NewBorder(
		widget.NewLabelWithStyle(tr("honorees.import.columns", "Các cột đã nhận ra (sửa nếu sai, rồi bấm “Đọc lại”)"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewHBox(d.reread), nil, nil,
		container.NewVScroll(d.sheets))
	rows := container.NewBorder(
		widget.NewLabelWithStyle(tr("honorees.import.rows", "Từng dòng trong tệp"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		d.detail, nil, nil, d.table)
	split := container.NewVSplit(mapping, rows)
	split.Offset = 0.45
	content := container.NewBorder(d.summary,
		container.NewHBox(layout.NewSpacer(), d.cancel, d.confirm), nil, nil, split)
	d.dlg = dialog.NewCustomWithoutButtons(tr("honorees.import.title", "Nhập danh sách từ tệp {{.File}}", map[string]any{"File": d.name}), content, d.v.win)
	d.dlg.Resize(d.v.win.Canvas().Size().Subtract(fyne.NewSize(60, 40)).Max(fyne.NewSize(900, 640)))
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
	l := o.(*widget.Label)
	if id.Row < 0 || id.Row >= len(d.lines) {
		l.SetText("")
		return
	}
	ln := &d.lines[id.Row]
	var s string
	l.Importance = widget.MediumImportance
	switch id.Col {
	case 0:
		s = d.stateText(*ln)
		switch ln.state {
		case lineAdd:
			l.Importance = widget.SuccessImportance
		case lineDuplicate:
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
	l.SetText(oneLine(s))
}

func (d *importDialog) stateText(ln previewLine) string {
	switch ln.state {
	case lineAdd:
		return tr("honorees.import.state.add", "Thêm ({{.Kind}})", map[string]any{"Kind": kindName(ln.kind)})
	case lineDuplicate:
		return tr("honorees.import.state.duplicate", "Trùng, không thêm")
	}
	return tr("honorees.import.state.skipped", "Bỏ qua")
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
	d.res = res
	d.lines = d.lines[:0]
	for _, r := range res.Rows {
		ln := previewLine{state: lineAdd, sheet: r.Sheet, line: r.Line, kind: r.Kind, name: r.Honoree.Name, unit: r.Honoree.Unit}
		if r.DuplicateOf != "" {
			ln.state = lineDuplicate
			ln.detail = tr("honorees.import.duplicateOf", "Trùng họ tên và đơn vị với: {{.Other}}", map[string]any{"Other": r.DuplicateOf})
		} else {
			ln.detail = strings.Join(nonEmpty(r.Honoree.Position, r.Honoree.Achievement, r.Honoree.Award, r.Honoree.Note), " · ")
		}
		d.lines = append(d.lines, ln)
	}
	for _, s := range res.Skipped {
		d.lines = append(d.lines, previewLine{state: lineSkipped, sheet: s.Sheet, line: s.Line,
			detail: s.Reason + textOf(s.Text)})
	}
	for _, sh := range res.Sheets {
		if sh.Problem != "" {
			d.lines = append(d.lines, previewLine{state: lineSkipped, sheet: sh.Name,
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

	ind, col, dup, skipped := d.counts()
	d.summary.SetText(tr("honorees.import.summary",
		"Sẽ thêm {{.Individuals}} cá nhân và {{.Collectives}} tập thể; {{.Duplicates}} dòng trùng với danh sách (không thêm); {{.Skipped}} dòng bỏ qua. Chưa có gì được thêm vào báo cáo: xem lại bên dưới rồi bấm “Thêm {{.Count}} dòng vào báo cáo”.",
		map[string]any{"Individuals": ind, "Collectives": col, "Duplicates": dup, "Skipped": skipped, "Count": ind + col}))
	d.confirm.SetText(tr("honorees.import.confirm", "Thêm {{.Count}} dòng vào báo cáo", map[string]any{"Count": ind + col}))
	if ind+col == 0 {
		d.confirm.Disable()
	} else {
		d.confirm.Enable()
	}
	d.buildSheets()
	d.reread.Disable()
	d.table.Refresh()
	d.table.ScrollToTop()
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

// buildSheets shows, for each sheet, its header row, its kind and the
// column each field is taken from, as controls the user can change.
func (d *importDialog) buildSheets() {
	d.columnSelects = map[string]map[xlsx.Field]*widget.Select{}
	d.kindSelects = map[string]*widget.Select{}
	d.headerEntries = map[string]*widget.Entry{}
	var blocks []fyne.CanvasObject
	for _, sh := range d.res.Sheets {
		sh := sh
		title := widget.NewLabelWithStyle(tr("honorees.import.sheet", "Trang “{{.Sheet}}”", map[string]any{"Sheet": sh.Name}),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true})

		header := widget.NewEntry()
		if sh.HeaderRow > 0 {
			header.SetText(strconv.Itoa(sh.HeaderRow))
		}
		header.SetPlaceHolder(tr("honorees.import.headerHint", "số dòng"))
		header.Validator = func(s string) error {
			if n, err := strconv.Atoi(strings.TrimSpace(s)); s != "" && (err != nil || n < 1) {
				return fmt.Errorf("%s", tr("honorees.import.headerInvalid", "Hãy nhập số dòng tiêu đề, từ 1 trở lên."))
			}
			return nil
		}
		header.OnChanged = func(s string) {
			o := d.override[sh.Name]
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || n < 1 {
				n = 0
			}
			if n != o.HeaderRow {
				o.HeaderRow = n
				o.Columns = nil // the columns of another header row are unknown
				d.override[sh.Name] = o
				d.reread.Enable()
			}
		}
		d.headerEntries[sh.Name] = header

		// A sheet whose name column is titled for both kinds, or that has
		// group headings, is read row by row ("mixed"): kind 0.
		mixed := tr("honorees.kind.mixed", "theo tiêu đề nhóm (hỗn hợp)")
		kind := widget.NewSelect([]string{kindName(xlsx.Individual), kindName(xlsx.Collective), mixed}, nil)
		if sh.Kind == 0 {
			kind.SetSelected(mixed)
		} else {
			kind.SetSelected(kindName(sh.Kind))
		}
		kind.OnChanged = func(s string) {
			o := d.override[sh.Name]
			switch s {
			case kindName(xlsx.Collective):
				o.Kind = xlsx.Collective
			case kindName(xlsx.Individual):
				o.Kind = xlsx.Individual
			default:
				o.Kind = 0
			}
			d.override[sh.Name] = o
			d.reread.Enable()
		}
		d.kindSelects[sh.Name] = kind

		top := container.NewHBox(title,
			widget.NewLabel(tr("honorees.import.headerRow", "Dòng tiêu đề:")), container.NewGridWrap(fyne.NewSize(90, header.MinSize().Height), header),
			widget.NewLabel(tr("honorees.import.kind", "Các dòng là:")), kind)
		if sh.Problem != "" {
			problem := widget.NewLabel(tr("honorees.import.sheetNotRead", "Không đọc trang này: {{.Problem}}", map[string]any{"Problem": sh.Problem}))
			problem.Wrapping = fyne.TextWrapWord
			problem.Importance = widget.WarningImportance
			blocks = append(blocks, top, problem)
			continue
		}

		options, columnOf := columnOptions(sh)
		selects := map[xlsx.Field]*widget.Select{}
		grid := container.NewGridWithColumns(6)
		for _, f := range editableFields {
			f := f
			opts := options
			if f == xlsx.FieldName { // a name is required: no "none"
				opts = options[1:]
			}
			sel := widget.NewSelect(opts, nil)
			if c, ok := sh.Columns[f]; ok && c != noColumn {
				sel.SetSelected(optionFor(sh, c))
			} else {
				sel.SetSelected(options[0])
			}
			sel.OnChanged = func(s string) {
				o := d.override[sh.Name]
				cols := xlsx.Mapping{}
				for g, c := range o.Columns {
					cols[g] = c
				}
				cols[f] = columnOf[s]
				o.Columns = cols
				if o.HeaderRow == 0 {
					o.HeaderRow = sh.HeaderRow // columns need their header row
				}
				d.override[sh.Name] = o
				d.reread.Enable()
			}
			selects[f] = sel
			grid.Add(widget.NewLabel(fieldLabel(f)))
			grid.Add(sel)
		}
		d.columnSelects[sh.Name] = selects
		blocks = append(blocks, top, grid)
		for _, n := range sh.Notes { // a second table, a column holding two fields…
			note := widget.NewLabel("• " + n)
			note.Wrapping = fyne.TextWrapWord
			note.Importance = widget.WarningImportance
			blocks = append(blocks, note)
		}
		if len(sh.Unused) > 0 {
			unused := widget.NewLabel(tr("honorees.import.unused", "Cột không lấy: {{.Columns}}", map[string]any{"Columns": strings.Join(sh.Unused, "; ")}))
			unused.Wrapping = fyne.TextWrapWord
			blocks = append(blocks, unused)
		}
		blocks = append(blocks, widget.NewSeparator())
	}
	d.sheets.Objects = blocks
	d.sheets.Refresh()
}

// columnOptions lists the choices of a column select: "none" first, then
// every titled column as "C: Họ tên"; columnOf maps a choice back.
func columnOptions(sh xlsx.Sheet) (options []string, columnOf map[string]int) {
	none := tr("honorees.import.noColumn", "— không lấy —")
	options = []string{none}
	columnOf = map[string]int{none: noColumn}
	cols := make([]int, 0, len(sh.Titles))
	for c := range sh.Titles {
		cols = append(cols, c)
	}
	sort.Ints(cols)
	for _, c := range cols {
		o := optionFor(sh, c)
		options = append(options, o)
		columnOf[o] = c
	}
	return options, columnOf
}

func optionFor(sh xlsx.Sheet, c int) string {
	return columnLetters(c) + ": " + sh.Titles[c]
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
	}
	return f.Label()
}

// readAgain reads the workbook again with the user's corrections, off the
// UI goroutine.
func (d *importDialog) readAgain() {
	d.reread.Disable()
	d.confirm.Disable()
	d.summary.SetText(tr("honorees.import.rereading", "Đang đọc lại tệp theo các cột đã chọn…"))
	override := map[string]xlsx.Override{}
	for k, o := range d.override {
		override[k] = o
	}
	existing := d.v.snapshot()
	gen := d.v.gen
	go func() {
		res, err := xlsx.Read(bytes.NewReader(d.data), xlsx.Options{Source: d.name, Existing: existing, Override: override})
		fyne.Do(func() {
			if gen != d.v.gen || d.v.imp != d {
				return
			}
			if err != nil {
				d.summary.SetText(tr("honorees.import.rereadFailed", "Không đọc lại được: {{.Error}}. Hãy chọn lại cột hoặc dòng tiêu đề.", map[string]any{"Error": err.Error()}))
				d.reread.Enable()
			} else {
				d.setResult(res)
			}
			if d.v.afterRead != nil {
				d.v.afterRead()
			}
		})
	}()
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
