// Package movementui is the wizard's step for the "Dân vận khéo"
// movement's own data (package movement): the register of models and
// exemplars (add, edit, delete with undo, search, sort, import from
// Excel), the list of fields, last year's tasks to answer, counts typed by
// hand for a body without a register, and the figures table with last
// year beside this year and a bar chart by field.
//
// The register stays fast with thousands of entries: widget.Table asks
// for the visible cells only, and search and sort work on indices into
// the report's own slice.
package movementui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/ui/tablekit"
	"baocao/app/ui/undo"
	"baocao/app/ui/vnentry"
)

// Options connect the step to the window.
type Options struct {
	// ChooseDraft asks for a draft file (last year's report) and calls cb
	// with its path, "" when the user cancelled. nil leaves out
	// "Lấy số liệu năm trước từ tệp…".
	ChooseDraft func(cb func(path string))
	// LoadDraft reads a draft file (draft.Load).
	LoadDraft func(path string) (*report.Report, error)
	// ChooseImport asks for a workbook of models to import; nil leaves out
	// "Nhập từ Excel…".
	ChooseImport func(cb func(path string))
	// ReadModels reads a workbook of models (the honoree import's engine)
	// for the report r; nil leaves out "Nhập từ Excel…".
	ReadModels func(path string, r *report.Report) (Imported, error)
}

// Tabs of the step, in order.
const (
	TabRegister = iota
	TabTyped
	TabChecklist
	TabFigures
)

// View is the movement step. Build it with New; its methods must be
// called on the UI goroutine.
type View struct {
	win     fyne.Window
	r       *report.Report
	changed func()
	opts    Options

	hist     history
	list     *list
	table    *tablekit.Table
	selected int // register index of the selected row, -1 for none
	selCol   int

	tabs      *container.AppTabs
	tabItems  [4]*container.TabItem
	search    *vnentry.Entry
	counts    *widget.Label
	status    *widget.Label
	empty     *widget.Label
	addBtn    *widget.Button
	editBtn   *widget.Button
	deleteBtn *widget.Button
	undoBtn   *widget.Button
	importBtn *widget.Button
	fieldsBtn *widget.Button

	typed     *typedTab
	checklist *checklistTab
	figures   *figuresTab

	importNotes []string    // what the last import left out or flagged (tests)
	form        *entryForm  // the open add/edit form, if any
	fields      *fieldsForm // the open list of fields, if any
	root        fyne.CanvasObject
}

// New builds the step for r; changed is called after every change the
// user makes (marks the draft dirty).
func New(win fyne.Window, r *report.Report, changed func(), opts Options) *View {
	if changed == nil {
		changed = func() {}
	}
	v := &View{win: win, changed: changed, opts: opts, selected: -1}
	v.build()
	v.SetReport(r)
	return v
}

// Object returns the step's widget tree.
func (v *View) Object() fyne.CanvasObject { return v.root }

// SetReport shows the movement of r (another draft was opened). The
// search is cleared and the undo history forgotten: undoing must never
// reach into another draft.
func (v *View) SetReport(r *report.Report) {
	if r == nil {
		r = &report.Report{}
	}
	v.r = r
	v.hist.Clear()
	if v.form != nil {
		v.form.dlg.Hide()
		v.form = nil
	}
	if v.fields != nil {
		v.fields.dlg.Hide()
		v.fields = nil
	}
	v.search.SetText("")
	v.list = newList(&r.Movement.Register)
	v.selected = -1
	v.table.UnselectAll()
	v.table.ScrollToTop()
	v.checklist.load()
	v.setStatus("")
	v.refresh()
}

