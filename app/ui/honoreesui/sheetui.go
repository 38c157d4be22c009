package honoreesui

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/keys"
	"baocao/app/ui/tablekit"
	"baocao/app/ui/vnentry"
	"baocao/app/xlsx"
)

// sheetUI is one sheet in the import dialog: its top rows as a grid in
// which a click chooses the header row, a menu above each column that
// says which field the column holds, the kind of its rows, and what is
// missing or worth knowing. It is what the command line's --header-row
// and --map do, with the sheet in sight.
type sheetUI struct {
	d      *importDialog
	name   string
	rows   [][]string   // the sheet's top rows
	ncols  int          // columns shown
	header int          // the header row, from 1; 0 while none is known
	fields []xlsx.Field // the field taken from each column; 0 for none
	// noHeader: the user says the sheet has no header row at all; its
	// data start at dataRow (from 1) and the columns are chosen by hand,
	// from a guess made on the data.
	noHeader bool
	dataRow  int

	headerEntry *vnentry.Entry
	noHeaderBox *keys.Check
	dataEntry   *vnentry.Entry
	kind        *keys.Select
	status      *widget.Label
	grid        *keys.Table
	tab         *container.TabItem
}

// gridColumnWidth fits a column's letter and menu ("B  Họ và tên / Tên tập…").
const gridColumnWidth = 184

// buildSheets makes a tab for each sheet.
func (d *importDialog) buildSheets(raw []xlsx.SheetRows, res *xlsx.Result) {
	d.bySheet = map[string]*sheetUI{}
	d.kindSelects = map[string]*keys.Select{}
	d.headerEntries = map[string]*vnentry.Entry{}
	d.tabs = container.NewAppTabs()
	for _, sh := range res.Sheets {
		su := &sheetUI{d: d, name: sh.Name}
		for _, r := range raw {
			if r.Name == sh.Name {
				su.rows = r.Rows
			}
		}
		su.build()
		d.sheets = append(d.sheets, su)
		d.bySheet[sh.Name] = su
		d.kindSelects[sh.Name] = su.kind
		d.headerEntries[sh.Name] = su.headerEntry
		d.tabs.Append(su.tab)
	}
	// The preview follows the sheet in view.
	d.tabs.OnSelected = func(tab *container.TabItem) {
		for _, su := range d.sheets {
			if su.tab != tab {
				continue
			}
			for r, ln := range d.lines {
				if ln.sheet == su.name {
					d.table.ScrollTo(widget.TableCellID{Row: r, Col: 0})
					return
				}
			}
		}
	}
}

func (su *sheetUI) build() {
	su.ncols = 1
	for _, r := range su.rows {
		su.ncols = max(su.ncols, len(r))
	}
	su.fields = make([]xlsx.Field, su.ncols)

	su.headerEntry = vnentry.New()
	su.headerEntry.SetPlaceHolder(tr("honorees.import.headerHint", "số dòng"))
	su.headerEntry.Validator = func(s string) error {
		if n, err := strconv.Atoi(strings.TrimSpace(s)); s != "" && (err != nil || n < 1) {
			return fmt.Errorf("%s", tr("honorees.import.headerInvalid", "Hãy nhập số dòng tiêu đề, từ 1 trở lên."))
		}
		return nil
	}
	su.headerEntry.OnChanged = func(s string) {
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n >= 1 {
			su.setHeader(n)
		}
	}

	// A sheet whose name column is titled for both kinds, or that has
	// group headings, is read row by row ("mixed"): kind 0.
	su.kind = keys.NewSelect([]string{kindName(xlsx.Individual), kindName(xlsx.Collective), mixedKind()}, nil)
	su.kind.OnChanged = su.setKind

	su.status = widget.NewLabel("")
	su.status.Wrapping = fyne.TextWrapWord

	su.grid = keys.NewTable(
		func() (int, int) { return len(su.rows), su.ncols },
		su.newCell, su.updateCell)
	su.grid.ShowHeaderRow = true
	su.grid.ShowHeaderColumn = true
	su.grid.CreateHeader = su.newHeader
	su.grid.UpdateHeader = su.updateHeader
	su.grid.OnSelected = func(id widget.TableCellID) {
		su.grid.UnselectAll() // the header row is marked by its own colour
		switch {
		case id.Row < 0:
		case su.noHeader:
			su.setDataRow(id.Row + 1)
		default:
			su.setHeader(id.Row + 1)
		}
	}
	su.grid.SetColumnWidth(-1, 64)
	for c := 0; c < su.ncols; c++ {
		su.grid.SetColumnWidth(c, gridColumnWidth)
	}

	// A list typed straight into a sheet has no header row at all.
	su.noHeaderBox = keys.NewCheck(tr("honorees.import.noHeaderRow", "Không có dòng tiêu đề — dữ liệu bắt đầu từ dòng"), su.setNoHeader)
	su.dataEntry = vnentry.New()
	su.dataEntry.SetPlaceHolder(tr("honorees.import.headerHint", "số dòng"))
	su.dataEntry.Validator = su.headerEntry.Validator
	su.dataEntry.OnChanged = func(s string) {
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n >= 1 {
			su.setDataRow(n)
		}
	}
	su.dataEntry.Disable()

	rowEntry := func(e *vnentry.Entry) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(90, e.MinSize().Height), e)
	}
	controls := container.NewVBox(container.NewHBox(
		widget.NewLabel(tr("honorees.import.headerRow", "Dòng tiêu đề:")), rowEntry(su.headerEntry),
		widget.NewLabel(tr("honorees.import.kind", "Các dòng là:")), su.kind),
		container.NewHBox(su.noHeaderBox, rowEntry(su.dataEntry)))
	su.tab = container.NewTabItem(tr("honorees.import.sheet", "Trang “{{.Sheet}}”", map[string]any{"Sheet": su.name}),
		container.NewBorder(container.NewBorder(nil, nil, controls, nil, su.status), nil, nil, nil, su.grid))
}

