package ui

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/vnentry"
)

// pressTab presses Tab, or Shift+Tab, on c as Fyne's desktop driver does
// (glfw window.capturesTab): a focused object that accepts Tab gets the
// key, else the focus moves to the next (previous) object.
func pressTab(c fyne.Canvas, shift bool) {
	if f, ok := c.Focused().(fyne.Tabbable); ok && f.AcceptsTab() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	if shift {
		c.FocusPrevious()
	} else {
		c.FocusNext()
	}
}

// tabCycle focuses start and presses Tab (or Shift+Tab) until the focus is
// back on start, returning the objects focused on the way, start first.
func tabCycle(t *testing.T, c fyne.Canvas, start fyne.Focusable, shift bool) []fyne.Focusable {
	t.Helper()
	c.Focus(start)
	cycle := []fyne.Focusable{start}
	for range 300 {
		before := c.Focused()
		pressTab(c, shift)
		f := c.Focused()
		if f == before {
			t.Fatalf("Tab (shift %v) did not leave %s", shift, describe(f))
		}
		if f == start {
			return cycle
		}
		cycle = append(cycle, f)
	}
	t.Fatalf("Tab (shift %v) never came back to the first field", shift)
	return nil
}

// TestTabThroughSteps tabs through the steps with multi-line fields
// (general information, a section of points, recipients and signature) of
// the sample report: Tab leaves every field, single- or multi-line, and
// visits the step's fields in the order of the form, with nothing but
// the step's buttons between them;
// Shift+Tab goes the same way back; no text changes (no tab is typed).
func TestTabThroughSteps(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	z := w.wiz
	g, c := z.general, z.closing
	pts := z.sections[0].Widgets()
	tests := []struct {
		name  string
		step  int
		order []fyne.Focusable // what Tab visits from the first, buttons aside
		multi []*vnentry.Entry
	}{
		{"general", StepGeneral, []fyne.Focusable{g.superior, g.issuing, g.number, g.symbol, g.place,
			g.date, g.year, g.title, g.summary, g.opening},
			[]*vnentry.Entry{g.summary, g.opening}},
		{"achievements", StepAchievements, []fyne.Focusable{pts.Heading, pts.List, pts.PointHeading, pts.PointText},
			[]*vnentry.Entry{pts.PointText}},
		{"units", StepUnits, []fyne.Focusable{z.units.Widgets().Table}, nil},
		{"closing", StepClosing, []fyne.Focusable{c.recipients, c.authority, c.position, c.signer},
			[]*vnentry.Entry{c.recipients}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			z.show(tt.step)
			for _, e := range tt.multi {
				if !e.MultiLine || !strings.Contains(e.Text, "\n") && len([]rune(e.Text)) < 60 {
					t.Fatalf("%q: the sample should fill this multi-line field with lines or a long text", e.Text)
				}
			}
			before, _ := json.Marshal(w.Report())
			cv := w.win.Canvas()

			fwd := tabCycle(t, cv, tt.order[0], false)
			if len(fwd) < len(tt.order) {
				t.Fatalf("Tab visits %d objects, fewer than the step's %d", len(fwd), len(tt.order))
			}
			next := 0
			for i, got := range fwd {
				if next == len(tt.order) {
					break
				}
				if got == tt.order[next] {
					next++
					continue
				}
				if _, ok := got.(*widget.Button); ok {
					continue // the calendar, the recipients' and the points' buttons
				}
				t.Fatalf("Tab %d from the first field: focus on %s, want %s", i, describe(got), describe(tt.order[next]))
			}
			if next < len(tt.order) {
				t.Fatalf("Tab never reached %s", describe(tt.order[next]))
			}

			back := tabCycle(t, cv, tt.order[0], true)
			slices.Reverse(back[1:])
			if !slices.Equal(back, fwd) {
				t.Errorf("Shift+Tab is not Tab backwards: %d objects forward, %d back", len(fwd), len(back))
			}

			after, _ := json.Marshal(w.Report())
			if string(after) != string(before) {
				t.Error("tabbing through the step changed the report")
			}
		})
	}
}

// describe names a focused object for messages.
func describe(f fyne.Focusable) string {
	switch o := f.(type) {
	case *vnentry.Entry:
		return fmt.Sprintf("entry %q (multi-line %v)", firstRunes(o.Text, 20), o.MultiLine)
	case *widget.Button:
		return fmt.Sprintf("button %q", o.Text)
	}
	return fmt.Sprintf("%T", f)
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}
