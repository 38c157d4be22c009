// Package datepick is Fyne's calendar (the date picker) with its month
// heading in the window's language. Fyne writes the heading with Go's
// time package ("November 2016") instead of looking it up through lang;
// its weekday names do go through lang ("monday.short"…).
package datepick

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// englishHeading is the layout of the heading Fyne writes.
const englishHeading = "January 2006"

// Calendar shows Fyne's calendar; changed gets the day the user taps.
type Calendar struct {
	widget.BaseWidget
	inner *widget.Calendar
}

// New returns a calendar showing the month of t.
func New(t time.Time, changed func(time.Time)) *Calendar {
	c := &Calendar{inner: widget.NewCalendar(t, changed)}
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer draws the inner calendar's objects (the inner widget
// itself is never placed on a canvas, so its renderer is made once,
// here) with the heading translated, now and after each change of month.
func (c *Calendar) CreateRenderer() fyne.WidgetRenderer {
	r := c.inner.CreateRenderer()
	localize(r.Objects())
	return r
}

// localize finds the heading and the month buttons in Fyne's layout: a
// container of the navigation row (two buttons, the heading) and the
// grid of days.
func localize(objs []fyne.CanvasObject) {
	if len(objs) != 1 {
		return
	}
	top, ok := objs[0].(*fyne.Container)
	if !ok || len(top.Objects) != 2 {
		return
	}
	nav, ok1 := top.Objects[0].(*fyne.Container)
	days, ok2 := top.Objects[1].(*fyne.Container)
	if !ok1 || !ok2 {
		return
	}
	var heading *widget.Label
	var buttons []*widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			heading = o
		case *widget.Button:
			buttons = append(buttons, o)
		case *fyne.Container:
			for _, ch := range o.Objects {
				walk(ch)
			}
		}
	}
	walk(nav)
	if heading == nil {
		return
	}
	translate := func() {
		if t, err := time.Parse(englishHeading, heading.Text); err == nil {
			heading.SetText(Heading(t))
		}
	}
	translate()
	for _, b := range buttons {
		if b.OnTapped == nil {
			continue
		}
		step := b.OnTapped
		b.OnTapped = func() {
			step()
			translate()
			// Fyne swaps the days without laying them out again; its
			// English heading changes width and so forces a layout,
			// ours ("Tháng 11 năm 2016") need not.
			days.Refresh()
		}
	}
}

// Heading is the calendar's heading for the month of t, e.g. "Tháng 11
// năm 2016" or "November 2016".
func Heading(t time.Time) string {
	return lang.X("calendar.heading", "{{.MonthName}} {{.Year}}",
		map[string]any{"Month": int(t.Month()), "MonthName": t.Month().String(), "Year": t.Year()})
}
