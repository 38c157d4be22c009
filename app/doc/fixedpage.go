package doc

// FixedPage is a page of its own size on which everything stands at a fixed
// place, in millimetres from the top left corner: a certificate, or the
// calibration page of pre-printed blanks. A renderer starts a new page
// of the sheet's size for it, draws its rules, frames, crosses and boxes,
// and numbers no page. Flowing blocks after a sheet start on a new page.
type FixedPage struct {
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	// Rules and Frames are drawn first (a grid, a border), then Crosses,
	// then Boxes.
	Rules   []Rule  `json:"rules,omitempty"`
	Frames  []Frame `json:"frames,omitempty"`
	Crosses []Cross `json:"crosses,omitempty"`
	Boxes   []Box   `json:"boxes"`
}

// Align says where the lines of a box stand across it.
type Align string

const (
	AlignCentre Align = "centre"
	AlignLeft   Align = "left"
	AlignRight  Align = "right"
)

// Box is a text set inside a rectangle (X, Y its top left corner, W × H,
// in mm). The text is set at Font; when it does not fit on one line it
// is set smaller, down to MinSize points, and then wrapped; if the wrapped
// lines still do not fit, smaller again: it never runs out of the box
// (a renderer warns when it had to go under MinSize). The lines are
// centred vertically in the box and stand across it as Align says.
type Box struct {
	// Name is the field the box holds ("name", "unit", …: the keys of
	// CertLayout's fields), for tests, messages and calibration labels.
	Name    string  `json:"name"`
	X       float64 `json:"x"`
	Y       float64 `json:"y"`
	W       float64 `json:"w"`
	H       float64 `json:"h"`
	Font    Text    `json:"font"`
	MinSize float64 `json:"minSize"`
	Align   Align   `json:"align,omitempty"`
	Line
	// Frame draws the rectangle's outline, thin and grey (the calibration
	// page's boxes).
	Frame bool `json:"frame,omitempty"`
	// Opaque sets the lines on white, so that what is drawn under them
	// (the calibration grid) does not cross them.
	Opaque bool `json:"opaque,omitempty"`
}

// Rule is a straight line from (X1, Y1) to (X2, Y2), Width mm thick, in a
// grey (0 black … 1 white).
type Rule struct {
	X1    float64 `json:"x1"`
	Y1    float64 `json:"y1"`
	X2    float64 `json:"x2"`
	Y2    float64 `json:"y2"`
	Width float64 `json:"width"`
	Grey  float64 `json:"grey,omitempty"`
}

// Frame is a rectangle's outline, Width mm thick, in a grey.
type Frame struct {
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	W     float64 `json:"w"`
	H     float64 `json:"h"`
	Width float64 `json:"width"`
	Grey  float64 `json:"grey,omitempty"`
}

// Cross is a calibration cross: two strokes Size mm long crossing at (X,
// Y), with a label beside it.
type Cross struct {
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	Size  float64 `json:"size"`
	Label string  `json:"label"`
}

func (FixedPage) Type() string { return "fixedPage" }
