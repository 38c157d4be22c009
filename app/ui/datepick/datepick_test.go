package datepick

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// vietnamese registers the keys the calendar uses, as the window's
// translation files carry them, for whatever locale the system reports.
func vietnamese(t *testing.T) {
	t.Helper()
	data := []byte(`{"calendar.heading": "Tháng {{.Month}} năm {{.Year}}",
		"monday": "Thứ Hai", "monday.short": "T2", "sunday": "Chủ Nhật", "sunday.short": "CN"}`)
	for _, l := range []fyne.Locale{"en", "vi", lang.SystemLocale()} {
		if err := lang.AddTranslationsForLocale(data, l); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCalendar(t *testing.T) {
	test.NewTempApp(t)
	vietnamese(t)
	var picked time.Time
	c := New(time.Date(2016, time.November, 8, 0, 0, 0, 0, time.Local), func(d time.Time) { picked = d })
	win := test.NewTempWindow(t, c)
	win.Resize(fyne.NewSize(400, 400))

	for _, step := range []struct {
		tap  int // buttons to press: +1 next month, -1 previous
		want string
	}{
		{0, "Tháng 11 năm 2016"},
		{+1, "Tháng 12 năm 2016"},
		{+1, "Tháng 1 năm 2017"},
		{-1, "Tháng 12 năm 2016"},
		{-1, "Tháng 11 năm 2016"},
		{-1, "Tháng 10 năm 2016"},
	} {
		switch step.tap {
		case +1:
			test.Tap(navButton(t, c, 1))
		case -1:
			test.Tap(navButton(t, c, 0))
		}
		if got := heading(t, c); got != step.want {
			t.Fatalf("heading %q, want %q", got, step.want)
		}
	}
	// October 2016 has 31 days, all laid out in the grid after the change
	// of month, and a tap on one picks that day.
	day := dayButton(t, c, "31")
	if day.Size().IsZero() || day.Position().Y <= 0 {
		t.Fatalf("day 31 is not laid out: size %v at %v", day.Size(), day.Position())
	}
	test.Tap(dayButton(t, c, "5"))
	if picked.Year() != 2016 || picked.Month() != time.October || picked.Day() != 5 {
		t.Fatalf("picked %v, want 5 October 2016", picked)
	}
	if dir := os.Getenv("BAOCAO_SCREENSHOTS"); dir != "" {
		f, err := os.Create(filepath.Join(dir, "vi-calendar-october.png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, win.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
}

func objects(t *testing.T, c *Calendar) []fyne.CanvasObject {
	t.Helper()
	var all []fyne.CanvasObject
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		all = append(all, o)
		switch o := o.(type) {
		case *fyne.Container:
			for _, ch := range o.Objects {
				walk(ch)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(o).Objects() {
				walk(ch)
			}
		}
	}
	for _, o := range test.WidgetRenderer(c).Objects() {
		walk(o)
	}
	return all
}

func heading(t *testing.T, c *Calendar) string {
	t.Helper()
	for _, o := range objects(t, c) {
		if l, ok := o.(*widget.Label); ok && len(l.Text) > 8 {
			return l.Text
		}
	}
	t.Fatal("no heading")
	return ""
}

// navButton returns the previous (0) or next (1) month's button.
func navButton(t *testing.T, c *Calendar, i int) *widget.Button {
	t.Helper()
	var nav []*widget.Button
	for _, o := range objects(t, c) {
		if b, ok := o.(*widget.Button); ok && b.Text == "" && b.Icon != nil {
			nav = append(nav, b)
		}
	}
	if len(nav) != 2 {
		t.Fatalf("%d month buttons, want 2", len(nav))
	}
	return nav[i]
}

func dayButton(t *testing.T, c *Calendar, day string) *widget.Button {
	t.Helper()
	for _, o := range objects(t, c) {
		if b, ok := o.(*widget.Button); ok && b.Text == day {
			return b
		}
	}
	t.Fatalf("no day %s", day)
	return nil
}
