package tablekit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestTableKeys: Delete and Enter go to the step, other keys to the table.
func TestTableKeys(t *testing.T) {
	test.NewTempApp(t)
	var got []string
	tb := &Table{OnDelete: func() { got = append(got, "delete") }, OnOpen: func() { got = append(got, "open") }}
	tb.Length = func() (int, int) { return 3, 2 }
	tb.CreateCell = func() fyne.CanvasObject { return widget.NewLabel("") }
	tb.UpdateCell = func(widget.TableCellID, fyne.CanvasObject) {}
	tb.ExtendBaseWidget(tb)
	for _, k := range []fyne.KeyName{fyne.KeyDelete, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyDown} {
		tb.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if want := []string{"delete", "open", "open"}; len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("callbacks %v, want %v", got, want)
	}
}

// TestCell: a click and a double click report the cell's ID; Set, Clear
// and SetSelected show what they say.
func TestCell(t *testing.T) {
	test.NewTempApp(t)
	var taps, doubles []widget.TableCellID
	c := NewCell(func(id widget.TableCellID) { taps = append(taps, id) }, func(id widget.TableCellID) { doubles = append(doubles, id) })
	w := test.NewWindow(c)
	defer w.Close()
	c.ID = widget.TableCellID{Row: 4, Col: 1}
	test.Tap(c)
	test.DoubleTap(c)
	if len(taps) != 1 || taps[0] != c.ID || len(doubles) != 1 || doubles[0] != c.ID {
		t.Errorf("taps %v, double taps %v", taps, doubles)
	}
	c.Set("Nguyễn Văn An", true, fyne.TextAlignTrailing, widget.WarningImportance)
	if l := c.Label; l.Text != "Nguyễn Văn An" || !l.TextStyle.Bold || l.Alignment != fyne.TextAlignTrailing || l.Importance != widget.WarningImportance {
		t.Errorf("label %q bold %v align %v importance %v", l.Text, l.TextStyle.Bold, l.Alignment, l.Importance)
	}
	c.SetSelected(true)
	if !c.bg.Visible() {
		t.Error("a selected row shows its background")
	}
	c.Clear()
	if c.Label.Text != "" || c.bg.Visible() {
		t.Error("Clear empties the cell and hides the background")
	}
}

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{"": "", "một dòng": "một dòng", "hai\ndòng": "hai dòng", " a \n\n b ": "a b"} {
		if got := OneLine(in); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSetHeader: the sorted column shows the order's arrow, the others
// none, and a click sorts.
func TestSetHeader(t *testing.T) {
	test.NewTempApp(t)
	sorted := 0
	for _, c := range []struct {
		sorted, desc bool
		icon         fyne.Resource
	}{{false, false, nil}, {true, false, theme.MenuDropUpIcon()}, {true, true, theme.MenuDropDownIcon()}} {
		o := NewHeader()
		SetHeader(o, "Họ và tên", c.sorted, c.desc, func() { sorted++ })
		b := o.(*widget.Button)
		if b.Text != "Họ và tên" || b.Icon != c.icon {
			t.Errorf("sorted %v desc %v: text %q icon %v", c.sorted, c.desc, b.Text, b.Icon)
		}
		test.Tap(b)
	}
	if sorted != 3 {
		t.Errorf("%d clicks sorted, want 3", sorted)
	}
}
