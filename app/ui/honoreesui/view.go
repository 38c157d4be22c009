// Package honoreesui is the honorees step of the wizard: the tables of
// collectives and individuals commended in the report, with adding,
// editing, deleting (with undo), search, sorting, import from Excel with a
// preview and export of the list alone.
//
// The tables stay fast with tens of thousands of rows: widget.Table asks
// for the visible cells only, and the search and sort work on indices into
// the report's own slices.
package honoreesui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/ui/savefile"
	"baocao/app/ui/undo"
	"baocao/app/ui/vnentry"
)

// View is the honorees step. Build it with New; all its methods must be
// called on the UI goroutine.
type View struct {
	win     fyne.Window
	r       *report.Report
	changed func()

	panes [2]*pane // by Kind
	hist  history

	search    *vnentry.Entry
	tabs      *container.AppTabs
	tabItems  [2]*container.TabItem
	counts    *widget.Label
	status    *widget.Label
	addBtn    *widget.Button
	editBtn   *widget.Button
	deleteBtn *widget.Button
	undoBtn   *widget.Button
	importBtn *widget.Button
	moreBtn   *widget.Button // "…": the overflow menu of the less used actions
	more      *fyne.Menu
	morePopUp *widget.PopUpMenu // the overflow menu while it is open
	exportItm *fyne.MenuItem
	orderItm  *fyne.MenuItem
	orderBtn  *widget.Button // puts the report in the order shown
	pairBtn   *widget.Button // confirms that the selected row and its namesake are two people
	root      fyne.CanvasObject

	form *honoreeForm  // the open add/edit form, if any
	imp  *importDialog // the open import preview, if any
	gen  int           // counts SetReport calls, so that late results of another draft are dropped

	spreadShown bool // the status line says the search left rows out

	// test hooks: called on the UI goroutine when a background read or
	// write has been shown.
	afterRead     func()
	afterWrite    func(error)
	lastOverwrite *savefile.Question
}

// New builds the honorees step for r; changed is called after every change
// the user makes (marks the draft dirty).
func New(win fyne.Window, r *report.Report, changed func()) *View {
	if changed == nil {
		changed = func() {}
	}
	v := &View{win: win, changed: changed}
	v.build()
	v.SetReport(r)
	return v
}

// Object returns the widget tree of the step, to be placed in the window.
func (v *View) Object() fyne.CanvasObject { return v.root }

// SetReport shows the honorees of r (the shell opened another draft). The
// search is cleared and the undo history forgotten: undoing must never
// reach into another draft.
func (v *View) SetReport(r *report.Report) {
	if r == nil {
		r = &report.Report{}
	}
	v.r = r
	v.gen++
	v.hist.Clear()
	if v.imp != nil { // a preview made for the other draft
		v.imp.dlg.Hide()
		v.imp = nil
	}
	if v.form != nil {
		v.form.dlg.Hide()
		v.form = nil
	}
	v.search.SetText("") // before the lists exist again, so no stale filter
	v.panes[Individuals].setItems(&r.Honorees.Individuals, v.gen > 1)
	v.panes[Collectives].setItems(&r.Honorees.Collectives, v.gen > 1)
	v.setStatus("")
	v.refresh()
}

