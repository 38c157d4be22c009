// Package unitsui is the wizard's "Đơn vị" step: the draft's list of
// subordinate units (add, edit, delete with undo, paste, suggest from the
// draft's lists, import from an Excel column), where each stands in the
// year-end collection (chưa gửi, đã nhận, có vấn đề — by colour and by
// word), the forms written for them, the collection of a folder of
// returned workbooks (package units) taken into the draft as one change
// that Undo takes back, and a unit's rows and problems on click.
package unitsui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/ui/keys"
	"baocao/app/ui/undo"
	"baocao/app/ui/vnentry"
	"baocao/app/units"
)

// Options connect the step to the window.
type Options struct {
	// ChooseFolder asks for a folder (the forms' or the returned
	// workbooks') and calls cb with it; cb is not called on cancel.
	ChooseFolder func(title string, cb func(dir string))
	// ChooseImport asks for a workbook to take a column of units from;
	// nil leaves out "Nhập từ Excel…".
	ChooseImport func(cb func(path string))
	// Prefs keeps the collection folder between sessions (re-collect is
	// one click); nil keeps it for the session only.
	Prefs fyne.Preferences
	// Collected is called after a collection was taken into the draft or
	// undone: the honorees and the register changed under the other steps.
	Collected func()
	// Do runs f on the UI goroutine (the window's queue); nil: fyne.Do.
	Do func(f func())
}

// prefFolder is the preference holding the folder last collected.
const prefFolder = "units.collectFolder"

// Table columns.
const (
	colNo = iota
	colName
	colShort
	colContact
	colStatus
	colRows
	colCount
)

var colWidths = [colCount]float32{44, 220, 100, 150, 140, 64}

// View is the units step. Build it with New; its methods must be called
// on the UI goroutine.
type View struct {
	win     fyne.Window
	r       *report.Report
	changed func()
	opts    Options

	hist     undo.History[edit]
	selected int
	board    *units.Board // the last collection applied, for its problems
	folder   string       // the folder last collected
	busy     bool

	table                               *widget.Table
	detail                              *widget.Label
	counts, status, folderLabel         *widget.Label
	empty                               *widget.Label
	activity                            *widget.ProgressBarInfinite
	addBtn, editBtn, deleteBtn, undoBtn *widget.Button
	pasteBtn, suggestBtn, importBtn     *widget.Button
	formsBtn, collectBtn, recollectBtn  *widget.Button
	form                                *unitForm // the open add/edit form
	boardDlg                            dialog.Dialog
	pending                             *units.Board // the board shown, not yet applied
	root                                fyne.CanvasObject
}

// New builds the step for r; changed is called after every change the
// user makes (marks the draft dirty).
func New(win fyne.Window, r *report.Report, changed func(), opts Options) *View {
	if changed == nil {
		changed = func() {}
	}
	v := &View{win: win, r: &report.Report{}, changed: changed, opts: opts, selected: -1}
	if opts.Prefs != nil {
		v.folder = opts.Prefs.String(prefFolder)
	}
	if v.opts.Do == nil {
		v.opts.Do = fyne.Do
	}
	v.build()
	v.SetReport(r)
	return v
}

// Object returns the step's widget tree.
func (v *View) Object() fyne.CanvasObject { return v.root }

// SetReport shows the units of r (another draft was opened); the undo
// history and the last board are forgotten.
func (v *View) SetReport(r *report.Report) {
	if r == nil {
		r = &report.Report{}
	}
	v.r = r
	v.hist.Clear()
	v.board, v.pending = nil, nil
	if v.form != nil {
		v.form.dlg.Hide()
		v.form = nil
	}
	v.selected = -1
	v.table.UnselectAll()
	v.setStatus("")
	v.refresh()
}

