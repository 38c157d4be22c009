package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baocao/app/draft"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/ui/keys"
)

// TestEscapeFromEveryFocusable opens each dialog, puts the focus with Tab
// on every widget it has in turn, and presses Escape there as the driver
// does (the focused widget gets the key): the dialog must close. The
// widgets that still keep Escape to themselves are named in keeps, so
// that the test says which they are instead of skipping them; Escape on
// one of those must leave the dialog open (were it fixed, the entry goes).
func TestEscapeFromEveryFocusable(t *testing.T) {
	for _, tc := range []struct {
		name  string
		open  func(t *testing.T, w *Window)
		keeps func(fyne.Focusable) bool // Fyne widgets that drop Escape
		min   int                       // focusables at least
	}{
		{name: "error", min: 1, open: func(t *testing.T, w *Window) { w.showError(errors.New("không đọc được tệp")) }},
		{name: "information", min: 1, open: func(t *testing.T, w *Window) { keys.ShowInformation("Xong", "Đã in.", w.win) }},
		{name: "custom with a close button", min: 1, open: func(t *testing.T, w *Window) {
			keys.NewCustom("Tin", "Đóng", widget.NewLabel("Nội dung"), w.win).Show()
		}},
		{name: "export with errors", min: 3, open: func(t *testing.T, w *Window) {
			ps := report.Problems{{Field: "number", Severity: report.Error, Message: "Ghi số văn bản."}}
			w.offerDraft(exportPDF, ".pdf", func(string, *report.Report, bool) ([]string, error) {
				t.Error("Escape exported")
				return nil, nil
			}, ps)
		}},
		{name: "new year from last year's", min: 3, open: func(t *testing.T, w *Window) {
			path := filepath.Join(t.TempDir(), "năm trước"+draft.Extension)
			if err := draft.Save(path, sample.Report(), "test"); err != nil {
				t.Fatal(err)
			}
			w.newFromLastYearFile(path)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newTestWindow(t, previewOptions())
			w.OpenSample()
			c := w.win.Canvas()
			var seen []fyne.Focusable // one per Tab, each in a fresh dialog
			kept := map[string]int{}
			for n := 1; ; n++ {
				if n > 60 {
					t.Fatal("Tab never came back to the first widget")
				}
				tc.open(t, w)
				if c.Overlays().Top() == nil {
					t.Fatal("no dialog opened")
				}
				// Tab n times; back at the first widget means all were done.
				c.FocusNext()
				first := c.Focused()
				if first == nil {
					t.Fatalf("Tab focused nothing")
				}
				cycled := false
				for i := 1; i < n; i++ {
					c.FocusNext()
					if c.Focused() == first {
						cycled = true
						break
					}
				}
				if cycled {
					for len(c.Overlays().List()) > 0 {
						escapeTop(c)
					}
					break
				}
				f := c.Focused()
				seen = append(seen, f)
				pressKey(w, fyne.KeyEscape)
				open := len(c.Overlays().List()) > 0
				switch {
				case tc.keeps != nil && tc.keeps(f):
					if !open {
						t.Errorf("Escape on %T (Tab %d) closed the dialog: take it out of keeps", f, n)
					}
					kept[fmt.Sprintf("%T", f)]++
					for len(c.Overlays().List()) > 0 {
						escapeTop(c)
					}
				case open:
					t.Errorf("Escape with the focus on %T (Tab %d) left the dialog open", f, n)
					for len(c.Overlays().List()) > 0 {
						escapeTop(c)
					}
				}
			}
			if len(seen) < tc.min {
				t.Errorf("only %d widgets take the focus, want %d or more", len(seen), tc.min)
			}
			if len(kept) > 0 {
				t.Logf("still keep Escape: %v", kept)
			}
		})
	}
}
