package movementui

import (
	"testing"

	"fyne.io/fyne/v2"

	"baocao/app/sample"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// TestFormFieldsPassEscape: in the register's add form, every focusable
// Tab reaches passes Escape on (to the window, which closes the form):
// the fields, the menus, the check and the form's own Save and Cancel.
// Fyne's radio items, menus, checks and buttons keep Escape.
func TestFormFieldsPassEscape(t *testing.T) {
	h := newHarness(t, sample.Report())
	passed := 0
	keysEscape, entryEscape := keys.OnEscape, vnentry.OnEscape
	keys.OnEscape = func(fyne.Canvas) { passed++ }
	vnentry.OnEscape = func(*vnentry.Entry) { passed++ }
	t.Cleanup(func() { keys.OnEscape, vnentry.OnEscape = keysEscape, entryEscape })

	h.v.openForm(-1)
	h.v.form.name.SetText("Mô hình “Thư viện thân thiện”") // Save is enabled, so Tab reaches it
	c := h.w.Canvas()
	c.Unfocus()
	c.FocusNext()
	first, n := c.Focused(), 0
	for foc := first; n == 0 || foc != first; foc = c.Focused() {
		if n++; n > 40 {
			t.Fatal("Tab never came back to the first field")
		}
		before := passed
		foc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if passed != before+1 {
			t.Errorf("Escape with the focus on %T (Tab %d) was kept by it", foc, n)
		}
		c.FocusNext()
	}
	// name, unit, kind, field, stage, level, year, results, links, the
	// check, Cancel, Save
	if n < 12 {
		t.Errorf("only %d focusables took the focus", n)
	}
}

// TestFieldsDialogPassesEscape: the same in the list of fields: every
// field row, "Thêm lĩnh vực", Hủy and Lưu pass Escape on.
func TestFieldsDialogPassesEscape(t *testing.T) {
	h := newHarness(t, sample.Report())
	passed := 0
	keysEscape, entryEscape := keys.OnEscape, vnentry.OnEscape
	keys.OnEscape = func(fyne.Canvas) { passed++ }
	vnentry.OnEscape = func(*vnentry.Entry) { passed++ }
	t.Cleanup(func() { keys.OnEscape, vnentry.OnEscape = keysEscape, entryEscape })

	h.v.openFields()
	c := h.w.Canvas()
	c.Unfocus()
	c.FocusNext()
	first, n := c.Focused(), 0
	for foc := first; n == 0 || foc != first; foc = c.Focused() {
		if n++; n > 40 {
			t.Fatal("Tab never came back to the first field")
		}
		before := passed
		foc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if passed != before+1 {
			t.Errorf("Escape with the focus on %T (Tab %d) was kept by it", foc, n)
		}
		c.FocusNext()
	}
	if want := len(h.v.fields.entries) + 3; n < want {
		t.Errorf("only %d focusables took the focus, want %d", n, want)
	}
}
