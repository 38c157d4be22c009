package honoreesui

import (
	"testing"

	"baocao/app/sample"
	"baocao/app/ui/keys/keystest"
)

// TestFormFieldsPassEscape: in the add form, every focusable Tab reaches
// passes Escape on (to the window, which closes the form), whichever has
// the focus: the fields, the gender and the form's own Save and Cancel.
// Fyne's own widgets keep Escape; the form's are the program's.
func TestFormFieldsPassEscape(t *testing.T) {
	h := newHarness(t, sample.Report())
	h.v.openForm(Individuals, -1)
	f := h.v.form
	f.confirm.Show()                // shown for a namesake: it takes the focus too
	f.name.SetText("Nguyễn Văn An") // Save is enabled, so Tab reaches it
	checked := keystest.TabsPassEscape(t, h.w.Canvas(), 40)
	// name, birth, gender, position, unit, achievement, award, note, the
	// check, Cancel, Save (enabled once a name is typed: Tab skips it before)
	if checked < 10 {
		t.Errorf("only %d fields took the focus", checked)
	}
}
