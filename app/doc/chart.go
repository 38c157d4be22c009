package doc

// Chart is a bar chart: for each category one bar per series side by
// side, each bar's value written over it, the category's label under its
// bars, and the legend (a swatch and the series' name) under the chart.
// "This year against last year by field" is two series over the fields.
// The texts of the values are given as printed ("2.071"): a renderer
// does not format numbers.
type Chart struct {
	Title  Line         `json:"title"`
	Series []string     `json:"series"` // the legend: "Năm 2016", "Năm 2015"
	Groups []ChartGroup `json:"groups"`
}

// ChartGroup is one category of a chart: its label and, per series, the
// value and its text. A negative value is unknown (no baseline for that
// row): no bar is drawn, its text ("…") stands on the axis.
type ChartGroup struct {
	Label  string    `json:"label"`
	Values []float64 `json:"values"`
	Texts  []string  `json:"texts"`
}

// Max is the largest known value of the chart (0 when none is).
func (c Chart) Max() float64 {
	m := 0.0
	for _, g := range c.Groups {
		for _, v := range g.Values {
			m = max(m, v)
		}
	}
	return m
}

// Note is a short text under a table or a chart ("Ghi chú: …"), set as
// Layout.Note says, flush with the margins.
type Note struct {
	Line
}

func (Chart) Type() string { return "chart" }
func (Note) Type() string  { return "note" }

// ChartLayout is the geometry of a bar chart. Lengths in millimetres;
// greys from 0 (black) to 255 (white), so that a chart prints in black and
// white as well as it shows on screen.
type ChartLayout struct {
	PlotHeight float64 // height of the tallest bar's room, the value over it excluded
	// SlotFill is the share of a category's slot its bars take; the rest
	// is the space between categories.
	SlotFill float64
	MaxBar   float64 // the widest a bar may be
	BarGap   float64 // between the bars of one category
	Axis     float64 // thickness of the base line
	Outline  float64 // thickness of a bar's outline
	Fills    []int   // the grey of each series' bars, in order; the last repeats
	Swatch   float64 // side of the legend's square
	Gap      float64 // between the parts: title, plot, labels, legend
	Title    Text
	Value    Text // the value over a bar
	Label    Text // a category's label under its bars
	Legend   Text
}

// Fill is the grey of series i.
func (c ChartLayout) Fill(i int) int {
	if len(c.Fills) == 0 {
		return 128
	}
	return c.Fills[min(i, len(c.Fills)-1)]
}

// defaultChart is the chart of both forms: the table's 12 pt for labels,
// a dark and a light grey that stay apart on a black-and-white printer.
var defaultChart = ChartLayout{
	PlotHeight: 55,
	SlotFill:   0.7,
	MaxBar:     14,
	BarGap:     1,
	Axis:       0.3,
	Outline:    0.2,
	Fills:      []int{70, 190},
	Swatch:     3.5,
	Gap:        3,
	Title:      Text{Size: 12, Style: Bold},
	Value:      Text{Size: 11, Style: Regular},
	Label:      Text{Size: 11, Style: Regular},
	Legend:     Text{Size: 11, Style: Regular},
}

// defaultNote is how a note under a table is set in both forms.
var defaultNote = Text{Size: 12, Style: Italic}
