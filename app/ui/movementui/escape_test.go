package movementui

import (
	"testing"

	"baocao/app/sample"
	"baocao/app/ui/keys/keystest"
)

// TestFormFieldsPassEscape: in the register's add form, every focusable
// Tab reaches passes Escape on (to the window, which closes the form):
// the fields, the menus, the check and the form's own Save and Cancel.
// Fyne's radio items, menus, checks and buttons keep Escape.
func TestFormFieldsPassEscape(t *testing.T) {
	h := newHarness(t, sample.Report())
	h.v.openForm(-1)
	h.v.form.name.SetText("Mô hình “Thư viện thân thiện”") // Save is enabled, so Tab reaches it
	n := keystest.TabsPassEscape(t, h.w.Canvas(), 40)
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
	h.v.openFields()
	n := keystest.TabsPassEscape(t, h.w.Canvas(), 40)
	if want := len(h.v.fields.entries) + 3; n < want {
		t.Errorf("only %d focusables took the focus, want %d", n, want)
	}
}
