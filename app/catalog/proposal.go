package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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

// ParseProposal reads one proposal template and checks it: format,
// version, profile, the required texts and every placeholder.
func ParseProposal(data []byte) (*ProposalTemplate, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("tệp mẫu tờ trình lớn hơn %d KB", MaxSize>>10)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var t ProposalTemplate
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("tệp mẫu tờ trình không đọc được: %w", err)
	}
	var problems []string
	if t.Format != ProposalFormat {
		problems = append(problems, fmt.Sprintf("\"format\" phải là %q", ProposalFormat))
	}
	if t.Version < 1 || t.Version > Version {
		problems = append(problems, fmt.Sprintf("phiên bản %d không đọc được (chương trình đọc đến %d)", t.Version, Version))
	}
	if !t.Profile.Valid() {
		problems = append(problems, fmt.Sprintf("thể thức %q không hợp lệ (party hoặc state)", t.Profile))
	}
	if strings.TrimSpace(t.Title) == "" || strings.TrimSpace(t.Summary) == "" || strings.TrimSpace(t.To) == "" || strings.TrimSpace(t.Request) == "" {
		problems = append(problems, "thiếu tên loại, trích yếu, nơi kính gửi hoặc lời đề nghị")
	}
	sample := ProposalData{Year: 2016, NextYear: 2017, IssuingBody: "B", IssuingBodyName: "B", SuperiorBodyName: "A",
		SuperiorCommittee: "A", To: "A", Who: "01 tập thể", Awards: "Bằng khen", BaselineYear: 2015}
	for _, txt := range t.texts() {
		if _, err := Render(txt.text, sample); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", txt.what, err))
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "; "))
	}
	return &t, nil
}

// LoadProposal reads the proposal template of profile p from fsys (the
// embedded templates.Proposals: proposal/party.json, proposal/state.json).
func LoadProposal(fsys fs.FS, p report.Profile) (*ProposalTemplate, error) {
	if !p.Valid() {
		p = report.ProfileParty
	}
	name := "proposal/" + string(p) + ".json"
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("không đọc được mẫu tờ trình %s: %w", name, err)
	}
	t, err := ParseProposal(data)
	if err != nil {
		return nil, fmt.Errorf("mẫu tờ trình %s: %w", name, err)
	}
	if t.Profile != p {
		return nil, fmt.Errorf("mẫu tờ trình %s là thể thức %q, cần %q", name, t.Profile, p)
	}
	return t, nil
}

// Fill returns text with its placeholders filled; a text that does not
// run is kept as written.
func (d ProposalData) Fill(text string) string {
	s, err := Render(text, d)
	if err != nil {
		return text
	}
	return s
}
