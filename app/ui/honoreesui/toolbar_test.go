package honoreesui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/sample"
	"baocao/app/ui/tablekit"
)

// inWizard places the step as the window does (package ui, wizard.go):
// right of the list of steps, which takes 22 % of the width.
func inWizard(h *harness, size fyne.Size) {
	split := container.NewHSplit(widget.NewList(func() int { return 7 }, func() fyne.CanvasObject { return widget.NewLabel("6. Danh sách khen thưởng") }, func(widget.ListItemID, fyne.CanvasObject) {}), h.v.Object())
	split.Offset = 0.22
	h.w.SetContent(split)
	h.w.Resize(size)
}

// TestToolbarFits: at the window's default size (1100×740, package ui)
// and at 1024×700 every action of the toolbar is a whole button inside the
// window or an entry of the "…" menu, and the counts do not cover any.
func TestToolbarFits(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1100, Height: 740}, {Width: 1024, Height: 700}} {
		t.Run(fmt.Sprintf("%.0fx%.0f", size.Width, size.Height), func(t *testing.T) {
			h := newHarness(t, sample.WithHonorees(12000))
			inWizard(h, size)
			savePNG(t, h, fmt.Sprintf("toolbar-%.0fx%.0f", size.Width, size.Height))
			if min := h.v.Object().MinSize().Width; min > h.v.Object().Size().Width {
				t.Errorf("the step needs %.0f px, has %.0f", min, h.v.Object().Size().Width)
			}
			d := fyne.CurrentApp().Driver()
			right := float32(0)
			for _, b := range []*widget.Button{h.v.addBtn, h.v.editBtn, h.v.deleteBtn, h.v.undoBtn, h.v.importBtn, h.v.moreBtn} {
				pos := d.AbsolutePositionForObject(b)
				if !b.Visible() || b.Size().Width < b.MinSize().Width || pos.X < 0 || pos.X+b.Size().Width > size.Width {
					t.Errorf("button %q at %v size %v is not whole in the window", b.Text, pos, b.Size())
				}
				right = max(right, pos.X+b.Size().Width)
			}
			if x := d.AbsolutePositionForObject(h.v.counts).X; x < right {
				t.Errorf("the counts start at %.0f, over the buttons ending at %.0f", x, right)
			}
			// The other actions are in the "…" menu.
			h.v.showMore()
			items := map[string]bool{}
			for _, o := range test.LaidOutObjects(h.w.Canvas().Overlays().Top()) {
				if l, ok := o.(*canvas.Text); ok && l.Visible() {
					items[l.Text] = true
				}
			}
			for _, it := range []*fyne.MenuItem{h.v.exportItm, h.v.orderItm} {
				if !items[it.Label] || it.Action == nil {
					t.Errorf("the … menu lacks %q; it shows %v", it.Label, items)
				}
			}
			if h.v.exportItm.Disabled {
				t.Error("export is disabled with a list to export")
			}
			h.v.morePopUp.Hide()
		})
	}
}

// TestSTTFitsFiveDigits: the row number 12000 shows whole, not "120…".
func TestSTTFitsFiveDigits(t *testing.T) {
	r := sample.WithHonorees(12000)
	r.Honorees.Individuals[11999].Name = "Mạc Thị Cuối"
	h := newHarness(t, r)
	inWizard(h, fyne.NewSize(1024, 700))
	test.Type(h.v.search, "mac thi cuoi") // row 12000 at the top of the table
	p := h.v.panes[Individuals]
	want := fyne.MeasureText("12000", theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
	if p.sttWidth < want {
		t.Errorf("STT column %.0f px wide, 12000 needs %.0f", p.sttWidth, want)
	}
	seen := false
	for _, o := range test.LaidOutObjects(h.w.Canvas().Content()) {
		if c, ok := o.(*tablekit.Cell); ok && c.Label.Text == "12000" && c.Visible() {
			seen = true
			if c.Label.MinSize().Width > c.Size().Width {
				t.Errorf("the cell of 12000 is %.0f px wide, its text needs %.0f", c.Size().Width, c.Label.MinSize().Width)
			}
		}
	}
	if !seen {
		t.Error("row 12000 is not on screen")
	}
	savePNG(t, h, "stt-12000")
}
