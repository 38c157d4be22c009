package unitsui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baocao/app/sample"
	"baocao/app/ui/keys"
	"baocao/app/ui/keys/keystest"
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
			tc.open(h)
			n := keystest.TabsPassEscape(t, h.win.Canvas(), 20)
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
