// Package keystest checks, from a step's tests, that a shown dialog's
// focusables pass Escape on to the window (keys.OnEscape or
// vnentry.OnEscape) instead of keeping it as Fyne's own widgets do. It is
// for tests only.
package keystest

import (
	"testing"

	"fyne.io/fyne/v2"

	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// TabsPassEscape walks c's focus with Tab from the first focusable round to
// it again, presses Escape on each and fails t for every one that kept it.
// It stops t when Tab has not come back after max focusables, and returns
// how many took the focus, for the caller to compare with the dialog's.
func TabsPassEscape(t testing.TB, c fyne.Canvas, max int) int {
	t.Helper()
	passed := 0
	keysEscape, entryEscape := keys.OnEscape, vnentry.OnEscape
	keys.OnEscape = func(fyne.Canvas) { passed++ }
	vnentry.OnEscape = func(*vnentry.Entry) { passed++ }
	defer func() { keys.OnEscape, vnentry.OnEscape = keysEscape, entryEscape }()

	c.Unfocus()
	c.FocusNext()
	first, n := c.Focused(), 0
	for foc := first; n == 0 || foc != first; foc = c.Focused() {
		if n++; n > max {
			t.Fatal("Tab never came back to the first field")
		}
		before := passed
		foc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if passed != before+1 {
			t.Errorf("Escape with the focus on %T (Tab %d) was kept by it", foc, n)
		}
		c.FocusNext()
	}
	return n
}