func (v *View) build() {
	v.list = newList(new([]movement.Entry))
	v.table = v.newTable()

	v.search = vnentry.New()
	v.search.SetPlaceHolder(tr("movement.search.placeholder", "Tìm theo tên, đơn vị, lĩnh vực, giai đoạn… (gõ không dấu cũng được)"))
	v.search.OnChanged = v.searchChanged
	clearSearch := widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { v.search.SetText("") })
	clearSearch.Importance = widget.LowImportance
	v.search.ActionItem = clearSearch

	v.addBtn = widget.NewButtonWithIcon(tr("movement.action.add", "Thêm"), theme.ContentAddIcon(), func() { v.openForm(-1) })
	v.addBtn.Importance = widget.HighImportance
	v.editBtn = widget.NewButtonWithIcon(tr("movement.action.edit", "Sửa"), theme.DocumentCreateIcon(), v.editSelected)
	v.deleteBtn = widget.NewButtonWithIcon(tr("movement.action.delete", "Xóa"), theme.DeleteIcon(), v.deleteSelected)
	v.undoBtn = widget.NewButtonWithIcon(tr("movement.action.undo", "Hoàn tác"), theme.ContentUndoIcon(), v.Undo)
	v.importBtn = widget.NewButtonWithIcon(tr("movement.action.import", "Nhập từ Excel…"), theme.FolderOpenIcon(), v.chooseImport)
	if v.opts.ChooseImport == nil || v.opts.ReadModels == nil {
		v.importBtn.Hide()
	}
	v.fieldsBtn = widget.NewButtonWithIcon(tr("movement.action.fields", "Lĩnh vực…"), theme.ListIcon(), v.openFields)

	v.counts = widget.NewLabel("")
	v.counts.TextStyle.Bold = true
	v.counts.Alignment = fyne.TextAlignTrailing
	v.counts.Truncation = fyne.TextTruncateEllipsis
	v.status = widget.NewLabel("")
	v.status.Truncation = fyne.TextTruncateEllipsis
	v.empty = widget.NewLabel("")
	v.empty.Wrapping = fyne.TextWrapWord
	v.empty.Alignment = fyne.TextAlignCenter

	actions := container.NewHBox(v.addBtn, v.editBtn, v.deleteBtn, v.undoBtn, widget.NewSeparator(), v.importBtn, v.fieldsBtn)
	top := container.NewVBox(container.NewBorder(nil, nil, actions, nil, v.counts), v.search)
	tableArea := container.NewStack(v.table, container.NewCenter(container.NewGridWrap(fyne.NewSize(480, 110), v.empty)))
	register := container.NewBorder(top, v.status, nil, nil, tableArea)

	v.typed = newTypedTab(v)
	v.checklist = newChecklistTab(v)
	v.figures = newFiguresTab(v)
	v.tabItems[TabRegister] = container.NewTabItem("", register)
	v.tabItems[TabTyped] = container.NewTabItem("", v.typed.obj)
	v.tabItems[TabChecklist] = container.NewTabItem("", v.checklist.obj)
	v.tabItems[TabFigures] = container.NewTabItem("", v.figures.obj)
	v.tabs = container.NewAppTabs(v.tabItems[:]...)
	v.tabs.OnSelected = func(*container.TabItem) { v.tabShown() }
	v.root = v.tabs
}

// ShowTab switches to tab i (TabRegister…).
func (v *View) ShowTab(i int) {
	if v.tabs.SelectedIndex() != i {
		v.tabs.SelectIndex(i)
	}
}

// tabShown brings the tab just chosen up to date with the register.
func (v *View) tabShown() {
	switch v.tabs.SelectedIndex() {
	case TabTyped:
		v.typed.load()
	case TabFigures:
		v.figures.load()
	}
}

// searchChanged filters the register by s and shows it from the top.
func (v *View) searchChanged(s string) {
	v.list.setQuery(s)
	v.table.ScrollToTop()
	v.refresh()
}

// refresh redraws the register, the counts, the tabs and the buttons.
func (v *View) refresh() {
	if v.selected >= v.list.total() {
		v.selected = -1
	}
	switch {
	case v.list.total() == 0:
		v.empty.SetText(tr("movement.empty.register", "Sổ chưa có mô hình, điển hình nào. Bấm “Thêm” để ghi từng mô hình, hoặc “Nhập từ Excel…” để lấy cả danh sách. Đơn vị không lập sổ thì nhập thẳng các con số ở thẻ “Số liệu nhập tay”."))
		v.empty.Show()
	case v.list.len() == 0:
		v.empty.SetText(tr("movement.empty.nomatch", "Không có dòng nào khớp với nội dung tìm kiếm. Hãy gõ ít chữ hơn hoặc xóa ô tìm kiếm."))
		v.empty.Show()
	default:
		v.empty.Hide()
	}
	v.syncSelection()
	v.table.Refresh()
	v.refreshCounts()
	v.refreshButtons()
	v.tabShown()
}

