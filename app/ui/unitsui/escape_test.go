package unitsui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baocao/app/sample"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// TestFormsPassEscape: in the unit form, the import form and the paste
// dialog, every focusable Tab reaches passes Escape on (to the window,
// which closes the dialog): the fields and the dialog's own buttons, which
// Fyne's form and confirm dialogs made as buttons that keep Escape.
func TestFormsPassEscape(t *testing.T) {
	for _, tc := range []struct {
		name string
		open func(h *harness)
		want int // focusables: fields, Cancel, Save
	}{
		{"unit form", func(h *harness) {
			h.v.openForm(-1)
			h.v.form.name.SetText("Phòng Văn hóa và Thông tin") // Save is enabled
		}, 5},
		{"import form", func(h *harness) {
			h.v.opts.ChooseImport = func(cb func(string)) { cb("don-vi.xlsx") }
			h.v.chooseImport()
		}, 4},
		{"paste dialog", func(h *harness) { h.v.openPaste() }, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, sample.Report())
			passed := 0
			keysEscape, entryEscape := keys.OnEscape, vnentry.OnEscape
			keys.OnEscape = func(fyne.Canvas) { passed++ }
			vnentry.OnEscape = func(*vnentry.Entry) { passed++ }
			t.Cleanup(func() { keys.OnEscape, vnentry.OnEscape = keysEscape, entryEscape })

			tc.open(h)
			c := h.win.Canvas()
			c.Unfocus()
			c.FocusNext()
			first, n := c.Focused(), 0
			for foc := first; n == 0 || foc != first; foc = c.Focused() {
				if n++; n > 20 {
					t.Fatal("Tab never came back to the first field")
				}
				before := passed
				foc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
				if passed != before+1 {
					t.Errorf("Escape with the focus on %T (Tab %d) was kept by it", foc, n)
				}
				c.FocusNext()
			}
			if n < tc.want {
				t.Errorf("only %d focusables took the focus, want %d", n, tc.want)
			}
		})
	}
}

// asButton finds a dialog's button, Fyne's or the program's (keys.Button,
// which passes Escape on).
func asButton(o fyne.CanvasObject) (*widget.Button, bool) {
	switch b := o.(type) {
	case *widget.Button:
		return b, true
	case *keys.Button:
		return &b.Button, true
	}
	return nil, false
}
