package movementui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/movement"
)

// bar is one field of the chart: this year's count and last year's.
type bar struct {
	label   string
	this    int
	last    int
	hasLast bool
}

// barChart draws this year against last year by field: a pair of bars
// per field (last year grey, this year in the theme's primary colour),
// the count above each bar and the field's name under the pair.
type barChart struct {
	widget.BaseWidget
	title      string
	thisYear   string
	lastYear   string // "" without a baseline: one bar per field
	bars       []bar
	thisRects  []*canvas.Rectangle
	lastRects  []*canvas.Rectangle
	valueTexts []*canvas.Text
	nameTexts  []*canvas.Text
	legend     []fyne.CanvasObject
	titleText  *canvas.Text
	axis       *canvas.Line
}

func newBarChart() *barChart {
	c := &barChart{}
	c.ExtendBaseWidget(c)
	return c
}

// setFigures takes the "by field" group of the figures table, as it is.
func (c *barChart) setFigures(f movement.Figures) {
	c.bars = c.bars[:0]
	for _, r := range fieldRows(f) {
		c.bars = append(c.bars, bar{label: r.Label, this: r.This, last: r.Last, hasLast: r.HasLast})
	}
	c.title = tr("movement.chart.title", "Số mô hình, điển hình đăng ký theo lĩnh vực")
	c.thisYear = tr("movement.chart.year", "Năm {{.Year}}", map[string]any{"Year": f.Year})
	c.lastYear = ""
	if f.HasBaseline() {
		c.lastYear = tr("movement.chart.year", "Năm {{.Year}}", map[string]any{"Year": f.BaselineYear})
	}
	c.build()
	c.Refresh()
}

// fieldRows are the rows of the figures table by field, totals aside.
func fieldRows(f movement.Figures) []movement.Row {
	var out []movement.Row
	for _, r := range f.Rows() {
		if strings.HasPrefix(r.Key, "field:") && !r.IsTotal() {
			out = append(out, r)
		}
	}
	return out
}

func thisColor() color.Color { return theme.Color(theme.ColorNamePrimary) }
func lastColor() color.Color { return color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff} }

// build makes the chart's objects; Layout places them.
func (c *barChart) build() {
	fg := theme.Color(theme.ColorNameForeground)
	size := theme.TextSize()
	c.thisRects, c.lastRects, c.valueTexts, c.nameTexts = nil, nil, nil, nil
	for _, b := range c.bars {
		// The value texts go in the order Layout places the bars: last
		// year's (left), then this year's.
		if c.lastYear != "" {
			c.lastRects = append(c.lastRects, canvas.NewRectangle(lastColor()))
			last := movement.Unknown
			if b.hasLast {
				last = movement.FormatCount(b.last)
			}
			c.valueTexts = append(c.valueTexts, canvas.NewText(last, fg))
		}
		c.thisRects = append(c.thisRects, canvas.NewRectangle(thisColor()))
		c.valueTexts = append(c.valueTexts, canvas.NewText(movement.FormatCount(b.this), fg))
		name := canvas.NewText(b.label, fg)
		name.TextSize = size * 0.9
		name.Alignment = fyne.TextAlignCenter
		c.nameTexts = append(c.nameTexts, name)
	}
	for _, t := range c.valueTexts {
		t.TextSize = size * 0.9
		t.Alignment = fyne.TextAlignCenter
	}
	c.titleText = canvas.NewText(c.title, fg)
	c.titleText.TextStyle.Bold = true
	c.legend = nil
	add := func(col color.Color, text string) {
		sw := canvas.NewRectangle(col)
		t := canvas.NewText(text, fg)
		t.TextSize = size * 0.9
		c.legend = append(c.legend, sw, t)
	}
	if c.lastYear != "" {
		add(lastColor(), c.lastYear)
	}
	add(thisColor(), c.thisYear)
	c.axis = canvas.NewLine(fg)
	c.axis.StrokeWidth = 1
}