func (v *View) build() {
	v.panes[Individuals] = newPane(v, Individuals)
	v.panes[Collectives] = newPane(v, Collectives)

	v.search = vnentry.New()
	v.search.SetPlaceHolder(tr("honorees.search.placeholder", "Tìm theo tên, chức vụ, đơn vị, thành tích… (gõ không dấu cũng được)"))
	v.search.OnChanged = v.searchChanged
	clearSearch := widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { v.search.SetText("") })
	clearSearch.Importance = widget.LowImportance
	v.search.ActionItem = clearSearch

	v.addBtn = widget.NewButtonWithIcon(tr("honorees.action.add", "Thêm"), theme.ContentAddIcon(), func() { v.openForm(v.kind(), -1) })
	v.addBtn.Importance = widget.HighImportance
	v.editBtn = widget.NewButtonWithIcon(tr("honorees.action.edit", "Sửa"), theme.DocumentCreateIcon(), v.editSelected)
	v.deleteBtn = widget.NewButtonWithIcon(tr("honorees.action.delete", "Xóa"), theme.DeleteIcon(), v.deleteSelected)
	v.undoBtn = widget.NewButtonWithIcon(tr("honorees.action.undo", "Hoàn tác"), theme.ContentUndoIcon(), v.Undo)
	v.importBtn = widget.NewButtonWithIcon(tr("honorees.action.import", "Nhập từ Excel…"), theme.FolderOpenIcon(), v.chooseImport)
	v.exportItm = fyne.NewMenuItem(tr("honorees.action.export", "Xuất danh sách ra Excel…"), v.chooseExport)
	v.exportItm.Icon = theme.DocumentSaveIcon()
	v.orderItm = fyne.NewMenuItem(tr("honorees.action.applyOrder", "Xếp danh sách trong báo cáo theo thứ tự này"), v.applyOrder)
	v.orderItm.Icon = theme.ConfirmIcon()
	v.more = fyne.NewMenu("", v.exportItm, v.orderItm)
	v.moreBtn = widget.NewButtonWithIcon("", theme.MoreHorizontalIcon(), v.showMore)

	v.tabItems[Individuals] = container.NewTabItem("", v.panes[Individuals].obj)
	v.tabItems[Collectives] = container.NewTabItem("", v.panes[Collectives].obj)
	v.tabs = container.NewAppTabs(v.tabItems[Individuals], v.tabItems[Collectives])
	v.tabs.OnSelected = func(*container.TabItem) { v.refreshButtons() }

	v.counts = widget.NewLabel("")
	v.counts.TextStyle.Bold = true
	v.status = widget.NewLabel("")
	v.status.Truncation = fyne.TextTruncateEllipsis
	v.counts.Alignment = fyne.TextAlignTrailing
	v.counts.Truncation = fyne.TextTruncateEllipsis // the tabs show the counts too

	// The toolbar fits in the window's smallest size (see toolbar_test):
	// the everyday actions are buttons, the rest are in the "…" menu.
	actions := container.NewHBox(v.addBtn, v.editBtn, v.deleteBtn, v.undoBtn, widget.NewSeparator(), v.importBtn, v.moreBtn)
	top := container.NewVBox(
		container.NewBorder(nil, nil, actions, nil, v.counts),
		v.search,
	)
	v.orderBtn = widget.NewButtonWithIcon(tr("honorees.action.applyOrder", "Xếp danh sách trong báo cáo theo thứ tự này"), theme.ConfirmIcon(), v.applyOrder)
	v.orderBtn.Hide()
	v.pairBtn = widget.NewButtonWithIcon(tr("honorees.action.confirmNamesakes", "Xác nhận là hai người khác nhau"), theme.ConfirmIcon(), v.confirmNamesakes)
	v.pairBtn.Importance = widget.WarningImportance
	v.pairBtn.Hide()
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(v.pairBtn, v.orderBtn), v.status)
	v.root = container.NewBorder(top, bottom, nil, nil, v.tabs)
}

// searchChanged filters both tables by the search text s and shows each
// from its first row: a short result further down a scrolled table would
// read as "nothing found".
func (v *View) searchChanged(s string) {
	spread := 0
	for _, p := range v.panes {
		if p.list != nil {
			p.list.setQuery(s)
			p.table.ScrollToTop()
			spread += p.list.spread
		}
	}
	v.refresh()
	switch {
	case spread > 0:
		v.setStatus(trN("honorees.status.spread", "Chỉ hiện các dòng có đủ các từ trong cùng một cột; {{.Count}} dòng khác có các từ này rải ở nhiều cột.", spread))
		v.spreadShown = true
	case v.spreadShown: // the note no longer holds; other messages stay
		v.setStatus("")
	}
}

// showMore opens the "…" menu under its button.
func (v *View) showMore() {
	v.refreshButtons()
	c := v.win.Canvas()
	v.morePopUp = widget.NewPopUpMenu(v.more, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.moreBtn)
	v.morePopUp.ShowAtPosition(pos.Add(fyne.NewPos(0, v.moreBtn.Size().Height)))
}

