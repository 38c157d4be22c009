package compose

import (
	"fmt"
	"strings"

	"baocao/app/catalog"
	"baocao/app/certsettings"
	"baocao/app/doc"
	"baocao/app/report"
	"baocao/app/textnorm"
)

// CertificateOptions say how certificates are printed.
type CertificateOptions struct {
	// Paper is the blank's size (certsettings.A4, the default, or A3).
	Paper certsettings.Paper
	// Blank prints only the variable fields, shifted by Offsets, onto
	// pre-printed blanks (phôi); otherwise the whole certificate is
	// printed on plain paper, with its border.
	Blank   bool
	Offsets certsettings.Offsets
	// BodyName is the issuing body in running text; "" → as typed.
	BodyName string
	// FirstSerial is the register's number of the first certificate, the
	// others following; 0 leaves room to write it.
	FirstSerial int
}

// CertLayoutFor returns the layout of a certificate on paper.
func CertLayoutFor(paper certsettings.Paper) *doc.CertLayout {
	if paper == certsettings.A3 {
		return &doc.CertA3
	}
	return &doc.CertA4
}

// CertificateHonorees are the honorees who receive a certificate: those
// the decision commends (r.DecisionHonorees), collectives then
// individuals, in the order of the list.
func CertificateHonorees(r *report.Report) []CertHonoree {
	c, i := r.DecisionHonorees()
	out := make([]CertHonoree, 0, len(c)+len(i))
	for k, h := range c {
		out = append(out, CertHonoree{h, true, fmt.Sprintf("%s[%d]", report.FieldCollectives, k)})
	}
	for k, h := range i {
		out = append(out, CertHonoree{h, false, fmt.Sprintf("%s[%d]", report.FieldIndividuals, k)})
	}
	return out
}

// CertHonoree is one certificate's honoree.
type CertHonoree struct {
	report.Honoree
	Collective bool
	Field      string // "honorees.individuals[3]"
}

// Certificates builds one certificate page (doc.FixedPage) per honoree
// of r's decision, in the order of the list, with the texts of template
// t: the full certificate, or with opts.Blank only the variable fields at
// their shifted places. It returns an error when there is no one.
func Certificates(r *report.Report, t *catalog.CertificateTemplate, opts CertificateOptions) (*doc.Document, error) {
	if t == nil {
		return nil, fmt.Errorf("không có mẫu giấy khen")
	}
	hs := CertificateHonorees(r)
	if len(hs) == 0 {
		return nil, fmt.Errorf("không có tập thể, cá nhân nào được tặng Giấy khen (hình thức khen thưởng “Giấy khen”); ghi hình thức khen thưởng trong danh sách, hoặc chọn in cho cả danh sách")
	}
	cl := CertLayoutFor(opts.Paper)
	common := certCommon(r, t, opts.BodyName)
	d := &doc.Document{Kind: "certificates", Layout: LayoutFor(r.Profile)}
	for i, h := range hs {
		serial := "……………"
		if opts.FirstSerial > 0 {
			serial = fmt.Sprint(opts.FirstSerial + i)
		}
		texts := common.forHonoree(t, h, serial)
		d.Add(certPage(cl, texts, opts, h.Field))
	}
	what := "Giấy khen"
	if opts.Blank {
		what += " (in lên phôi)"
	}
	d.Info = doc.Info{Title: what + " — " + line(common.texts[doc.CertIssuer]), Author: line(r.IssuingBody), Subject: what, Keywords: Keywords}
	return d, nil
}

// certTexts are the texts every certificate of a report shares.
type certTexts struct {
	texts map[string]string
	data  catalog.CertificateData
}

