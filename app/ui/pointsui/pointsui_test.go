package pointsui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"baocao/app/report"
)

func newEditor(t *testing.T, n int) (*Editor, *report.Section, *int) {
	t.Helper()
	test.NewTempApp(t)
	sec := &report.Section{Heading: "KẾT QUẢ"}
	for i := 0; i < n; i++ {
		sec.Points = append(sec.Points, report.Point{Heading: string(rune('A' + i)), Text: "ý " + string(rune('A'+i))})
	}
	changes := 0
	e := New(nil, sec, func() []string { return []string{"câu gợi ý"} }, func() { changes++ })
	test.NewTempWindow(t, e.Object())
	return e, sec, &changes
}

func headings(sec *report.Section) string {
	s := ""
	for _, p := range sec.Points {
		s += p.Heading
	}
	return s
}

func TestRemoveUndoOrder(t *testing.T) {
	tests := []struct {
		name    string
		removes []int
		after   string
		undos   int
		final   string
	}{
		{"middle", []int{1}, "AC", 1, "ABC"},
		{"last then first", []int{2, 0}, "B", 2, "ABC"},
		{"all", []int{0, 0, 0}, "", 3, "ABC"},
		{"one undo of two", []int{0, 1}, "B", 1, "BC"},
		{"out of range", []int{5, -1}, "ABC", 1, "ABC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, sec, changes := newEditor(t, 3)
			for _, i := range tt.removes {
				e.Remove(i)
			}
			if got := headings(sec); got != tt.after {
				t.Fatalf("after removing %v: %q, want %q", tt.removes, got, tt.after)
			}
			for i := 0; i < tt.undos; i++ {
				e.UndoRemove()
			}
			if got := headings(sec); got != tt.final {
				t.Errorf("after %d undos: %q, want %q", tt.undos, got, tt.final)
			}
			if *changes == 0 && tt.name != "out of range" {
				t.Error("changed was never called")
			}
		})
	}
}

func TestMoveAndFocus(t *testing.T) {
	e, sec, _ := newEditor(t, 3)
	e.Select(0)
	e.MoveUp() // nothing above
	e.MoveDown()
	e.MoveDown()
	if got := headings(sec); got != "BCA" || e.Selected() != 2 {
		t.Fatalf("after moving A down twice: %q, selected %d", got, e.Selected())
	}
	e.MoveDown() // nothing below
	if got := headings(sec); got != "BCA" {
		t.Errorf("moving the last point down changed the order: %q", got)
	}
	focus := []struct {
		field string
		ok    bool
		sel   int
	}{
		{"heading", true, 2},
		{"points[1].text", true, 1},
		{"points[0].heading", true, 0},
		{"points[9].text", false, 0},
		{"points[x]", false, 0},
		{"other", false, 0},
	}
	for _, f := range focus {
		if got := e.Focus(f.field); got != f.ok {
			t.Errorf("Focus(%q) = %v, want %v", f.field, got, f.ok)
		}
		if f.ok && e.Selected() != f.sel {
			t.Errorf("Focus(%q) selected point %d, want %d", f.field, e.Selected(), f.sel)
		}
	}
}

func TestTypingEditsThePoint(t *testing.T) {
	e, sec, changes := newEditor(t, 2)
	w := e.Widgets()
	e.Select(1)
	w.PointText.SetText("")
	test.Type(w.PointText, "Nội dung mới")
	if sec.Points[1].Text != "Nội dung mới" || sec.Points[0].Text != "ý A" {
		t.Errorf("points after typing: %+v", sec.Points)
	}
	test.Type(w.Heading, "!")
	if sec.Heading != "!KẾT QUẢ" {
		t.Errorf("section heading %q", sec.Heading)
	}
	before := *changes
	e.AddPhrase("câu gợi ý", false)
	if sec.Points[1].Text != "Nội dung mới\ncâu gợi ý" || *changes != before+1 {
		t.Errorf("phrase added to the point: %q", sec.Points[1].Text)
	}
	e.SetSection(&report.Section{})
	if e.Selected() != -1 || !w.Remove.Disabled() || !w.Undo.Disabled() {
		t.Error("an empty section should leave nothing selected and nothing to remove or undo")
	}
}