func (v *View) build() {
	v.table = widget.NewTable(v.size, v.newCell, v.updateCell)
	v.table.ShowHeaderRow = true
	v.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(v.header(id.Col))
		}
	}
	for c, w := range colWidths {
		v.table.SetColumnWidth(c, w)
	}
	v.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(v.r.Units) {
			v.selected = id.Row
			v.refreshButtons()
			v.showDetail()
		}
	}

	v.addBtn = widget.NewButtonWithIcon(tr("units.action.add", "Thêm"), theme.ContentAddIcon(), func() { v.openForm(-1) })
	v.editBtn = widget.NewButtonWithIcon(tr("units.action.edit", "Sửa"), theme.DocumentCreateIcon(), func() { v.openForm(v.selected) })
	v.deleteBtn = widget.NewButtonWithIcon(tr("units.action.delete", "Xóa"), theme.DeleteIcon(), v.deleteSelected)
	v.undoBtn = widget.NewButtonWithIcon(tr("units.action.undo", "Hoàn tác"), theme.ContentUndoIcon(), v.Undo)
	v.pasteBtn = widget.NewButtonWithIcon(tr("units.action.paste", "Dán…"), theme.ContentPasteIcon(), v.openPaste)
	v.suggestBtn = widget.NewButtonWithIcon(tr("units.action.suggest", "Gợi ý từ danh sách"), theme.SearchIcon(), v.suggest)
	v.importBtn = widget.NewButtonWithIcon(tr("units.action.import", "Nhập từ Excel…"), theme.FolderOpenIcon(), v.chooseImport)
	if v.opts.ChooseImport == nil {
		v.importBtn.Hide()
	}
	v.formsBtn = widget.NewButtonWithIcon(tr("units.action.forms", "Tạo biểu mẫu…"), theme.DocumentIcon(), v.chooseFormsFolder)
	v.collectBtn = widget.NewButtonWithIcon(tr("units.action.collect", "Thu thập từ thư mục…"), theme.DownloadIcon(), v.chooseCollectFolder)
	v.collectBtn.Importance = widget.HighImportance
	v.recollectBtn = widget.NewButtonWithIcon(tr("units.action.recollect", "Thu thập lại"), theme.ViewRefreshIcon(), func() { v.CollectFolder(v.folder) })

	v.counts = widget.NewLabel("")
	v.counts.TextStyle.Bold = true
	v.counts.Alignment = fyne.TextAlignTrailing
	v.counts.Truncation = fyne.TextTruncateEllipsis
	v.folderLabel = widget.NewLabel("")
	v.folderLabel.Truncation = fyne.TextTruncateEllipsis
	v.status = widget.NewLabel("")
	v.status.Truncation = fyne.TextTruncateEllipsis
	v.empty = widget.NewLabel("")
	v.empty.Wrapping = fyne.TextWrapWord
	v.empty.Alignment = fyne.TextAlignCenter
	v.detail = widget.NewLabel("")
	v.detail.Wrapping = fyne.TextWrapWord
	v.activity = widget.NewProgressBarInfinite()
	v.activity.Stop()
	v.activity.Hide()

	// Three rows, so that every button fits at 1024×700: editing, filling
	// the list, the forms and their collection.
	edit := container.NewHBox(v.addBtn, v.editBtn, v.deleteBtn, v.undoBtn)
	fill := container.NewHBox(v.pasteBtn, v.suggestBtn, v.importBtn)
	collect := container.NewHBox(v.formsBtn, v.collectBtn, v.recollectBtn)
	top := container.NewVBox(
		container.NewBorder(nil, nil, edit, nil, v.counts),
		fill,
		container.NewBorder(nil, nil, collect, nil, container.NewStack(v.folderLabel, v.activity)))
	tableArea := container.NewStack(v.table, container.NewCenter(container.NewGridWrap(fyne.NewSize(520, 110), v.empty)))
	split := container.NewVSplit(tableArea, container.NewVScroll(v.detail))
	split.Offset = 0.6
	v.root = container.NewBorder(top, v.status, nil, nil, split)
}

func (v *View) size() (int, int) { return len(v.r.Units), colCount }

func (v *View) header(c int) string {
	switch c {
	case colNo:
		return tr("units.col.no", "STT")
	case colName:
		return tr("units.col.name", "Tên đơn vị")
	case colShort:
		return tr("units.col.short", "Viết tắt")
	case colContact:
		return tr("units.col.contact", "Liên hệ")
	case colStatus:
		return tr("units.col.status", "Trạng thái")
	}
	return tr("units.col.rows", "Số dòng")
}

// newCell is a table cell: a label, or, in the status column, a coloured
// dot and a label — the status is said in words too, not by colour alone.
func (v *View) newCell() fyne.CanvasObject {
	dot := canvas.NewCircle(color.Transparent)
	holder := container.NewGridWrap(fyne.NewSize(14, 14), dot)
	l, sl := widget.NewLabel(""), widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	sl.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(l, container.NewBorder(nil, nil, container.NewCenter(holder), nil, sl))
}

// cellParts returns a cell's plain label, its status part, the status
// part's label and its dot.
func cellParts(o fyne.CanvasObject) (*widget.Label, *fyne.Container, *widget.Label, *canvas.Circle) {
	stack := o.(*fyne.Container)
	st := stack.Objects[1].(*fyne.Container)
	dot := st.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*canvas.Circle)
	return stack.Objects[0].(*widget.Label), st, st.Objects[0].(*widget.Label), dot
}

