package previewui

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
)

// TestNarrow: a Narrow preview (beside a form) needs no more than 440
// units of width, its toolbar and a message included; the usual one is
// wider.
func TestNarrow(t *testing.T) {
	h := newHarness(t, func() ([]byte, error) { return nil, errors.New("chưa có ai để khen thưởng") }, nil)
	if err := h.wait(t); err == nil {
		t.Fatal("no error from a failing render")
	}
	wide := h.p.Object().MinSize().Width
	h.p.Narrow()
	narrow := h.p.Object().MinSize().Width
	if narrow > 440 || narrow >= wide {
		t.Errorf("the preview needs %.0f units when narrow (%.0f usually); beside a form it has 440", narrow, wide)
	}
	// The message shows whole in the page's area, without scrolling.
	h.w.Resize(fyne.NewSize(440, 600))
	if m, area := h.p.messageBox.MinSize().Width, h.p.scroll.Size().Width; m > area {
		t.Errorf("the message needs %.0f units; the page's area has %.0f", m, area)
	}
	if !h.p.printBtn.Visible() || !h.p.next.Visible() || !h.p.zoomIn.Visible() {
		t.Error("a button of the toolbar is gone")
	}
}
