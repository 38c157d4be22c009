package doc

import "math"

// CertLayout holds every figure of a certificate (Giấy khen) page: its
// size, the printed border and, for each field, the box it is set in
// (mm from the top left corner), its font, the smallest size it may
// shrink to before it wraps, and how its lines stand. Nothing else
// decides where a certificate's text goes; the offsets an office sets for
// its printer move these boxes.
type CertLayout struct {
	Name          string // "A4 ngang", for messages
	Width, Height float64
	// Border is the printed frame of a full print: a thick outer frame
	// and a thin inner one.
	Border []Frame
	// Fields in the order they are drawn.
	Fields []CertField
}

// CertField is one field's box.
type CertField struct {
	Key        string // one of the Cert… keys
	X, Y, W, H float64
	Font       Text
	MinSize    float64
	Align      Align
	// Fixed marks a field printed on the blank already (the heading,
	// "TẶNG", "GIẤY KHEN"): a full print sets it, a print onto blanks
	// leaves it out.
	Fixed bool
}

// The keys of a certificate's fields.
const (
	CertHeading     = "heading"     // ĐẢNG CỘNG SẢN VIỆT NAM, or the state's name
	CertMotto       = "motto"       // Độc lập - Tự do - Hạnh phúc
	CertIssuer      = "issuer"      // BAN THƯỜNG VỤ ĐẢNG ỦY …
	CertGives       = "gives"       // TẶNG
	CertTitle       = "title"       // GIẤY KHEN
	CertName        = "name"        // the honoree, large
	CertPosition    = "position"    // Chức vụ
	CertUnit        = "unit"        // Đơn vị
	CertAchievement = "achievement" // Đã có thành tích xuất sắc trong …
	CertDate        = "date"        // place and date
	CertSignature   = "signature"   // T/M BAN THƯỜNG VỤ / BÍ THƯ
	CertSigner      = "signer"      // the signer's name
	CertDecision    = "decision"    // Quyết định số …, ngày …
	CertSerial      = "serial"      // Số: … (the register's number)
)

// Field returns the field of key, or false.
func (c *CertLayout) Field(key string) (CertField, bool) {
	for _, f := range c.Fields {
		if f.Key == key {
			return f, true
		}
	}
	return CertField{}, false
}

// VariableKeys are the keys of the fields a print onto blanks sets: the
// ones an office can shift.
func (c *CertLayout) VariableKeys() []string {
	var out []string
	for _, f := range c.Fields {
		if !f.Fixed {
			out = append(out, f.Key)
		}
	}
	return out
}

// Scaled returns the layout enlarged by k (A4 → A3 is √2: both are the
// same shape), fonts included.
func (c CertLayout) Scaled(k float64, name string) CertLayout {
	mm := func(v float64) float64 { return math.Round(v*k*100) / 100 } // to a hundredth of a mm
	pt := func(v float64) float64 { return math.Round(v*k*10) / 10 }   // to a tenth of a point
	out := CertLayout{Name: name, Width: mm(c.Width), Height: mm(c.Height)}
	for _, b := range c.Border {
		out.Border = append(out.Border, Frame{X: mm(b.X), Y: mm(b.Y), W: mm(b.W), H: mm(b.H), Width: mm(b.Width), Grey: b.Grey})
	}
	for _, f := range c.Fields {
		f.X, f.Y, f.W, f.H = mm(f.X), mm(f.Y), mm(f.W), mm(f.H)
		f.Font.Size, f.MinSize = pt(f.Font.Size), pt(f.MinSize)
		out.Fields = append(out.Fields, f)
	}
	return out
}

