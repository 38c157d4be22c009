package honoreesui

import (
	"testing"

	"fyne.io/fyne/v2"

	"baocao/app/sample"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// TestFormFieldsPassEscape: in the add form, every focusable Tab reaches
// passes Escape on (to the window, which closes the form), whichever has
// the focus: the fields, the gender and the form's own Save and Cancel.
// Fyne's own widgets keep Escape; the form's are the program's.
func TestFormFieldsPassEscape(t *testing.T) {
	h := newHarness(t, sample.Report())
	passed := 0
	keysEscape, entryEscape := keys.OnEscape, vnentry.OnEscape
	keys.OnEscape = func(fyne.Canvas) { passed++ }
	vnentry.OnEscape = func(*vnentry.Entry) { passed++ }
	t.Cleanup(func() { keys.OnEscape, vnentry.OnEscape = keysEscape, entryEscape })

	h.v.openForm(Individuals, -1)
	f := h.v.form
	f.confirm.Show()                // shown for a namesake: it takes the focus too
	f.name.SetText("Nguyễn Văn An") // Save is enabled, so Tab reaches it
	c := h.w.Canvas()
	c.Unfocus()
	c.FocusNext()
	first, n, checked := c.Focused(), 0, 0
	for foc := first; n == 0 || foc != first; foc = c.Focused() {
		if n++; n > 40 {
			t.Fatal("Tab never came back to the first field")
		}
		checked++
		before := passed
		foc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if passed != before+1 {
			t.Errorf("Escape with the focus on %T (Tab %d) was kept by it", foc, n)
		}
		c.FocusNext()
	}
	// name, birth, gender, position, unit, achievement, award, note, the
	// check, Cancel, Save (enabled once a name is typed: Tab skips it before)
	if checked < 10 {
		t.Errorf("only %d fields took the focus", checked)
	}
}
