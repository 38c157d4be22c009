package movementui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/textnorm"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// Inserter is the "Chèn số liệu" button of a text field: it lists the
// movement's figures (movement.Placeholders) with what each stands for and
// its value now, and puts the chosen one, {{name}}, at the field's cursor,
// so that the text prints the table's number and never disagrees with it.
type Inserter struct {
	Button *widget.Button
	win    fyne.Window
	target func() *vnentry.Entry
	report func() *report.Report

	// the open list (tests)
	dlg    dialog.Dialog
	search *widget.Entry
	list   *widget.List
	shown  []movement.Placeholder
}

// NewInserter makes the button for the field target returns (the field
// may change, as the points editor shows one point at a time); r returns
// the report whose figures are listed.
func NewInserter(win fyne.Window, target func() *vnentry.Entry, r func() *report.Report) *Inserter {
	in := &Inserter{win: win, target: target, report: r}
	in.Button = widget.NewButtonWithIcon(tr("movement.insert.button", "Chèn số liệu…"), theme.ContentAddIcon(), in.open)
	return in
}

// open shows the list of figures.
func (in *Inserter) open() {
	r := in.report()
	if r == nil || in.target() == nil {
		return
	}
	all := movement.Placeholders(r.Movement.FieldList())
	values := r.FigureValues()
	in.shown = all
	in.search = widget.NewEntry()
	in.search.SetPlaceHolder(tr("movement.insert.search", "Tìm số liệu: “công nhận”, “kinh tế”, “năm trước”…"))
	in.list = widget.NewList(
		func() int { return len(in.shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			p := in.shown[id]
			o.(*widget.Label).SetText(tr("movement.insert.item", "{{.What}} = {{.Value}}", map[string]any{"What": p.Description, "Value": values[p.Name]}))
		})
	in.search.OnChanged = func(s string) {
		words := strings.Fields(textnorm.Key(s))
		in.shown = in.shown[:0:0]
		for _, p := range all {
			if containsAll("\n"+textnorm.Key(p.Description+" "+p.Name), words) {
				in.shown = append(in.shown, p)
			}
		}
		in.list.UnselectAll()
		in.list.Refresh()
	}
	in.list.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(in.shown) {
			in.insert(in.shown[id].Name)
		}
	}
	hint := widget.NewLabel(tr("movement.insert.hint", "Bấm một số liệu để chèn vào chỗ con trỏ. Văn bản giữ tên số liệu trong ngoặc {{.Braces}} và khi in sẽ thay bằng số của biểu thống kê, nên lời văn luôn khớp với bảng.", map[string]any{"Braces": "{{ }}"}))
	hint.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(container.NewVBox(hint, in.search), nil, nil, nil, in.list)
	d := keys.NewCustom(tr("movement.insert.title", "Chèn số liệu"), tr("movement.insert.close", "Đóng"), content, in.win)
	d.Resize(fyne.NewSize(760, 560))
	in.dlg = d
	d.Show()
	in.win.Canvas().Focus(in.search)
}

// Insert puts the placeholder name, as {{name}}, at the field's cursor,
// as a paste would, and closes the list if it is open.
func (in *Inserter) Insert(name string) { in.insert(name) }

// insert puts {{name}} at the field's cursor, as a paste would, and
// closes the list.
func (in *Inserter) insert(name string) {
	e := in.target()
	if in.dlg != nil {
		in.dlg.Hide()
		in.dlg = nil
	}
	if e == nil {
		return
	}
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: textClipboard("{{" + name + "}}")})
	in.win.Canvas().Focus(e)
}

// textClipboard hands a text to the entry's paste without touching the
// user's clipboard.
type textClipboard string

func (c textClipboard) Content() string   { return string(c) }
func (c textClipboard) SetContent(string) {}