// refreshCounts writes the counts in the toolbar and the tab titles.
func (v *View) refreshCounts() {
	models, exemplars, fromLast := 0, 0, 0
	for i := range *v.list.items {
		e := &(*v.list.items)[i]
		if e.Kind == movement.KindExemplar {
			exemplars++
		} else {
			models++
		}
		if e.FromLastYear {
			fromLast++
		}
	}
	text := trN("movement.count.models", "{{.Count}} mô hình", models) + ", " + trN("movement.count.exemplars", "{{.Count}} điển hình", exemplars)
	if fromLast > 0 {
		text += " " + trN("movement.count.fromLastYear", "({{.Count}} từ năm trước)", fromLast)
	}
	v.counts.SetText(text)
	reg := tr("movement.tab.register", "Sổ mô hình ({{.Total}})", map[string]any{"Total": v.list.total()})
	if v.list.filtered() {
		reg = tr("movement.tab.registerFiltered", "Sổ mô hình ({{.Shown}}/{{.Total}})", map[string]any{"Shown": v.list.len(), "Total": v.list.total()})
	}
	v.tabItems[TabRegister].Text = reg
	v.tabItems[TabTyped].Text = tr("movement.tab.typed", "Số liệu nhập tay ({{.Count}})", map[string]any{"Count": len(v.r.Movement.Typed)})
	_, _, _, open := movement.TallyChecklist(v.r.Movement.Checklist)
	v.tabItems[TabChecklist].Text = tr("movement.tab.checklistNone", "Nhiệm vụ năm trước")
	if n := len(v.r.Movement.Checklist); n > 0 {
		v.tabItems[TabChecklist].Text = tr("movement.tab.checklist", "Nhiệm vụ năm trước ({{.Open}}/{{.Total}} chưa đánh giá)", map[string]any{"Open": open, "Total": n})
	}
	v.tabItems[TabFigures].Text = tr("movement.tab.figures", "Biểu thống kê")
	v.tabs.Refresh()
}

func (v *View) refreshButtons() {
	if v.selected >= 0 {
		v.editBtn.Enable()
		v.deleteBtn.Enable()
	} else {
		v.editBtn.Disable()
		v.deleteBtn.Disable()
	}
	if v.hist.CanUndo() {
		v.undoBtn.Enable()
	} else {
		v.undoBtn.Disable()
	}
}

// setStatus shows s under the register; "" shows how to use it.
func (v *View) setStatus(s string) {
	if s == "" {
		s = tr("movement.status.hint", "Bấm vào một dòng rồi chọn “Sửa” hoặc “Xóa”; bấm đúp để sửa ngay. Bấm tiêu đề cột để sắp xếp.")
	}
	v.status.SetText(s)
}

// apply records a change to the register, redraws and tells the shell.
func (v *View) apply(e edit) {
	v.hist.Push(e)
	v.list.changed()
	v.refresh()
	v.setStatus(e.what)
	v.changed()
}

// Undo takes back the newest change to the register (add, edit, delete,
// import, the list of fields).
func (v *View) Undo() {
	e, ok := v.hist.Pop()
	if !ok {
		return
	}
	e.undo()
	v.list.changed()
	v.selected = e.focus
	v.ShowTab(e.tab)
	v.refresh()
	if r := v.list.rowOf(e.focus); r >= 0 {
		v.table.ScrollTo(widget.TableCellID{Row: r})
	}
	v.setStatus(e.undone)
	v.changed()
}

func (v *View) editSelected() {
	if v.selected >= 0 {
		v.openForm(v.selected)
	}
}

// deleteSelected deletes the selected entry at once; Undo brings it back.
func (v *View) deleteSelected() {
	i := v.selected
	items := &v.r.Movement.Register
	if i < 0 || i >= len(*items) {
		return
	}
	row := v.list.rowOf(i)
	name := (*items)[i].Name
	undo := undo.RemoveAt(items, i)
	v.selected = -1
	v.apply(edit{undo: undo, focus: i,
		what:   tr("movement.status.deleted", "Đã xóa “{{.Name}}”. Bấm “Hoàn tác” nếu xóa nhầm.", map[string]any{"Name": name}),
		undone: tr("movement.undone.deleted", "Đã khôi phục “{{.Name}}” vào dòng {{.Row}}.", map[string]any{"Name": name, "Row": i + 1})})
	// Select the row that took its place, to delete several in a row.
	if next := v.list.at(min(row, v.list.len()-1)); row >= 0 && next >= 0 {
		v.selected = next
		v.syncSelection()
		v.refreshButtons()
	}
}

// Focus shows the part of the step a validation field points at
// ("movement.register[3].stage" selects row 4 of the register).
func (v *View) Focus(field string) bool {
	switch {
	case hasPrefix(field, movement.FieldRegister):
		v.ShowTab(TabRegister)
		if i, ok := indexIn(field, movement.FieldRegister); ok && i < v.list.total() {
			if v.list.rowOf(i) < 0 {
				v.search.SetText("")
			}
			v.selected = i
			v.syncSelection()
			v.refreshButtons()
		}
		v.win.Canvas().Focus(v.table)
	case hasPrefix(field, movement.FieldFields):
		v.ShowTab(TabRegister)
	case hasPrefix(field, movement.FieldTyped):
		v.ShowTab(TabTyped)
		v.typed.focus(field)
	case hasPrefix(field, movement.FieldChecklist):
		v.ShowTab(TabChecklist)
		if i, ok := indexIn(field, movement.FieldChecklist); ok {
			v.checklist.focus(i)
		}
	default:
		v.ShowTab(TabFigures)
	}
	return true
}