// CertA4 is a certificate on A4 landscape (297 × 210 mm): a border 8 mm
// in from the edge, the heading at the top, "GIẤY KHEN" large, the name
// larger than anything but the title, position, unit and achievement
// under it, place and date and the signature on the right, the decision
// and the register's number small at the bottom left.
var CertA4 = CertLayout{
	Name: "A4 ngang", Width: 297, Height: 210,
	Border: []Frame{{X: 8, Y: 8, W: 281, H: 194, Width: 1.2}, {X: 11, Y: 11, W: 275, H: 188, Width: 0.3}},
	Fields: []CertField{
		{Key: CertHeading, X: 30, Y: 16, W: 237, H: 7, Font: Text{Size: 14, Style: Bold}, MinSize: 10, Align: AlignCentre, Fixed: true},
		{Key: CertMotto, X: 30, Y: 23, W: 237, H: 7, Font: Text{Size: 14, Style: Bold}, MinSize: 10, Align: AlignCentre, Fixed: true},
		{Key: CertIssuer, X: 30, Y: 33, W: 237, H: 15, Font: Text{Size: 15, Style: Bold}, MinSize: 11, Align: AlignCentre},
		{Key: CertGives, X: 30, Y: 49, W: 237, H: 8, Font: Text{Size: 15, Style: Bold}, MinSize: 11, Align: AlignCentre, Fixed: true},
		{Key: CertTitle, X: 30, Y: 57, W: 237, H: 20, Font: Text{Size: 44, Style: Bold}, MinSize: 30, Align: AlignCentre, Fixed: true},
		{Key: CertName, X: 25, Y: 80, W: 247, H: 18, Font: Text{Size: 28, Style: Bold}, MinSize: 16, Align: AlignCentre},
		{Key: CertPosition, X: 30, Y: 99, W: 237, H: 9, Font: Text{Size: 16}, MinSize: 11, Align: AlignCentre},
		{Key: CertUnit, X: 30, Y: 108, W: 237, H: 12, Font: Text{Size: 16}, MinSize: 13, Align: AlignCentre},
		{Key: CertAchievement, X: 30, Y: 121, W: 237, H: 22, Font: Text{Size: 16, Style: Italic}, MinSize: 14, Align: AlignCentre},
		{Key: CertDate, X: 150, Y: 147, W: 125, H: 8, Font: Text{Size: 14, Style: Italic}, MinSize: 10, Align: AlignCentre},
		{Key: CertSignature, X: 150, Y: 155, W: 125, H: 13, Font: Text{Size: 14, Style: Bold}, MinSize: 10, Align: AlignCentre},
		{Key: CertSigner, X: 150, Y: 186, W: 125, H: 8, Font: Text{Size: 14, Style: Bold}, MinSize: 10, Align: AlignCentre},
		{Key: CertDecision, X: 20, Y: 182, W: 120, H: 6, Font: Text{Size: 11, Style: Italic}, MinSize: 8, Align: AlignLeft},
		{Key: CertSerial, X: 20, Y: 188, W: 120, H: 6, Font: Text{Size: 11}, MinSize: 8, Align: AlignLeft},
	},
}

// CertA3 is CertA4 on A3 landscape (420 × 297 mm), every figure √2
// larger (420/297: the sheet is 297 mm, not 296.97, high).
var CertA3 = func() CertLayout {
	c := CertA4.Scaled(420.0/297.0, "A3 ngang")
	c.Width, c.Height = 420, 297
	return c
}()

// CertLineSpacing is the line spacing inside a certificate's boxes, a
// multiple of the font size.
const CertLineSpacing = 1.15

// Calibration holds the figures of the calibration page of blanks: the
// millimetre grid (thin every 1 mm, stronger every 5, strongest every
// 10 with the centimetre written), the crosses at the fields and their
// labels.
var Calibration = struct {
	Fine, Mid, Major             float64 // line widths
	FineGrey, MidGrey, MajorGrey float64
	Cross                        float64 // length of a cross's strokes
	Label                        Text
}{
	Fine: 0.05, Mid: 0.1, Major: 0.2,
	FineGrey: 0.85, MidGrey: 0.65, MajorGrey: 0.35,
	Cross: 8,
	Label: Text{Size: 8},
}
