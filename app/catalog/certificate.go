package catalog

import (
	"io/fs"
	"strings"

	"baocao/app/report"
)

// CertificateFormat is the value of the "format" member of a
// certificate template file.
const CertificateFormat = "baocao-danvan/certificate-template"

// CertificateTemplate holds the texts of the certificate (Giấy khen) of
// one profile: the heading at the top (the Party's name, or the state's
// name and motto), the issuer, "TẶNG", "GIẤY KHEN", how an individual is
// named, the default achievement, the decision line and the signature.
// Texts may use the placeholders of CertificateData.
type CertificateTemplate struct {
	Format  string         `json:"format"`
	Version int            `json:"version"`
	Profile report.Profile `json:"profile"`
	Heading []string       `json:"heading"` // ĐẢNG CỘNG SẢN VIỆT NAM, or the state's name and motto
	Issuer  string         `json:"issuer"`  // BAN THƯỜNG VỤ {{.IssuingBody}}
	Gives   string         `json:"gives"`   // TẶNG
	Title   string         `json:"title"`   // GIẤY KHEN
	// IndividualTitle goes before an individual's name ("Đồng chí");
	// MaleTitle and FemaleTitle instead when the list gives the gender
	// ("Ông", "Bà"). A collective's name is printed alone.
	IndividualTitle string `json:"individualTitle,omitempty"`
	MaleTitle       string `json:"maleTitle,omitempty"`
	FemaleTitle     string `json:"femaleTitle,omitempty"`
	// Achievement is printed when the honoree's Thành tích is empty;
	// AchievementLead goes before a Thành tích that does not begin with
	// "Đã" ("Đã có thành tích xuất sắc trong" + "xây dựng mô hình …").
	Achievement     string           `json:"achievement"`
	AchievementLead string           `json:"achievementLead"`
	Decision        string           `json:"decision"` // Quyết định số {{.Decision}}, ngày {{.DecisionDate}}
	Serial          string           `json:"serial"`   // Số: {{.Serial}} (the register's number)
	Signature       report.Signature `json:"signature"`
}

// CertificateData is what a certificate template's placeholders can use.
type CertificateData struct {
	Year            int
	IssuingBody     string // capitals
	IssuingBodyName string // in running text
	// Decision is the decision's number and symbol ("12-QĐ/ĐU"),
	// DecisionDate its date ("10/11/2016"), room to write by hand when
	// not given.
	Decision, DecisionDate string
	// Serial is the certificate's number in the register, or room to
	// write it.
	Serial string
}

func (t *CertificateTemplate) texts() []namedText {
	return []namedText{{"cơ quan tặng", t.Issuer}, {"thành tích", t.Achievement}, {"dòng quyết định", t.Decision}, {"số vào sổ", t.Serial}}
}

// certificateKind: how a certificate template is read and checked.
var certificateKind = docKind{noun: "giấy khen", format: CertificateFormat, dir: "certificate",
	sample: CertificateData{Year: 2016, IssuingBody: "B", IssuingBodyName: "B", Decision: "1", DecisionDate: "1/1/2016", Serial: "1"}}

func (t *CertificateTemplate) header() (string, int, report.Profile) {
	return t.Format, t.Version, t.Profile
}

func (t *CertificateTemplate) missing() string {
	if strings.TrimSpace(t.Title) == "" || strings.TrimSpace(t.Issuer) == "" || strings.TrimSpace(t.Achievement) == "" {
		return "thiếu tên giấy khen, cơ quan tặng hoặc thành tích mặc định"
	}
	return ""
}

// ParseCertificate reads one certificate template and checks it.
func ParseCertificate(data []byte) (*CertificateTemplate, error) {
	return parseDoc[CertificateTemplate](data, certificateKind)
}

// LoadCertificate reads the certificate template of profile p from fsys
// (the embedded templates.Certificates).
func LoadCertificate(fsys fs.FS, p report.Profile) (*CertificateTemplate, error) {
	return loadDoc[CertificateTemplate](fsys, p, certificateKind)
}

// Fill returns text with its placeholders filled; a text that does not
// run is kept as written.
func (d CertificateData) Fill(text string) string { return fill(text, d) }
