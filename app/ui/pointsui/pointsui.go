// Package pointsui is the editor of one body section of the report
// (achievements, limitations, tasks, recommendations): its heading and its
// list of points, which the user can add, edit in a multi-line editor,
// remove (with undo), reorder, and fill from the template's suggested
// phrases.
//
// Every change goes straight into the report.Section and is announced
// through the changed callback, so the window can mark the draft dirty.
package pointsui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// removed is a point taken out of the list, kept for undo.
type removed struct {
	index int
	point report.Point
}

// Editor edits one report.Section.
type Editor struct {
	textBar     *fyne.Container // the "Text" title and the tools beside it
	win         fyne.Window
	sec         *report.Section
	suggestions func() []string
	changed     func()
	status      func(string) // the window's status line

	selected  int // index of the point in the editor, -1 if none
	undo      []removed
	updating  bool // true while the editor fills its own fields
	obj       fyne.CanvasObject
	heading   *vnentry.Entry
	list      *widget.List
	ptHeading *vnentry.Entry
	ptText    *vnentry.Entry
	count     *widget.Label
	empty     *widget.Label
	editor    *fyne.Container

	// Buttons, exported to tests through the methods below.
	addBtn, removeBtn, undoBtn, upBtn, downBtn, suggestBtn *widget.Button
}

// New returns an editor for sec. suggestions returns the template's
// phrases for this section (it may be nil); changed is called after every
// change the user makes.
func New(win fyne.Window, sec *report.Section, suggestions func() []string, changed func()) *Editor {
	e := &Editor{win: win, sec: sec, suggestions: suggestions, changed: changed, selected: -1, status: func(string) {}}
	if e.changed == nil {
		e.changed = func() {}
	}
	e.build()
	e.SetSection(sec)
	return e
}

// OnStatus sets where the editor says what it did (a removal and how to
// take it back): the window's status line.
func (e *Editor) OnStatus(f func(msg string)) {
	if f != nil {
		e.status = f
	}
}

// Object returns the editor's widget tree.
func (e *Editor) Object() fyne.CanvasObject { return e.obj }

// SetSection shows another section (the window opened another draft).
// The undo list is cleared.
func (e *Editor) SetSection(sec *report.Section) {
	e.sec = sec
	e.undo = nil
	e.updating = true
	e.heading.SetText(sec.Heading)
	e.updating = false
	e.selected = -1
	e.list.UnselectAll()
	e.list.Refresh()
	if len(sec.Points) > 0 {
		e.Select(0)
	} else {
		e.showPoint()
	}
	e.updateButtons()
}