func mixedKind() string { return tr("honorees.kind.mixed", "theo tiêu đề nhóm (hỗn hợp)") }

// update shows what the last read found in the sheet (nil: nothing was
// read); the user's own choices stay as they are.
func (su *sheetUI) update(sh *xlsx.Sheet) {
	ov := su.d.override[su.name]
	if sh != nil && sh.DataRow > 0 { // read without header row
		su.header, su.dataRow = 0, sh.DataRow
		clear(su.fields)
		for f, c := range sh.Columns {
			if c >= 0 && c < noColumn && slices.Contains(editableFields, f) {
				su.setFieldAt(c, f)
			}
		}
	} else if sh != nil && sh.HeaderRow > 0 {
		su.header = sh.HeaderRow
		clear(su.fields)
		for f, c := range sh.Columns {
			if c >= 0 && c < noColumn && slices.Contains(editableFields, f) {
				su.setFieldAt(c, f)
			}
		}
		for _, c := range sh.NameParts {
			su.setFieldAt(c, xlsx.FieldName)
		}
	} else {
		su.header = ov.HeaderRow
	}
	su.showNoHeader()
	if su.header > 0 && su.headerEntry.Text != strconv.Itoa(su.header) {
		on := su.headerEntry.OnChanged
		su.headerEntry.OnChanged = nil
		su.headerEntry.SetText(strconv.Itoa(su.header))
		su.headerEntry.OnChanged = on
	}
	kind := mixedKind()
	switch {
	case ov.Kind != 0:
		kind = kindName(ov.Kind)
	case sh != nil && sh.Kind != 0:
		kind = kindName(sh.Kind)
	}
	su.kind.OnChanged = nil
	su.kind.SetSelected(kind)
	su.kind.OnChanged = su.setKind

	su.setStatus(sh)
	if su.header > 4 { // the header row in sight, with a row above it
		su.grid.ScrollTo(widget.TableCellID{Row: su.header - 2, Col: 0})
	}
	su.grid.Refresh()
}

// setFieldAt records that column c holds field f, growing the grid when
// the column lies beyond the rows shown.
func (su *sheetUI) setFieldAt(c int, f xlsx.Field) {
	for c >= len(su.fields) {
		su.fields = append(su.fields, 0)
		su.grid.SetColumnWidth(len(su.fields)-1, gridColumnWidth)
	}
	su.ncols = len(su.fields)
	su.fields[c] = f
}

