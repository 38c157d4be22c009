package keys

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The form dialog answers as Fyne's does (true after Save only with every
// field valid, false after Cancel), and its buttons pass Escape on.
func TestFormDialog(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(600, 400))
	passed := 0
	old := OnEscape
	OnEscape = func(fyne.Canvas) { passed++ }
	t.Cleanup(func() { OnEscape = old })

	for _, tc := range []struct {
		name    string
		text    string
		press   func(d *FormDialog)
		answers []bool
	}{
		{"save", "An", func(d *FormDialog) { test.Tap(d.confirm) }, []bool{true}},
		{"submit", "An", func(d *FormDialog) { d.Submit() }, []bool{true}},
		{"cancel", "An", func(d *FormDialog) { test.Tap(d.cancel) }, []bool{false}},
		{"save refused while invalid", "", func(d *FormDialog) { d.Submit(); test.Tap(d.confirm) }, nil},
		{"hide", "", func(d *FormDialog) { d.Hide() }, []bool{false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := widget.NewEntry()
			e.Validator = func(s string) error {
				if s == "" {
					return errors.New("empty")
				}
				return nil
			}
			e.SetText(tc.text)
			var got []bool
			d := NewForm("Tên", "Lưu", "Hủy", []*widget.FormItem{{Text: "Tên", Widget: e}}, func(ok bool) { got = append(got, ok) }, w)
			d.Show()
			tc.press(d)
			if len(got) != len(tc.answers) || (len(got) == 1 && got[0] != tc.answers[0]) {
				t.Errorf("callback got %v, want %v", got, tc.answers)
			}
		})
	}

	d := NewConfirm("Xóa?", "Xóa", "Hủy", widget.NewLabel("Xóa dòng 3?"), nil, w)
	d.Show()
	d.SetConfirmText("Xóa hẳn")
	if d.confirm.Text != "Xóa hẳn" {
		t.Errorf("confirm reads %q", d.confirm.Text)
	}
	for _, b := range []*Button{d.cancel, d.confirm} {
		before := passed
		b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if passed != before+1 {
			t.Errorf("Escape on %q was kept by the button", b.Text)
		}
	}
}