func certCommon(r *report.Report, t *catalog.CertificateTemplate, bodyName string) certTexts {
	dr := r.AsDecision()
	if bodyName = line(bodyName); bodyName == "" {
		bodyName = line(r.IssuingBody)
	}
	data := catalog.CertificateData{Year: r.Year, IssuingBody: strings.ToUpper(line(r.IssuingBody)), IssuingBodyName: bodyName,
		Decision: "……………", DecisionDate: "……………"}
	if strings.TrimSpace(r.Decision.Number) != "" {
		data.Decision = line(dr.NumberAndSymbol())
	}
	if !dr.IssueDate.IsZero() {
		data.DecisionDate = dr.IssueDate.Vietnamese()
	}
	sig, kept := t.Signature, r.Decision.Signature
	if kept.Authority != "" || kept.Position != "" {
		sig.Authority, sig.Position = kept.Authority, kept.Position
	}
	signer := kept.Signer
	if signer == "" {
		signer = r.Signature.Signer
	}
	var sigLines []string
	for _, s := range []string{sig.Authority, sig.Position} {
		if s = line(s); s != "" {
			sigLines = append(sigLines, strings.ToUpper(s))
		}
	}
	texts := map[string]string{
		doc.CertIssuer:    strings.ToUpper(line(data.Fill(t.Issuer))),
		doc.CertGives:     line(t.Gives),
		doc.CertTitle:     line(t.Title),
		doc.CertDate:      certDate(dr),
		doc.CertSignature: strings.Join(sigLines, "\n"),
		doc.CertSigner:    line(signer),
	}
	if len(t.Heading) > 0 {
		texts[doc.CertHeading] = line(t.Heading[0])
	}
	if len(t.Heading) > 1 {
		texts[doc.CertMotto] = line(strings.Join(t.Heading[1:], " "))
	}
	return certTexts{texts: texts, data: data}
}

// forHonoree returns every field's text on h's certificate.
func (c certTexts) forHonoree(t *catalog.CertificateTemplate, h CertHonoree, serial string) map[string]string {
	out := make(map[string]string, len(c.texts)+6)
	for k, v := range c.texts {
		out[k] = v
	}
	name := line(h.Name)
	if !h.Collective {
		title := t.IndividualTitle
		switch h.Gender {
		case report.GenderMale:
			if t.MaleTitle != "" {
				title = t.MaleTitle
			}
		case report.GenderFemale:
			if t.FemaleTitle != "" {
				title = t.FemaleTitle
			}
		}
		if title = line(title); title != "" && name != "" {
			name = title + " " + name
		}
	}
	out[doc.CertName] = name
	out[doc.CertPosition] = line(h.Position)
	out[doc.CertUnit] = line(h.Unit)
	out[doc.CertAchievement] = achievement(t, c.data, h.Achievement)
	data := c.data
	data.Serial = serial
	out[doc.CertDecision] = line(data.Fill(t.Decision))
	out[doc.CertSerial] = line(data.Fill(t.Serial))
	return out
}

// achievement is the line of merit: the honoree's Thành tích when it is
// a sentence of its own ("Đã có thành tích …"), after the template's
// lead otherwise ("Đã có thành tích xuất sắc trong xây dựng mô hình …"),
// or the template's default when the list gives none. Several lines of
// Thành tích are joined.
func achievement(t *catalog.CertificateTemplate, data catalog.CertificateData, typed string) string {
	s := strings.Join(paragraphs(typed), " ")
	s = strings.TrimLeft(s, "-–•+* ")
	switch {
	case s == "":
		return line(data.Fill(t.Achievement))
	case strings.HasPrefix(textnorm.Key(s), "da "):
		return s
	}
	lead := line(t.AchievementLead)
	if lead == "" {
		return s
	}
	return lead + " " + certLowerFirst(s)
}

// certLowerFirst writes the first letter in lower case, unless the first
// word is all capitals (an abbreviation: "UBND", "CLB").
func certLowerFirst(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if len([]rune(first)) > 1 && strings.ToUpper(first) == first {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToLower(string(r[0])))[0]
	return string(r)
}