// setStatus says what the user still has to do in the sheet, or what the
// read noticed in it.
func (su *sheetUI) setStatus(sh *xlsx.Sheet) {
	var lines []string
	importance := widget.WarningImportance
	switch {
	case su.noHeader && !su.has(xlsx.FieldName):
		lines = append(lines, tr("honorees.import.noHeaderPickName", "Không có dòng tiêu đề: hãy chọn ở hàng trên cùng mỗi cột là gì, ít nhất cột “Họ và tên / Tên tập thể”."))
	case su.noHeader:
		importance = widget.MediumImportance
		lines = append(lines, tr("honorees.import.noHeaderHint", "Không có dòng tiêu đề: các cột được đoán theo dữ liệu. Hãy kiểm tra ở hàng trên cùng mỗi cột là gì; bấm vào một dòng để dữ liệu bắt đầu từ dòng đó."))
	case su.header == 0:
		lines = append(lines, tr("honorees.import.pickHeader", "Bấm vào dòng tiêu đề cột trong bảng dưới đây (dòng ghi “Họ và tên”, “Đơn vị”…), rồi chọn ở hàng trên cùng mỗi cột là gì."))
	case !su.has(xlsx.FieldName):
		lines = append(lines, tr("honorees.import.pickName", "Hãy chọn ở hàng trên cùng cột nào là “Họ và tên / Tên tập thể”."))
	case sh != nil && sh.Problem != "":
		lines = append(lines, tr("honorees.import.sheetNotRead", "Không đọc trang này: {{.Problem}}", map[string]any{"Problem": sh.Problem}))
	default:
		importance = widget.MediumImportance
		lines = append(lines, tr("honorees.import.mapHint", "Dòng tiêu đề được tô đậm; bấm vào dòng khác nếu sai. Chọn ở hàng trên cùng mỗi cột là gì, hoặc “— bỏ qua —”."))
	}
	if sh != nil {
		for _, n := range sh.Notes { // a second table, a column holding two fields…
			lines = append(lines, "• "+n)
			importance = widget.WarningImportance
		}
	}
	su.status.Importance = importance
	su.status.SetText(strings.Join(lines, "\n"))
}

func (su *sheetUI) has(f xlsx.Field) bool {
	for _, g := range su.fields {
		if g == f {
			return true
		}
	}
	return false
}

// setHeader makes row n (from 1) the header row and reads the sheet again;
// the columns are detected anew under it.
func (su *sheetUI) setHeader(n int) {
	o := su.d.override[su.name]
	if n == o.HeaderRow && n == su.header {
		return
	}
	o.HeaderRow = n
	o.Columns = nil // the columns of another header row are unknown
	su.d.override[su.name] = o
	su.header = n
	clear(su.fields)
	if su.headerEntry.Text != strconv.Itoa(n) {
		su.headerEntry.SetText(strconv.Itoa(n)) // its OnChanged sees n is set
	}
	su.grid.Refresh()
	su.d.readAgain()
}

// setField makes column c hold field f (0: none) and reads again. A field
// is in one column only: the column that had it before gives it up.
func (su *sheetUI) setField(c int, f xlsx.Field) {
	if c < 0 || c >= len(su.fields) || su.fields[c] == f {
		return
	}
	if f != 0 {
		for i, g := range su.fields {
			if g == f {
				su.fields[i] = 0
			}
		}
	}
	su.fields[c] = f
	o := su.d.override[su.name]
	o.HeaderRow = su.header
	o.Columns = su.mapping()
	su.d.override[su.name] = o
	su.grid.Refresh()
	su.d.readAgain()
}

// mapping is the override for the columns chosen: every field the user
// can choose, in its column or in none. A name over two columns (the
// reader joins Họ đệm | Tên) is left to the reader.
func (su *sheetUI) mapping() xlsx.Mapping {
	m := xlsx.Mapping{}
	for _, f := range editableFields {
		m[f] = noColumn
	}
	names := 0
	for c, f := range su.fields {
		if f != 0 {
			m[f] = c
		}
		if f == xlsx.FieldName {
			names++
		}
	}
	if names > 1 {
		delete(m, xlsx.FieldName)
	}
	return m
}

// setNoHeader says whether the sheet has no header row at all. Without
// one, the data start at the row the user had taken for the header (it
// is data, then), else at row 1, and the columns are guessed from the
// data for the user to check.
func (su *sheetUI) setNoHeader(on bool) {
	if on == su.noHeader {
		return
	}
	su.noHeader = on
	o := su.d.override[su.name]
	o.NoHeader, o.HeaderRow, o.DataRow, o.Columns = on, 0, 0, nil
	clear(su.fields)
	if on {
		su.dataRow = max(su.header, 1)
		su.header = 0
		for f, c := range xlsx.GuessColumns(su.rows, su.dataRow-1) {
			if slices.Contains(editableFields, f) {
				su.setFieldAt(c, f)
			}
		}
		o.DataRow, o.Columns = su.dataRow, su.mapping()
	}
	su.d.override[su.name] = o
	su.showNoHeader()
	su.setStatus(nil)
	su.grid.Refresh()
	su.d.readAgain()
}