// selectedPair returns the unconfirmed pair of rows with one name and
// unit that the selected row belongs to.
func (v *View) selectedPair() (report.HonoreePair, bool) {
	p := v.panes[v.kind()]
	if p.selected < 0 || p.selected >= p.list.total() {
		return report.HonoreePair{}, false
	}
	return p.list.pairOf(p.selected)
}

// showPair tells, when the selected row shares its name and unit with
// another, what the two rows are and what to do.
func (v *View) showPair() {
	pair, ok := v.selectedPair()
	if !ok {
		return
	}
	items := *v.panes[v.kind()].list.items
	rows := tr("honorees.pair.rows", "Dòng {{.First}} và dòng {{.Second}}", map[string]any{"First": pair.First + 1, "Second": pair.Second + 1})
	v.setStatus(report.PairNote(items[pair.First], items[pair.Second], rows) + ". " +
		tr("honorees.pair.what", "Nếu đúng là hai người, bấm “{{.Confirm}}”; nếu là một người, hãy xóa một dòng.", map[string]any{"Confirm": v.pairBtn.Text}))
}

// confirmNamesakes records that the selected row and the row sharing its
// name and unit are two people (report.Honoree.Namesake): the warning
// goes away, here and in the review step. Undo takes it back.
func (v *View) confirmNamesakes() {
	pair, ok := v.selectedPair()
	if !ok {
		return
	}
	k := v.kind()
	p := v.panes[k]
	items := p.list.items
	a, b := (*items)[pair.First].Namesake, (*items)[pair.Second].Namesake
	report.ConfirmNamesakes(*items, pair.First, pair.Second)
	data := map[string]any{"First": pair.First + 1, "Second": pair.Second + 1, "Name": (*items)[pair.Second].Name}
	v.apply(edit{kind: k, focus: p.selected,
		undo: func() {
			(*items)[pair.First].Namesake = a
			(*items)[pair.Second].Namesake = b
		},
		what:   tr("honorees.status.namesakes", "Đã ghi nhận dòng {{.First}} và dòng {{.Second}} ({{.Name}}) là hai người khác nhau.", data),
		undone: tr("honorees.undone.namesakes", "Đã bỏ xác nhận dòng {{.First}} và dòng {{.Second}} là hai người khác nhau.", data)})
}

// kind returns the table the user is looking at.
func (v *View) kind() Kind {
	if v.tabs.SelectedIndex() == int(Collectives) {
		return Collectives
	}
	return Individuals
}

// showKind switches to the tab of kind k.
func (v *View) showKind(k Kind) {
	if v.kind() != k {
		v.tabs.SelectIndex(int(k))
	}
}

// refresh redraws the tables, counts and buttons after a change.
func (v *View) refresh() {
	for _, p := range v.panes {
		p.refresh()
	}
	ind, col := v.panes[Individuals].list, v.panes[Collectives].list
	v.counts.SetText(trN("honorees.count.individuals", "{{.Count}} cá nhân", ind.total()) + ", " +
		trN("honorees.count.collectives", "{{.Count}} tập thể", col.total()))
	v.tabItems[Individuals].Text = tabTitle(tr("honorees.tab.individuals", "Cá nhân"), ind)
	v.tabItems[Collectives].Text = tabTitle(tr("honorees.tab.collectives", "Tập thể"), col)
	v.tabs.Refresh()
	v.refreshButtons()
}

func tabTitle(name string, l *list) string {
	if l.filtered() {
		return tr("honorees.tab.filtered", "{{.Name}} ({{.Shown}}/{{.Total}})", map[string]any{"Name": name, "Shown": l.len(), "Total": l.total()})
	}
	return tr("honorees.tab.count", "{{.Name}} ({{.Total}})", map[string]any{"Name": name, "Total": l.total()})
}