func (v *View) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l, statusBox, sl, dot := cellParts(o)
	if id.Row >= len(v.r.Units) {
		return
	}
	u := v.r.Units[id.Row]
	text := ""
	l.Show()
	statusBox.Hide()
	switch id.Col {
	case colNo:
		text = fmt.Sprint(id.Row + 1)
	case colName:
		text = u.Name
	case colShort:
		text = u.Short
	case colContact:
		text = u.Contact
	case colStatus:
		st, _, problems := v.statusOf(id.Row)
		text = statusLabel(st)
		if st == units.Problems {
			text += fmt.Sprintf(" (%d)", problems)
		}
		dot.FillColor = statusColor(st)
		dot.Refresh()
		sl.SetText(text)
		l.Hide()
		statusBox.Show()
	case colRows:
		if st, rows, _ := v.statusOf(id.Row); st != units.Missing {
			text = fmt.Sprint(rows)
		}
	}
	l.SetText(text)
}

// statusOf is where unit i stands, with its rows and problems: as the
// last collection applied found it (a blank form sent back has a
// problem, though it replaces nothing), else as the draft records it.
func (v *View) statusOf(i int) (st units.Status, rows, problems int) {
	u := v.r.Units[i]
	if res := v.result(u.ID); res != nil {
		return res.Status, res.Rows(), len(res.Problems)
	}
	switch c := u.Collected; {
	case c == nil:
		return units.Missing, 0, 0
	case c.Problems > 0:
		return units.Problems, c.Honorees + c.Models, c.Problems
	default:
		return units.Received, c.Honorees + c.Models, 0
	}
}

func statusLabel(s units.Status) string {
	switch s {
	case units.Received:
		return tr("units.status.received", "đã nhận")
	case units.Problems:
		return tr("units.status.problems", "có vấn đề")
	}
	return tr("units.status.missing", "chưa gửi")
}

// orange marks a unit with problems: the theme's warning colour is yellow
// in the dark theme, too close to green at a glance.
var orange = color.NRGBA{R: 0xf2, G: 0x7a, B: 0x1a, A: 0xff}

// statusColor: grey for missing, green for received, orange for problems.
func statusColor(s units.Status) color.Color {
	switch s {
	case units.Received:
		return theme.Color(theme.ColorNameSuccess)
	case units.Problems:
		return orange
	}
	return grey
}

// grey marks a unit that has not sent its form: the theme's disabled
// colour is nearly black in the dark theme.
var grey = color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff}

// refresh redraws the table, the counts, the detail and the buttons.
func (v *View) refresh() {
	if v.selected >= len(v.r.Units) {
		v.selected = -1
	}
	if len(v.r.Units) == 0 {
		v.empty.SetText(tr("units.empty", "Chưa có đơn vị nào. Bấm “Thêm” để gõ từng đơn vị, “Dán…” để dán danh sách chép từ Excel, “Gợi ý từ danh sách” để lấy các đơn vị có trong danh sách khen thưởng và sổ mô hình, hoặc “Nhập từ Excel…”."))
		v.empty.Show()
	} else {
		v.empty.Hide()
	}
	if v.selected >= 0 {
		v.table.Select(widget.TableCellID{Row: v.selected, Col: colName})
	} else {
		v.table.UnselectAll()
	}
	v.table.Refresh()
	var received, problems int
	for i := range v.r.Units {
		switch st, _, _ := v.statusOf(i); st {
		case units.Received:
			received++
		case units.Problems:
			received++
			problems++
		}
	}
	v.counts.SetText(tr("units.counts", "{{.Total}} đơn vị: {{.Received}} đã gửi ({{.Problems}} có vấn đề), {{.Missing}} chưa gửi",
		map[string]any{"Total": len(v.r.Units), "Received": received, "Problems": problems, "Missing": len(v.r.Units) - received}))
	if v.folder != "" {
		v.folderLabel.SetText(tr("units.folder", "Thư mục: {{.Folder}}", map[string]any{"Folder": v.folder}))
	} else {
		v.folderLabel.SetText(tr("units.folder.none", "Chưa thu thập thư mục nào."))
	}
	v.showDetail()
	v.refreshButtons()
}