// certPage lays one certificate's fields on its page: every field with a
// text; with opts.Blank only the variable ones, shifted, and no border.
func certPage(cl *doc.CertLayout, texts map[string]string, opts CertificateOptions, field string) doc.FixedPage {
	p := doc.FixedPage{Width: cl.Width, Height: cl.Height}
	if !opts.Blank {
		p.Frames = append(p.Frames, cl.Border...)
	}
	for _, f := range cl.Fields {
		text := texts[f.Key]
		if text == "" || (opts.Blank && f.Fixed) {
			continue
		}
		b := doc.Box{Name: f.Key, X: f.X, Y: f.Y, W: f.W, H: f.H, Font: f.Font, MinSize: f.MinSize, Align: f.Align,
			Line: doc.Line{Text: text}}
		if src, ok := certSrc[f.Key]; ok {
			b.Src = doc.Src{Field: field + "." + src[0], Where: "giấy khen, " + src[1]}
		}
		if opts.Blank {
			o := opts.Offsets.For(f.Key)
			b.X, b.Y = b.X+o.DX, b.Y+o.DY
		}
		p.Boxes = append(p.Boxes, b)
	}
	return p
}

// certSrc names the honoree's fields behind a certificate's boxes.
var certSrc = map[string][2]string{
	doc.CertName:        {"name", "họ và tên"},
	doc.CertPosition:    {"position", "chức vụ"},
	doc.CertUnit:        {"unit", "đơn vị"},
	doc.CertAchievement: {"achievement", "thành tích"},
}

// CalibrationPage is the page an office prints to find its printer's
// offsets: a millimetre grid over the whole page, and at each variable
// field of layout cl, shifted by offs, its box outlined and a cross at
// the point its text is aligned on, labelled with the field and where
// the cross stands (mm from the top left corner); a note at the top says
// how to use it.
func CalibrationPage(cl *doc.CertLayout, offs certsettings.Offsets, printer string) *doc.Document {
	c := doc.Calibration
	p := doc.FixedPage{Width: cl.Width, Height: cl.Height}
	for x := 0; float64(x) <= cl.Width; x++ {
		p.Rules = append(p.Rules, gridRule(float64(x), 0, float64(x), cl.Height, x))
	}
	for y := 0; float64(y) <= cl.Height; y++ {
		p.Rules = append(p.Rules, gridRule(0, float64(y), cl.Width, float64(y), y))
	}
	lh := c.Label.Size * doc.PtToMM * 1.2
	for x := 10; float64(x) < cl.Width; x += 10 {
		p.Boxes = append(p.Boxes, doc.Box{Name: "grid", X: float64(x) + 0.5, Y: 0.5, W: 8, H: lh, Font: c.Label, MinSize: 5, Align: doc.AlignLeft, Line: doc.Line{Text: fmt.Sprint(x / 10)}})
	}
	for y := 10; float64(y) < cl.Height; y += 10 {
		p.Boxes = append(p.Boxes, doc.Box{Name: "grid", X: 0.5, Y: float64(y) + 0.3, W: 8, H: lh, Font: c.Label, MinSize: 5, Align: doc.AlignLeft, Line: doc.Line{Text: fmt.Sprint(y / 10)}})
	}
	who := "máy in chưa đặt tên"
	if printer = line(printer); printer != "" {
		who = "máy in “" + printer + "”"
	}
	note := fmt.Sprintf("TRANG CĂN CHỈNH GIẤY KHEN — %s, %s. Lưới chia mi-li-mét, số là xăng-ti-mét. In trang này lên một tờ phôi, đo mỗi dấu + lệch bao nhiêu so với chỗ cần in rồi đặt độ dịch (sang phải, xuống dưới là số dương). Độ dịch đang dùng: %s.",
		who, cl.Name, offs.Describe())
	p.Boxes = append(p.Boxes, doc.Box{Name: "note", X: 12, Y: 3, W: cl.Width - 24, H: 3 * c.Label.Size * doc.PtToMM * 1.3, Font: doc.Text{Size: c.Label.Size + 1, Style: doc.Bold},
		MinSize: 6, Align: doc.AlignLeft, Line: doc.Line{Text: note}, Opaque: true})
	for _, f := range cl.Fields {
		if f.Fixed {
			continue
		}
		o := offs.For(f.Key)
		x, y := f.X+o.DX, f.Y+o.DY
		cx, cy := anchor(f, x, y)
		p.Frames = append(p.Frames, doc.Frame{X: x, Y: y, W: f.W, H: f.H, Width: 0.25, Grey: 0.2})
		p.Crosses = append(p.Crosses, doc.Cross{X: cx, Y: cy, Size: c.Cross, Label: f.Key})
		label := fmt.Sprintf("%s [%s] (%s; %s mm)", CertFieldName(f.Key), f.Key, mmText(cx), mmText(cy))
		if d := offs.For(f.Key); d != (certsettings.Offset{}) {
			label += " dịch " + d.String()
		}
		// The label goes right of the cross, or left of it when the page
		// ends too soon.
		lb := doc.Box{Name: "label", X: cx + c.Cross/2 + 1, Y: cy - lh - 0.3, W: 110, H: lh, Font: c.Label, MinSize: 5, Align: doc.AlignLeft, Line: doc.Line{Text: label}, Opaque: true}
		if lb.X+lb.W > cl.Width-2 {
			lb.X, lb.Align = cx-c.Cross/2-1-lb.W, doc.AlignRight
		}
		p.Boxes = append(p.Boxes, lb)
	}
	// The page sets its own size; the layout is only what a renderer
	// needs for a document (no flowing text follows).
	d := &doc.Document{Kind: "calibration", Layout: &doc.PartyLayout, Info: doc.Info{Title: "Trang căn chỉnh giấy khen — " + cl.Name, Subject: "Căn chỉnh in giấy khen lên phôi", Keywords: Keywords}}
	d.Add(p)
	return d
}

