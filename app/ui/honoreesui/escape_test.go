package honoreesui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"baocao/app/sample"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// TestFormFieldsPassEscape: in the add form, every field Tab reaches
// passes Escape on (to the window, which closes the form), whichever has
// the focus. Fyne's own widgets keep Escape; the form's are the
// program's. The two exceptions the form cannot avoid are Fyne's: the
// radio buttons of the gender and the form's own buttons (the window's
// keys work there only once the focus has left them).
func TestFormFieldsPassEscape(t *testing.T) {
	h := newHarness(t, sample.Report())
	passed := 0
	keysEscape, entryEscape := keys.OnEscape, vnentry.OnEscape
	keys.OnEscape = func(fyne.Canvas) { passed++ }
	vnentry.OnEscape = func(*vnentry.Entry) { passed++ }
	t.Cleanup(func() { keys.OnEscape, vnentry.OnEscape = keysEscape, entryEscape })

	h.v.openForm(Individuals, -1)
	f := h.v.form
	f.confirm.Show() // shown for a namesake: it takes the focus too
	c := h.w.Canvas()
	c.Unfocus()
	c.FocusNext()
	first, n, checked := c.Focused(), 0, 0
	for foc := first; n == 0 || foc != first; foc = c.Focused() {
		if n++; n > 40 {
			t.Fatal("Tab never came back to the first field")
		}
		switch typ := fmt.Sprintf("%T", foc); typ {
		case "*widget.radioItem", "*widget.Button":
		default:
			checked++
			before := passed
			foc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if passed != before+1 {
				t.Errorf("Escape with the focus on %s (Tab %d) was kept by the field", typ, n)
			}
		}
		c.FocusNext()
	}
	// name, birth, position, unit, achievement, award, note, the check
	if checked < 8 {
		t.Errorf("only %d fields took the focus", checked)
	}
}