// showNoHeader puts the choice of no header row and the first data row
// in the controls; the header row's field is used only without it.
func (su *sheetUI) showNoHeader() {
	if su.noHeaderBox.Checked != su.noHeader {
		on := su.noHeaderBox.OnChanged
		su.noHeaderBox.OnChanged = nil
		su.noHeaderBox.SetChecked(su.noHeader)
		su.noHeaderBox.OnChanged = on
	}
	if !su.noHeader {
		su.dataEntry.Disable()
		su.headerEntry.Enable()
		return
	}
	su.headerEntry.Disable()
	su.dataEntry.Enable()
	if want := strconv.Itoa(su.dataRow); su.dataEntry.Text != want {
		on := su.dataEntry.OnChanged
		su.dataEntry.OnChanged = nil
		su.dataEntry.SetText(want)
		su.dataEntry.OnChanged = on
	}
}

// setDataRow makes the data of a sheet without header row start at row
// n (from 1); the columns chosen stay.
func (su *sheetUI) setDataRow(n int) {
	if !su.noHeader || n == su.dataRow {
		return
	}
	su.dataRow = n
	o := su.d.override[su.name]
	o.DataRow, o.Columns = n, su.mapping()
	su.d.override[su.name] = o
	su.showNoHeader()
	su.grid.Refresh()
	su.d.readAgain()
}

func (su *sheetUI) setKind(s string) {
	o := su.d.override[su.name]
	switch s {
	case kindName(xlsx.Collective):
		o.Kind = xlsx.Collective
	case kindName(xlsx.Individual):
		o.Kind = xlsx.Individual
	default:
		o.Kind = 0
	}
	su.d.override[su.name] = o
	su.d.readAgain()
}

// gridCell is a cell of the sheet's grid; the header row is bold on a
// coloured background, the rows above it (not read) are grey.
type gridCell struct {
	widget.BaseWidget
	bg    *canvas.Rectangle
	label *widget.Label
}

func (su *sheetUI) newCell() fyne.CanvasObject {
	c := &gridCell{bg: canvas.NewRectangle(theme.Color(theme.ColorNameSelection)), label: widget.NewLabel("")}
	c.label.Truncation = fyne.TextTruncateEllipsis
	c.bg.Hide()
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer implements fyne.Widget.
func (c *gridCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, c.label))
}

func (su *sheetUI) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*gridCell)
	text := ""
	if id.Row >= 0 && id.Row < len(su.rows) && id.Col >= 0 && id.Col < len(su.rows[id.Row]) {
		text = tablekit.OneLine(su.rows[id.Row][id.Col])
	}
	isHeader := id.Row+1 == su.header
	c.label.TextStyle.Bold = isHeader
	c.label.Importance = widget.MediumImportance
	if su.header > 0 && id.Row+1 < su.header || su.noHeader && id.Row+1 < su.dataRow {
		c.label.Importance = widget.LowImportance // not read
	}
	c.label.Text = text
	c.label.Refresh()
	if isHeader {
		c.bg.FillColor = theme.Color(theme.ColorNameSelection)
		c.bg.Show()
	} else {
		c.bg.Hide()
	}
	c.bg.Refresh()
}

// columnSelect is the menu above a column of the grid: the field the
// column holds.
type columnSelect struct {
	widget.Select
	col int
}

func newColumnSelect() *columnSelect {
	s := &columnSelect{}
	s.PlaceHolder = skipColumn()
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey implements fyne.Focusable: Escape closes the dialog, as it
// does elsewhere (see package keys).
func (s *columnSelect) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && keys.Escape(s) {
		return
	}
	s.Select.TypedKey(ev)
}

func skipColumn() string { return tr("honorees.import.skipColumn", "— bỏ qua —") }

// columnChoices are the entries of a column menu: none, then the fields.
func columnChoices() []string {
	out := []string{skipColumn()}
	for _, f := range editableFields {
		out = append(out, fieldLabel(f))
	}
	return out
}

