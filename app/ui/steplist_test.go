package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestStepListFits: every step's name in the list beside the steps fits
// the list at the window's default size and at 1024×700, in both
// languages ("3. Hạn chế, tồn tại và nguyên nh" was cut off).
func TestStepListFits(t *testing.T) {
	for _, lng := range []string{LangVietnamese, LangEnglish} {
		for _, size := range []fyne.Size{{Width: 1100, Height: 740}, {Width: 1024, Height: 700}} {
			w := newTestWindow(t, Options{})
			w.SetLanguage(lng)
			w.OpenSample()
			w.win.Resize(size)
			pump(w)
			z := w.wiz
			room := z.list.Size().Width
			for id := range z.steps {
				item := z.list.CreateItem()
				z.list.UpdateItem(id, item)
				row := item.(*fyne.Container)
				label := row.Objects[1].(*widget.Label)
				need := row.MinSize().Width + 2*theme.Padding()
				if need > room {
					t.Errorf("%s at %v: step %q needs %.0f px, the list has %.0f", lng, size, label.Text, need, room)
				}
			}
		}
	}
}