func (v *View) refreshButtons() {
	enable := func(b *widget.Button, on bool) {
		if on && !v.busy {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	enable(v.editBtn, v.selected >= 0)
	enable(v.deleteBtn, v.selected >= 0)
	enable(v.undoBtn, v.hist.CanUndo())
	enable(v.addBtn, true)
	enable(v.pasteBtn, true)
	enable(v.suggestBtn, true)
	enable(v.importBtn, true)
	enable(v.formsBtn, len(v.r.Units) > 0)
	enable(v.collectBtn, len(v.r.Units) > 0)
	enable(v.recollectBtn, len(v.r.Units) > 0 && v.folder != "")
}

// setStatus shows s under the table; "" shows how to use the step.
func (v *View) setStatus(s string) {
	if s == "" {
		s = tr("units.status.hint", "Bấm vào một đơn vị để xem các dòng đã lấy và các vấn đề; chọn “Sửa” để đổi tên, viết tắt, liên hệ.")
	}
	v.status.SetText(s)
}

// apply records a change, redraws and tells the shell.
func (v *View) apply(e edit) {
	v.hist.Push(e)
	v.refresh()
	v.setStatus(e.what)
	v.changed()
}

// Undo takes back the newest change made in the step (a unit added,
// edited or deleted, a paste, an import, a collection).
func (v *View) Undo() {
	e, ok := v.hist.Pop()
	if !ok || v.busy {
		if ok {
			v.hist.Push(e)
		}
		return
	}
	e.undo()
	v.selected = e.focus
	v.refresh()
	if v.selected >= 0 {
		v.table.ScrollTo(widget.TableCellID{Row: v.selected, Col: colName})
	}
	v.setStatus(e.undone)
	v.changed()
}

// deleteSelected deletes the selected unit at once; Undo brings it back.
// The rows collected from it stay in the draft.
func (v *View) deleteSelected() {
	i := v.selected
	if i < 0 || i >= len(v.r.Units) {
		return
	}
	name := v.r.Units[i].Name
	undo := keepUnits(v.r)
	v.r.Units = append(v.r.Units[:i:i], v.r.Units[i+1:]...)
	v.selected = min(i, len(v.r.Units)-1)
	data := map[string]any{"Name": name}
	v.apply(edit{undo: undo, focus: i,
		what:   tr("units.deleted", "Đã xóa đơn vị “{{.Name}}” (các dòng đã thu thập của đơn vị vẫn giữ trong báo cáo). Bấm “Hoàn tác” nếu xóa nhầm.", data),
		undone: tr("units.undone.deleted", "Đã khôi phục đơn vị “{{.Name}}”.", data)})
}

// addUnits adds us (pasted, suggested or imported) as one change, and
// says how many were new.
func (v *View) addUnits(us []report.Unit, what string) {
	undo := keepUnits(v.r)
	added := 0
	for _, u := range us {
		if _, ok, err := v.r.AddUnit(u.Name, u.Short, u.Contact); err == nil && ok {
			added++
		}
	}
	if added == 0 {
		v.setStatus(tr("units.add.nothingNew", "Không thêm đơn vị nào: các đơn vị này đã có trong danh sách."))
		return
	}
	data := map[string]any{"Count": added, "What": what, "Same": len(us) - added}
	msg := tr("units.add.done", "{{.What}}: đã thêm {{.Count}} đơn vị ({{.Same}} đã có). Bấm “Hoàn tác” để bỏ cả lần thêm này.", data)
	v.selected = len(v.r.Units) - 1
	v.apply(edit{undo: undo, focus: -1, what: msg,
		undone: tr("units.undone.added", "Đã bỏ {{.Count}} đơn vị vừa thêm.", data)})
	v.table.ScrollTo(widget.TableCellID{Row: v.selected, Col: colName})
}

// showDetail writes what is known of the selected unit: its contact, its
// status, the problems of the last collection with sheet and row, and
// the rows the draft holds from it, each with where it came from.
func (v *View) showDetail() {
	if v.selected < 0 || v.selected >= len(v.r.Units) {
		v.detail.SetText(tr("units.detail.none", "Chọn một đơn vị trong bảng để xem các dòng đã lấy từ biểu của đơn vị và các vấn đề cần xem lại."))
		return
	}
	u := v.r.Units[v.selected]
	var b strings.Builder
	b.WriteString(u.Label())
	if u.Contact != "" {
		b.WriteString(" — " + tr("units.detail.contact", "liên hệ: {{.Contact}}", map[string]any{"Contact": u.Contact}))
	}
	st, _, _ := v.statusOf(v.selected)
	b.WriteString("\n" + tr("units.detail.status", "Trạng thái: {{.Status}}", map[string]any{"Status": statusLabel(st)}))
	if c := u.Collected; c != nil {
		b.WriteString(" — " + tr("units.detail.file", "tệp {{.File}}: {{.Models}} mô hình, {{.Honorees}} khen thưởng",
			map[string]any{"File": c.File, "Models": c.Models, "Honorees": c.Honorees}))
	}
	b.WriteString("\n")
	if res := v.result(u.ID); res != nil {
		if len(res.Problems) > 0 {
			b.WriteString("\n" + trN("units.detail.problems", "{{.Count}} vấn đề cần xem lại (sửa trong tệp của đơn vị rồi bấm “Thu thập lại”):", len(res.Problems)) + "\n")
			for _, p := range res.Problems {
				b.WriteString("  • " + p.String() + "\n")
			}
		}
		if len(res.Notes) > 0 {
			b.WriteString("\n" + tr("units.detail.notes", "Ghi chú:") + "\n")
			for _, n := range res.Notes {
				b.WriteString("  · " + n + "\n")
			}
		}
	} else if c := u.Collected; c != nil && c.Problems > 0 {
		b.WriteString("\n" + trN("units.detail.problemsEarlier", "Lần thu thập trước có {{.Count}} vấn đề; bấm “Thu thập lại” để xem từng dòng.", c.Problems) + "\n")
	}
	honorees, models := fromUnit(v.r, u.ID)
	if len(honorees)+len(models) == 0 {
		if u.Collected == nil {
			b.WriteString("\n" + tr("units.detail.notYet", "Chưa nhận biểu của đơn vị. Khi đơn vị gửi lại, chép tệp vào thư mục thu thập rồi bấm “Thu thập lại”."))
		}
	} else {
		b.WriteString("\n" + trN("units.detail.rows", "{{.Count}} dòng đã lấy vào báo cáo:", len(honorees)+len(models)) + "\n")
		for _, e := range models {
			b.WriteString("  • " + tr("units.detail.model", "Mô hình “{{.Name}}”", map[string]any{"Name": e.Name}) + " — " + e.Origin.String() + "\n")
		}
		for _, h := range honorees {
			line := tr("units.detail.honoreeNoAward", "Khen thưởng: {{.Name}}", map[string]any{"Name": h.Name})
			if h.Award != "" {
				line = tr("units.detail.honoree", "Khen thưởng: {{.Name}} ({{.Award}})", map[string]any{"Name": h.Name, "Award": h.Award})
			}
			b.WriteString("  • " + line + " — " + h.Origin.String() + "\n")
		}
	}
	v.detail.SetText(strings.TrimRight(b.String(), "\n"))
}

// result is the last applied collection's line for the unit with id.
func (v *View) result(id string) *units.UnitResult {
	if v.board == nil {
		return nil
	}
	for i := range v.board.Units {
		if v.board.Units[i].Unit.ID == id && v.board.Units[i].Status != units.Missing {
			return &v.board.Units[i]
		}
	}
	return nil
}

// Focus shows the step; it has no validation field of its own.
func (v *View) Focus(string) bool {
	v.win.Canvas().Focus(v.table)
	return true
}

// showError shows what went wrong and what to do, in the status line too.
func (v *View) showError(what string, err error) {
	msg := fmt.Errorf("%s: %w", what, err)
	v.setStatus(msg.Error())
	keys.ShowError(msg, v.win)
}

// errText is an error whose message is s.
type errText string

func (e errText) Error() string { return string(e) }

// Widgets are the step's controls, for the window's tests.
type Widgets struct {
	Add, Edit, Delete, Undo, Paste, Suggest, Import *widget.Button
	Forms, Collect, Recollect                       *widget.Button
	Table                                           *widget.Table
	Detail, Status, Counts                          *widget.Label
}

// Widgets returns the step's controls.
func (v *View) Widgets() Widgets {
	return Widgets{Add: v.addBtn, Edit: v.editBtn, Delete: v.deleteBtn, Undo: v.undoBtn, Paste: v.pasteBtn,
		Suggest: v.suggestBtn, Import: v.importBtn, Forms: v.formsBtn, Collect: v.collectBtn, Recollect: v.recollectBtn,
		Table: v.table, Detail: v.detail, Status: v.status, Counts: v.counts}
}

// FormWidgets are the fields of the open add/edit form.
type FormWidgets struct {
	Name, Short, Contact *vnentry.Entry
	Save                 func()
}

// Form returns the open add/edit form, nil when none is open.
func (v *View) Form() *FormWidgets {
	if v.form == nil {
		return nil
	}
	return &FormWidgets{Name: v.form.name, Short: v.form.short, Contact: v.form.contact, Save: v.form.dlg.Submit}
}