// anchor is the point a field's text is aligned on: the middle of the
// box for centred text, the middle of its left edge for text set left.
func anchor(f doc.CertField, x, y float64) (float64, float64) {
	switch f.Align {
	case doc.AlignLeft:
		return x, y + f.H/2
	case doc.AlignRight:
		return x + f.W, y + f.H/2
	}
	return x + f.W/2, y + f.H/2
}

func gridRule(x1, y1, x2, y2 float64, n int) doc.Rule {
	c := doc.Calibration
	switch {
	case n%10 == 0:
		return doc.Rule{X1: x1, Y1: y1, X2: x2, Y2: y2, Width: c.Major, Grey: c.MajorGrey}
	case n%5 == 0:
		return doc.Rule{X1: x1, Y1: y1, X2: x2, Y2: y2, Width: c.Mid, Grey: c.MidGrey}
	}
	return doc.Rule{X1: x1, Y1: y1, X2: x2, Y2: y2, Width: c.Fine, Grey: c.FineGrey}
}

// mmText writes a length as "148,5".
func mmText(v float64) string {
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.1f", v), "0"), ".")
	return strings.Replace(s, ".", ",", 1)
}

// certDate is the place and the decision's date, or dotted room to
// write the date by hand.
func certDate(dr *report.Report) string {
	if dr.IssueDate.IsZero() {
		return line(dr.Place) + ", ngày …… tháng …… năm " + fmt.Sprint(dr.Year)
	}
	return line(dr.PlaceAndDate())
}

// certFieldNames name the fields of a certificate in Vietnamese.
var certFieldNames = map[string]string{
	doc.CertHeading: "Quốc hiệu, tên Đảng", doc.CertMotto: "Tiêu ngữ", doc.CertIssuer: "Cơ quan tặng", doc.CertGives: "Chữ “Tặng”",
	doc.CertTitle: "Chữ “Giấy khen”", doc.CertName: "Họ và tên", doc.CertPosition: "Chức vụ", doc.CertUnit: "Đơn vị",
	doc.CertAchievement: "Thành tích", doc.CertDate: "Địa danh, ngày tháng", doc.CertSignature: "Chức danh người ký",
	doc.CertSigner: "Họ tên người ký", doc.CertDecision: "Số, ngày quyết định", doc.CertSerial: "Số vào sổ",
}

// CertFieldName is the Vietnamese name of a certificate's field ("name"
// → "Họ và tên"), for the calibration page and the window's offsets
// form; an unknown key is returned as it is.
func CertFieldName(key string) string {
	if n, ok := certFieldNames[key]; ok {
		return n
	}
	return key
}
