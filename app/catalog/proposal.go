package catalog

import (
	"io/fs"
	"strings"

	"baocao/app/report"
)

// ProposalFormat is the value of the "format" member of a proposal
// template file.
const ProposalFormat = "baocao-danvan/proposal-template"

// ProposalTemplate holds the texts of the proposal (Tờ trình đề nghị khen
// thưởng) sent to the superior body for the higher awards, of one
// profile: data, not code. Texts may use the placeholders of ProposalData
// and, in Results and ResultsChange, the movement's figures
// ({{tong_dang_ky}}), filled when the document is composed.
type ProposalTemplate struct {
	Format  string         `json:"format"`
	Version int            `json:"version"`
	Profile report.Profile `json:"profile"`
	Title   string         `json:"title"`   // TỜ TRÌNH
	Summary string         `json:"summary"` // đề nghị khen thưởng …
	// To is the default addressee after "Kính gửi:", made from the
	// superior body ("Ban Thường vụ {{.SuperiorCommittee}}").
	To string `json:"to"`
	// Opening is the paragraph that says why the proposal is made.
	Opening string `json:"opening"`
	// Results sums up the movement's results with its figures; it and
	// ResultsChange (the comparison with last year) are printed only when
	// the draft has figures (and a baseline).
	Results       string `json:"results"`
	ResultsChange string `json:"resultsChange"`
	// Request is the paragraph that asks for the awards.
	Request    string           `json:"request"`
	Closing    string           `json:"closing"`   // Kính trình … xem xét, quyết định./.
	ListTitle  string           `json:"listTitle"` // the attached list's title
	Recipients []string         `json:"recipients"`
	Signature  report.Signature `json:"signature"` // authority and position; the signer is the draft's
}

// ProposalData is what a proposal template's placeholders can use.
type ProposalData struct {
	Year, NextYear  int
	IssuingBody     string // as in the header, capitals
	IssuingBodyName string // in running text ("Đảng ủy Sở Văn hóa và Thể thao")
	// SuperiorBodyName is the superior body in running text ("Đảng bộ
	// Thành phố Hồ Chí Minh"); SuperiorCommittee its executive ("Đảng ủy
	// Thành phố Hồ Chí Minh": a Đảng bộ's committee is its Đảng ủy).
	SuperiorBodyName, SuperiorCommittee string
	// To is the addressee as printed after "Kính gửi:".
	To string
	// Who names those proposed: "01 tập thể và 02 cá nhân".
	Who string
	// Awards names the awards proposed, as the list writes them, joined
	// ("Bằng khen của Ban Thường vụ Thành ủy").
	Awards string
	// BaselineYear is the year of last year's figures (0: none).
	BaselineYear int
}

func (t *ProposalTemplate) texts() []namedText {
	return []namedText{{"trích yếu", t.Summary}, {"kính gửi", t.To}, {"mở đầu", t.Opening},
		{"kết quả phong trào", t.Results}, {"so sánh năm trước", t.ResultsChange}, {"đề nghị", t.Request},
		{"kết thúc", t.Closing}, {"tiêu đề danh sách", t.ListTitle}}
}

// proposalKind: how a proposal template is read and checked.
var proposalKind = docKind{noun: "tờ trình", format: ProposalFormat, dir: "proposal",
	sample: ProposalData{Year: 2016, NextYear: 2017, IssuingBody: "B", IssuingBodyName: "B", SuperiorBodyName: "A",
		SuperiorCommittee: "A", To: "A", Who: "01 tập thể", Awards: "Bằng khen", BaselineYear: 2015}}

func (t *ProposalTemplate) header() (string, int, report.Profile) {
	return t.Format, t.Version, t.Profile
}

func (t *ProposalTemplate) missing() string {
	if strings.TrimSpace(t.Title) == "" || strings.TrimSpace(t.Summary) == "" || strings.TrimSpace(t.To) == "" || strings.TrimSpace(t.Request) == "" {
		return "thiếu tên loại, trích yếu, nơi kính gửi hoặc lời đề nghị"
	}
	return ""
}

// ParseProposal reads one proposal template and checks it: format,
// version, profile, the required texts and every placeholder.
func ParseProposal(data []byte) (*ProposalTemplate, error) {
	return parseDoc[ProposalTemplate](data, proposalKind)
}

// LoadProposal reads the proposal template of profile p from fsys (the
// embedded templates.Proposals: proposal/party.json, proposal/state.json).
func LoadProposal(fsys fs.FS, p report.Profile) (*ProposalTemplate, error) {
	return loadDoc[ProposalTemplate](fsys, p, proposalKind)
}

// Fill returns text with its placeholders filled; a text that does not
// run is kept as written.
func (d ProposalData) Fill(text string) string { return fill(text, d) }
