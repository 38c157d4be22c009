package docsui

import (
	"image/color"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/vnentry"
)

// formShare is the part of a tab's width the form takes; the preview
// has the rest, enough to read a page.
const formShare = 0.56

// listHeight is the height of the decision's list of honorees: about
// seven rows, scrolled on their own, under the fields.
const listHeight = 260

// wheel is the scroll of one tab's form, for the fields laid over by a
// wheelPass.
type wheel struct{ to *container.Scroll }

// wheelPass lies over a text field and hands the mouse wheel to the
// form's scroll: Fyne gives the wheel to the innermost scrollable object,
// which over a text field is the field's own scroller (it moved the
// text sideways while the form stood still). Taps, the pointer and the
// keys still reach the field, which is all the pass lets through.
type wheelPass struct {
	widget.BaseWidget
	w *wheel
}

func newWheelPass(w *wheel) *wheelPass {
	p := &wheelPass{w: w}
	p.ExtendBaseWidget(p)
	return p
}

// Scrolled scrolls the form.
func (p *wheelPass) Scrolled(ev *fyne.ScrollEvent) {
	if p.w.to != nil {
		p.w.to.Scrolled(ev)
	}
}

func (p *wheelPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// field is e with the wheel passing over it to the form's scroll.
func (w *wheel) field(e fyne.CanvasObject) fyne.CanvasObject {
	return container.NewStack(e, newWheelPass(w))
}

// scroll is the tab's form in one vertical scroll, the one the fields
// pass the wheel to.
func (w *wheel) scroll(content fyne.CanvasObject) *container.Scroll {
	w.to = container.NewVScroll(content)
	return w.to
}

// longEntry is a field for a long value (the authority, the addressee):
// it wraps over two rows, more as the text grows, so that a line such as
// "BAN THƯỜNG VỤ ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO" shows whole. A line
// break typed in it is stored as a space (textnorm.Line).
func longEntry(text, placeholder string, changed func(string)) *vnentry.Entry {
	e := vnentry.NewMultiLine()
	e.SetText(text)
	e.SetPlaceHolder(placeholder)
	fit := grower(e, longRow, 2, 4)
	e.OnChanged = func(s string) {
		fit()
		changed(s)
	}
	return e
}

// About how many letters a row of a field holds at the narrowest window
// (1024 wide): a field of the form's right column, and one across it.
const (
	longRow = 32 // capitals (an authority) are wide
	wideRow = 60
)

// grower sizes e now and returns what sizes it again after an edit: e
// shows its text whole without scrolling on its own, from least to most
// rows (the form scrolls instead; past most, the field does).
func grower(e *vnentry.Entry, perRow, least, most int) func() {
	rows := 0
	fit := func() {
		text := e.Text
		if text == "" {
			text = e.PlaceHolder
		}
		if n := rowsFor(text, perRow, least, most); n != rows {
			rows = n
			e.SetMinRowsVisible(n)
		}
	}
	fit()
	return fit
}

// rowsFor is how many rows of perRow letters s takes, wrapped, with a
// row to spare for the next line when s has several, kept in
// [least, most].
func rowsFor(s string, perRow, least, most int) int {
	lines := strings.Split(s, "\n")
	n := 0
	for _, l := range lines {
		n += max(1, (utf8.RuneCountInString(l)+perRow-1)/perRow)
	}
	if len(lines) > 1 {
		n++
	}
	return min(max(n, least), most)
}

// heading is a section's bold title.
func heading(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