// CreateRenderer implements fyne.Widget.
func (c *barChart) CreateRenderer() fyne.WidgetRenderer {
	if c.titleText == nil {
		c.build()
	}
	return &chartRenderer{c: c}
}

type chartRenderer struct{ c *barChart }

func (r *chartRenderer) Destroy() {}

func (r *chartRenderer) MinSize() fyne.Size { return fyne.NewSize(360, 220) }

func (r *chartRenderer) Refresh() {
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

func (r *chartRenderer) Objects() []fyne.CanvasObject {
	c := r.c
	objs := []fyne.CanvasObject{c.titleText, c.axis}
	objs = append(objs, c.legend...)
	for _, o := range c.lastRects {
		objs = append(objs, o)
	}
	for _, o := range c.thisRects {
		objs = append(objs, o)
	}
	for _, o := range c.valueTexts {
		objs = append(objs, o)
	}
	for _, o := range c.nameTexts {
		objs = append(objs, o)
	}
	return objs
}

// Layout places the title and legend on top, the bars on a common
// baseline scaled to the largest count, the names under it.
func (r *chartRenderer) Layout(size fyne.Size) {
	c := r.c
	pad := theme.Padding()
	th := c.titleText.MinSize().Height
	c.titleText.Move(fyne.NewPos(pad, 0))
	c.titleText.Resize(c.titleText.MinSize())
	// Legend at the top right.
	x := size.Width - pad
	for i := len(c.legend) - 2; i >= 0; i -= 2 {
		t := c.legend[i+1].(*canvas.Text)
		tw := t.MinSize().Width
		x -= tw
		t.Move(fyne.NewPos(x, (th-t.MinSize().Height)/2))
		t.Resize(t.MinSize())
		x -= 14 + 4
		c.legend[i].Move(fyne.NewPos(x, (th-12)/2))
		c.legend[i].Resize(fyne.NewSize(14, 12))
		x -= 12
	}
	n := len(c.bars)
	if n == 0 {
		return
	}
	valueH := c.valueTexts[0].MinSize().Height
	nameH := c.nameTexts[0].MinSize().Height
	top := th + pad + valueH
	base := size.Height - nameH - pad
	plotH := max(base-top, 10)
	maxV := 1
	for _, b := range c.bars {
		maxV = max(maxV, b.this, b.last)
	}
	slot := (size.Width - 2*pad) / float32(n)
	pairs := 1
	if c.lastYear != "" {
		pairs = 2
	}
	barW := min(slot*0.7/float32(pairs), 60)
	c.axis.Position1 = fyne.NewPos(pad, base)
	c.axis.Position2 = fyne.NewPos(size.Width-pad, base)
	vt := 0
	for i, b := range c.bars {
		left := pad + slot*float32(i) + (slot-barW*float32(pairs))/2
		place := func(rect *canvas.Rectangle, v int, at float32) {
			h := plotH * float32(v) / float32(maxV)
			rect.Move(fyne.NewPos(at, base-h))
			rect.Resize(fyne.NewSize(barW, h))
			t := c.valueTexts[vt]
			vt++
			t.Move(fyne.NewPos(at, base-h-valueH))
			t.Resize(fyne.NewSize(barW, valueH))
		}
		if c.lastYear != "" {
			last := 0
			if b.hasLast {
				last = b.last
			}
			place(c.lastRects[i], last, left)
			place(c.thisRects[i], b.this, left+barW)
		} else {
			place(c.thisRects[i], b.this, left)
		}
		name := c.nameTexts[i]
		name.Text = fitText(b.label, slot-4, name.TextSize)
		name.Move(fyne.NewPos(pad+slot*float32(i), base+pad/2))
		name.Resize(fyne.NewSize(slot, nameH))
	}
}

// fitText cuts s with an ellipsis to fit width at size.
func fitText(s string, width, size float32) string {
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 {
		r = r[:len(r)-1]
		t := string(r) + "…"
		if fyne.MeasureText(t, size, fyne.TextStyle{}).Width <= width {
			return t
		}
	}
	return "…"
}