func (v *View) refreshButtons() {
	if v.panes[v.kind()].selected >= 0 {
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
	if l := v.panes[v.kind()].list; l.sortCol != colSTT && !l.filtered() && l.total() > 1 {
		v.orderBtn.Show()
		v.orderItm.Disabled = false
	} else {
		v.orderBtn.Hide()
		v.orderItm.Disabled = true
	}
	if _, ok := v.selectedPair(); ok {
		v.pairBtn.Show()
	} else {
		v.pairBtn.Hide()
	}
	v.exportItm.Disabled = len(v.r.Honorees.Individuals)+len(v.r.Honorees.Collectives) == 0
	v.more.Refresh()
}

// setStatus shows s under the table; "" shows how to use the table.
func (v *View) setStatus(s string) {
	v.spreadShown = false
	if s == "" {
		s = tr("honorees.status.hint", "Bấm vào một dòng rồi chọn “Sửa” hoặc “Xóa”; bấm đúp vào dòng để sửa ngay. Bấm tiêu đề cột để sắp xếp.")
	}
	v.status.SetText(s)
}

// apply records a change the user made, redraws and tells the shell.
func (v *View) apply(e edit) {
	v.hist.Push(e)
	v.listsChanged(e)
	v.refresh()
	v.setStatus(e.what)
	v.changed()
}

func (v *View) listsChanged(e edit) {
	v.panes[e.kind].list.changed()
	if e.both {
		v.panes[1-e.kind].list.changed()
	}
}

// Undo takes back the newest change (add, edit, delete or import).
func (v *View) Undo() {
	e, ok := v.hist.Pop()
	if !ok {
		return
	}
	e.undo()
	v.listsChanged(e)
	p := v.panes[e.kind]
	p.selected = e.focus
	v.showKind(e.kind)
	v.refresh()
	switch {
	case e.focus >= 0:
		p.scrollTo(e.focus)
	case e.both: // an import taken back: the rows below are gone
		for _, q := range v.panes {
			q.table.ScrollToTop()
		}
	}
	v.setStatus(e.undone)
	v.changed()
}

// applyOrder reorders the report's list as the table shows it sorted, so
// that the printed table and its STT follow that order. Undo puts the old
// order back.
func (v *View) applyOrder() {
	k := v.kind()
	p := v.panes[k]
	l := p.list
	if l.sortCol == colSTT || l.filtered() || len(l.rows) != l.total() {
		return
	}
	items := l.items
	old := slices.Clone(*items)
	pos := make([]int, len(old)) // new place of each old index
	for j, i := range l.rows {
		(*items)[j] = old[i]
		pos[i] = j
	}
	column := p.title(l.sortCol)
	l.sortCol, l.desc = colSTT, false
	if p.selected >= 0 {
		p.selected = pos[p.selected]
	}
	v.apply(edit{kind: k, focus: -1,
		undo:   func() { *items = append((*items)[:0], old...) },
		what:   tr("honorees.status.ordered", "Đã xếp lại danh sách trong báo cáo theo “{{.Column}}”; số thứ tự (STT) đã đổi theo.", map[string]any{"Column": column}),
		undone: tr("honorees.undone.ordered", "Đã trả danh sách về thứ tự cũ.")})
}

func (v *View) editSelected() {
	k := v.kind()
	if i := v.panes[k].selected; i >= 0 {
		v.openForm(k, i)
	}
}

// deleteSelected deletes the selected row at once; Undo brings it back.
func (v *View) deleteSelected() {
	k := v.kind()
	p := v.panes[k]
	i := p.selected
	if i < 0 || i >= len(*p.list.items) {
		return
	}
	row := p.list.rowOf(i)
	name := (*p.list.items)[i].Name
	undo := undo.RemoveAt(p.list.items, i)
	p.selected = -1
	v.apply(edit{kind: k, undo: undo, focus: i,
		what:   tr("honorees.status.deleted", "Đã xóa “{{.Name}}”. Bấm “Hoàn tác” nếu xóa nhầm.", map[string]any{"Name": name}),
		undone: tr("honorees.undone.deleted", "Đã khôi phục “{{.Name}}” vào dòng {{.Row}}.", map[string]any{"Name": name, "Row": i + 1})})
	// Select the row that took its place, so that several rows can be
	// deleted one after another.
	if next := p.list.at(min(row, p.list.len()-1)); row >= 0 && next >= 0 {
		p.selected = next
		p.syncSelection()
		v.refreshButtons()
	}
}