func fieldOf(choice string) xlsx.Field {
	for _, f := range editableFields {
		if fieldLabel(f) == choice {
			return f
		}
	}
	return 0
}

// newHeader makes a header cell: a column menu along the top, a row
// number down the side.
func (su *sheetUI) newHeader() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Alignment = fyne.TextAlignTrailing
	s := newColumnSelect()
	s.Options = columnChoices()
	letter := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}) // as Excel names the column
	return container.NewStack(l, container.NewBorder(nil, nil, letter, nil, s))
}

func (su *sheetUI) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	menu := box.Objects[1].(*fyne.Container)
	l, s := box.Objects[0].(*widget.Label), menu.Objects[0].(*columnSelect)
	letter := menu.Objects[1].(*widget.Label)
	switch {
	case id.Row < 0 && id.Col >= 0: // the column's menu
		l.Hide()
		letter.SetText(columnLetters(id.Col))
		menu.Show()
		s.col = id.Col
		s.OnChanged = nil
		choice := ""
		if id.Col < len(su.fields) && su.fields[id.Col] != 0 {
			choice = fieldLabel(su.fields[id.Col])
		}
		s.Selected = choice
		s.Refresh()
		if su.header > 0 || su.noHeader {
			s.Enable()
		} else {
			s.Disable() // a header row first (or none): the reader needs it
		}
		s.OnChanged = func(choice string) { su.setField(s.col, fieldOf(choice)) }
	case id.Col < 0 && id.Row >= 0: // the row's number
		menu.Hide()
		s.col = -1
		l.TextStyle.Bold = id.Row+1 == su.header
		l.SetText(strconv.Itoa(id.Row + 1))
		l.Show()
	default:
		menu.Hide()
		s.col = -1
		l.Hide()
	}
}

// readAgain reads the workbook again with the user's corrections, off the
// UI goroutine; a newer correction makes the answer to an older one late,
// and it is dropped.
func (d *importDialog) readAgain() {
	d.seq++
	seq, gen := d.seq, d.v.gen
	d.confirm.Disable()
	d.summary.SetText(tr("honorees.import.rereading", "Đang đọc lại tệp theo các cột đã chọn…"))
	override := map[string]xlsx.Override{}
	for k, o := range d.override {
		override[k] = o
	}
	existing := d.v.snapshot()
	go func() {
		res, err := xlsx.Read(bytes.NewReader(d.data), xlsx.Options{Source: d.name, Existing: existing, Override: override})
		fyne.Do(func() {
			if gen != d.v.gen || d.v.imp != d || seq != d.seq {
				return
			}
			switch {
			case errors.Is(err, xlsx.ErrNoHeader):
				d.showNoHeader()
			case err != nil:
				d.summary.SetText(tr("honorees.import.rereadFailed", "Không đọc lại được: {{.Error}}. Hãy chọn lại cột hoặc dòng tiêu đề.", map[string]any{"Error": err.Error()}))
			default:
				d.manual = false
				d.setResult(res)
			}
			if d.v.afterRead != nil {
				d.v.afterRead()
			}
		})
	}()
}

// showNoHeader is the dialog while no sheet can be read: the user is to
// choose the header row and the name column.
func (d *importDialog) showNoHeader() {
	d.res = &xlsx.Result{}
	d.lines = d.lines[:0]
	d.summary.SetText(tr("honorees.import.noHeader", "Chương trình chưa nhận ra dòng tiêu đề cột trong tệp này. Hãy bấm vào dòng tiêu đề trong bảng (dòng ghi “Họ và tên”, “Đơn vị”…) và chọn ở hàng trên cùng mỗi cột là gì — hoặc, nếu tệp không có dòng tiêu đề, đánh dấu “Không có dòng tiêu đề”; phần dưới cho thấy ngay các dòng sẽ được nhập."))
	d.confirm.SetText(tr("honorees.import.confirm", "Thêm {{.Count}} dòng vào báo cáo", map[string]any{"Count": 0}))
	d.confirm.Disable()
	for _, su := range d.sheets {
		su.update(nil)
	}
	d.table.Refresh()
}

func sheetNamed(res *xlsx.Result, name string) *xlsx.Sheet {
	for i := range res.Sheets {
		if res.Sheets[i].Name == name {
			return &res.Sheets[i]
		}
	}
	return nil
}