func (e *Editor) build() {
	e.heading = vnentry.New()
	e.heading.SetPlaceHolder(lang.L("Section heading"))
	e.heading.OnChanged = func(s string) {
		if e.updating {
			return
		}
		e.sec.Heading = s
		e.changed()
	}

	e.list = widget.NewList(
		func() int { return len(e.sec.Points) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(e.sec.Points) {
				o.(*widget.Label).SetText(e.itemTitle(id))
			}
		})
	e.list.OnSelected = func(id widget.ListItemID) {
		if id != e.selected {
			e.selected = id
			e.showPoint()
			e.updateButtons()
		}
	}

	e.ptHeading = vnentry.New()
	e.ptHeading.SetPlaceHolder(lang.L("Heading of the point (optional)"))
	e.ptHeading.OnChanged = func(s string) {
		if e.updating || e.selected < 0 {
			return
		}
		e.sec.Points[e.selected].Heading = s
		e.list.RefreshItem(e.selected)
		e.changed()
	}
	e.ptText = vnentry.NewMultiLine()
	e.ptText.SetPlaceHolder(lang.L("Write the point here; each line is a paragraph."))
	e.ptText.SetMinRowsVisible(8)
	e.ptText.OnChanged = func(s string) {
		if e.updating || e.selected < 0 {
			return
		}
		e.sec.Points[e.selected].Text = s
		e.list.RefreshItem(e.selected)
		e.changed()
	}

	e.addBtn = widget.NewButtonWithIcon(lang.L("Add a point"), theme.ContentAddIcon(), e.Add)
	e.addBtn.Importance = widget.HighImportance
	e.removeBtn = widget.NewButtonWithIcon(lang.L("Remove"), theme.DeleteIcon(), func() { e.Remove(e.selected) })
	e.undoBtn = widget.NewButtonWithIcon(lang.L("Undo"), theme.ContentUndoIcon(), e.UndoRemove)
	e.upBtn = widget.NewButtonWithIcon(lang.L("Up"), theme.MoveUpIcon(), e.MoveUp)
	e.downBtn = widget.NewButtonWithIcon(lang.L("Down"), theme.MoveDownIcon(), e.MoveDown)
	e.suggestBtn = widget.NewButtonWithIcon(lang.L("Suggested phrases…"), theme.ListIcon(), e.showSuggestions)

	e.count = widget.NewLabel("")
	e.empty = widget.NewLabel(lang.L("No point yet. Press “Add a point” or pick a suggested phrase."))
	e.empty.Wrapping = fyne.TextWrapWord

	// Border layouts with the top first: Tab follows the order of the
	// children, and container.NewBorder puts the centre first.
	e.textBar = container.NewHBox(widget.NewLabelWithStyle(lang.L("Text"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), layout.NewSpacer())
	formTop := container.NewVBox(widget.NewLabelWithStyle(lang.L("Heading"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), e.ptHeading,
		e.textBar)
	form := container.New(layout.NewBorderLayout(formTop, nil, nil, nil), formTop, e.ptText)
	e.editor = container.NewStack(form, container.NewPadded(e.empty))

	tools := container.NewHBox(e.addBtn, e.removeBtn, e.undoBtn, e.upBtn, e.downBtn, e.suggestBtn)
	left := container.NewBorder(e.count, nil, nil, nil, e.list)
	split := container.NewHSplit(left, e.editor)
	split.Offset = 0.32
	top := container.NewVBox(
		widget.NewForm(widget.NewFormItem(lang.L("Section heading"), e.heading)),
		container.NewHScroll(tools))
	e.obj = container.New(layout.NewBorderLayout(top, nil, nil, nil), top, split)
}

// AddTextTool puts o at the right of the point text's title (the
// window's "Chèn số liệu…").
func (e *Editor) AddTextTool(o fyne.CanvasObject) { e.textBar.Add(o) }

// itemTitle is what the list shows for point i.
func (e *Editor) itemTitle(i int) string {
	p := e.sec.Points[i]
	t := strings.TrimSpace(p.Heading)
	if t == "" {
		t = strings.TrimSpace(strings.SplitN(p.Text, "\n", 2)[0])
	}
	if t == "" {
		t = lang.L("(empty)")
	}
	return strconv.Itoa(i+1) + ". " + t
}

func (e *Editor) showPoint() {
	e.updating = true
	defer func() { e.updating = false }()
	if e.selected < 0 || e.selected >= len(e.sec.Points) {
		e.selected = -1
		e.ptHeading.SetText("")
		e.ptText.SetText("")
		e.editor.Objects[0].Hide()
		e.empty.Show()
		return
	}
	p := e.sec.Points[e.selected]
	e.ptHeading.SetText(p.Heading)
	e.ptText.SetText(p.Text)
	e.empty.Hide()
	e.editor.Objects[0].Show()
}

func (e *Editor) updateButtons() {
	n := len(e.sec.Points)
	setEnabled(e.removeBtn, e.selected >= 0)
	setEnabled(e.upBtn, e.selected > 0)
	setEnabled(e.downBtn, e.selected >= 0 && e.selected < n-1)
	setEnabled(e.undoBtn, len(e.undo) > 0)
	setEnabled(e.suggestBtn, e.suggestions != nil && len(e.suggestions()) > 0)
	e.count.SetText(lang.L("Points: {{.N}}", map[string]any{"N": n}))
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// Select shows point i in the editor.
func (e *Editor) Select(i int) {
	if i < 0 || i >= len(e.sec.Points) {
		return
	}
	e.selected = i
	e.list.Select(i)
	e.list.ScrollTo(i)
	e.showPoint()
	e.updateButtons()
}

// Selected returns the index of the point in the editor, or -1.
func (e *Editor) Selected() int { return e.selected }

// Add appends an empty point, selects it and puts the cursor in its text.
func (e *Editor) Add() {
	e.insert(len(e.sec.Points), report.Point{})
	e.focus(e.ptText)
}

func (e *Editor) insert(i int, p report.Point) {
	pts := e.sec.Points
	pts = append(pts, report.Point{})
	copy(pts[i+1:], pts[i:])
	pts[i] = p
	e.sec.Points = pts
	e.list.Refresh()
	e.Select(i)
	e.changed()
}

// Remove takes point i out of the list and says so in the status line;
// UndoRemove (the Undo button, or Ctrl+Z) puts it back. The keyboard
// goes to the Undo button, so that the next key does not type into the
// point that took its place.
func (e *Editor) Remove(i int) {
	if i < 0 || i >= len(e.sec.Points) {
		return
	}
	title := e.shortTitle(i)
	e.undo = append(e.undo, removed{i, e.sec.Points[i]})
	e.sec.Points = append(e.sec.Points[:i:i], e.sec.Points[i+1:]...)
	e.list.UnselectAll()
	e.selected = -1
	e.list.Refresh()
	if n := len(e.sec.Points); n > 0 {
		if i >= n {
			i = n - 1
		}
		e.Select(i)
	} else {
		e.showPoint()
	}
	e.updateButtons()
	e.changed()
	// The way back first: a long title is what the status line cuts.
	e.status(lang.L("Point {{.N}} removed; press “Undo” (Ctrl+Z) to bring it back: “{{.Title}}”.", map[string]any{"N": i + 1, "Title": title}))
	e.focus(e.undoBtn)
}

// UndoRemove puts back the point removed last, where it was, and puts the
// cursor in its text.
func (e *Editor) UndoRemove() {
	if len(e.undo) == 0 {
		return
	}
	u := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	if u.index > len(e.sec.Points) {
		u.index = len(e.sec.Points)
	}
	e.insert(u.index, u.point)
	e.status(lang.L("Point {{.N}} is back: “{{.Title}}”.", map[string]any{"Title": e.shortTitle(u.index), "N": u.index + 1}))
	e.focus(e.ptText)
}

// shortTitle names point i in a status message: its heading or the start
// of its text, cut at 48 letters.
func (e *Editor) shortTitle(i int) string {
	t := strings.TrimSpace(e.sec.Points[i].Heading)
	if t == "" {
		t = strings.TrimSpace(strings.SplitN(e.sec.Points[i].Text, "\n", 2)[0])
	}
	if t == "" {
		return lang.L("(empty)")
	}
	if r := []rune(t); len(r) > 48 {
		t = strings.TrimSpace(string(r[:47])) + "…"
	}
	return t
}

// MoveUp swaps the selected point with the one above it.
func (e *Editor) MoveUp() { e.move(-1) }

// MoveDown swaps the selected point with the one below it.
func (e *Editor) MoveDown() { e.move(+1) }

func (e *Editor) move(d int) {
	i, j := e.selected, e.selected+d
	if i < 0 || j < 0 || j >= len(e.sec.Points) {
		return
	}
	e.sec.Points[i], e.sec.Points[j] = e.sec.Points[j], e.sec.Points[i]
	e.list.Refresh()
	e.Select(j)
	e.changed()
}

// AddPhrase puts a suggested phrase into the report: as a new paragraph of
// the selected point, or as a new point when asNew is set or no point is
// selected.
func (e *Editor) AddPhrase(phrase string, asNew bool) {
	if asNew || e.selected < 0 {
		e.insert(len(e.sec.Points), report.Point{Text: phrase})
		return
	}
	p := &e.sec.Points[e.selected]
	if strings.TrimSpace(p.Text) == "" {
		p.Text = phrase
	} else {
		p.Text = strings.TrimRight(p.Text, "\n") + "\n" + phrase
	}
	e.showPoint()
	e.list.RefreshItem(e.selected)
	e.changed()
}

// Focus puts the keyboard focus on the field named by a validation path
// relative to the section: "heading", "points[2]", "points[2].text",
// "points[2].heading" or "" (the section). It reports whether it found it.
func (e *Editor) Focus(field string) bool {
	switch {
	case field == "heading":
		e.focus(e.heading)
		return true
	case strings.HasPrefix(field, "points["):
		rest := strings.TrimPrefix(field, "points[")
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return false
		}
		i, err := strconv.Atoi(rest[:end])
		if err != nil || i < 0 || i >= len(e.sec.Points) {
			return false
		}
		e.Select(i)
		if strings.HasSuffix(rest, ".heading") {
			e.focus(e.ptHeading)
		} else {
			e.focus(e.ptText)
		}
		return true
	case field == "":
		if len(e.sec.Points) == 0 {
			e.focus(e.addBtn)
		} else {
			e.Select(0)
			e.focus(e.ptText)
		}
		return true
	}
	return false
}

func (e *Editor) focus(o fyne.Focusable) {
	if e.win != nil {
		e.win.Canvas().Focus(o)
	}
}

// FirstFocus returns the first widget of the step, for the tab order.
func (e *Editor) FirstFocus() fyne.Focusable { return e.heading }

// showSuggestions opens a dialog listing the template's phrases, each with
// a button to add it to the selected point or as a new point.
func (e *Editor) showSuggestions() {
	if e.suggestions == nil || e.win == nil {
		return
	}
	phrases := e.suggestions()
	var d dialog.Dialog
	rows := container.NewVBox()
	for _, ph := range phrases {
		ph := ph
		l := widget.NewLabel(ph)
		l.Wrapping = fyne.TextWrapWord
		toPoint := widget.NewButton(lang.L("Add to this point"), func() { e.AddPhrase(ph, false); d.Hide() })
		if e.selected < 0 {
			toPoint.Disable()
		}
		asNew := widget.NewButton(lang.L("Add as a new point"), func() { e.AddPhrase(ph, true); d.Hide() })
		rows.Add(container.NewBorder(nil, nil, nil, container.NewVBox(toPoint, asNew), l))
		rows.Add(widget.NewSeparator())
	}
	scroll := container.NewVScroll(rows)
	scroll.SetMinSize(fyne.NewSize(640, 360))
	d = keys.NewCustom(lang.L("Suggested phrases"), lang.L("Close"), scroll, e.win)
	d.Show()
}

// String describes the editor's state, for tests and logs.
func (e *Editor) String() string {
	return fmt.Sprintf("pointsui.Editor{%d points, selected %d, %d to undo}", len(e.sec.Points), e.selected, len(e.undo))
}

// Widgets are the editor's controls, for tests that type and tap like a
// user, and for the window's tab order.
type Widgets struct {
	Heading                                  *vnentry.Entry // the section heading
	PointHeading, PointText                  *vnentry.Entry // the point being edited
	Add, Remove, Undo, Up, Down, Suggestions *widget.Button
	List                                     *widget.List
}

// Widgets returns the editor's controls.
func (e *Editor) Widgets() Widgets {
	return Widgets{Heading: e.heading, PointHeading: e.ptHeading, PointText: e.ptText,
		Add: e.addBtn, Remove: e.removeBtn, Undo: e.undoBtn, Up: e.upBtn, Down: e.downBtn,
		Suggestions: e.suggestBtn, List: e.list}
}
