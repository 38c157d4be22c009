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

// DecisionFormat is the value of the "format" member of a decision
// template file.
const DecisionFormat = "baocao-danvan/decision-template"

// DecisionTemplate holds the texts of the decision on commendation
// (Quyết định khen thưởng) of one profile: data, not code, so that an
// office follows a change of the rules (a new decree in the legal bases)
// without a new program. Texts may use the placeholders of DecisionData.
type DecisionTemplate struct {
	Format     string           `json:"format"`
	Version    int              `json:"version"`
	Profile    report.Profile   `json:"profile"`
	Title      string           `json:"title"`     // QUYẾT ĐỊNH
	Summary    string           `json:"summary"`   // về việc khen thưởng …
	Authority  string           `json:"authority"` // BAN THƯỜNG VỤ {{.IssuingBody}}
	Bases      []string         `json:"bases"`     // Căn cứ …; one per line
	Decides    string           `json:"decides"`   // QUYẾT ĐỊNH:
	Articles   []string         `json:"articles"`  // Điều 1, Điều 2, …
	ListTitle  string           `json:"listTitle"` // the attached list's title
	Recipients []string         `json:"recipients"`
	Signature  report.Signature `json:"signature"` // authority and position; the signer is the draft's
}

// DecisionData is what a decision template's placeholders can use.
type DecisionData struct {
	Year, NextYear  int
	IssuingBody     string // as in the header, capitals
	IssuingBodyName string // in running text ("Đảng ủy Sở Văn hóa và Thể thao")
	// Who names the commended: "01 tập thể và 02 cá nhân", "12 cá nhân".
	Who                              string
	CollectiveCount, IndividualCount int
	// Reward is the sentence on the money each receives, when the office
	// sets it ("Mỗi tập thể được thưởng 1.000.000 đồng, …"), else "".
	Reward string
}

// texts lists every text of t that may hold placeholders.
func (t *DecisionTemplate) texts() []namedText {
	out := []namedText{{"trích yếu", t.Summary}, {"dòng thẩm quyền", t.Authority}, {"tiêu đề danh sách", t.ListTitle}}
	for _, b := range t.Bases {
		out = append(out, namedText{"căn cứ", b})
	}
	for i, a := range t.Articles {
		out = append(out, namedText{fmt.Sprintf("Điều %d", i+1), a})
	}
	return out
}

// ParseDecision reads one decision template and checks it: format,
// version, profile, the required texts and every placeholder.
func ParseDecision(data []byte) (*DecisionTemplate, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("tệp mẫu quyết định lớn hơn %d KB", MaxSize>>10)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var t DecisionTemplate
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("tệp mẫu quyết định không đọc được: %w", err)
	}
	var problems []string
	if t.Format != DecisionFormat {
		problems = append(problems, fmt.Sprintf("\"format\" phải là %q", DecisionFormat))
	}
	if t.Version < 1 || t.Version > Version {
		problems = append(problems, fmt.Sprintf("phiên bản %d không đọc được (chương trình đọc đến %d)", t.Version, Version))
	}
	if !t.Profile.Valid() {
		problems = append(problems, fmt.Sprintf("thể thức %q không hợp lệ (party hoặc state)", t.Profile))
	}
	if strings.TrimSpace(t.Title) == "" || strings.TrimSpace(t.Summary) == "" || strings.TrimSpace(t.Authority) == "" || len(t.Articles) == 0 {
		problems = append(problems, "thiếu tên loại, trích yếu, dòng thẩm quyền hoặc các điều")
	}
	sample := DecisionData{Year: 2016, NextYear: 2017, IssuingBody: "B", IssuingBodyName: "B", Who: "01 tập thể", CollectiveCount: 1}
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

// LoadDecision reads the decision template of profile p from fsys (the
// embedded templates.Decisions: decision/party.json, decision/state.json).
func LoadDecision(fsys fs.FS, p report.Profile) (*DecisionTemplate, error) {
	if !p.Valid() {
		p = report.ProfileParty
	}
	name := "decision/" + string(p) + ".json"
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("không đọc được mẫu quyết định %s: %w", name, err)
	}
	t, err := ParseDecision(data)
	if err != nil {
		return nil, fmt.Errorf("mẫu quyết định %s: %w", name, err)
	}
	if t.Profile != p {
		return nil, fmt.Errorf("mẫu quyết định %s là thể thức %q, cần %q", name, t.Profile, p)
	}
	return t, nil
}

// Fill returns text with its placeholders filled; a text that does not
// run (a base the office mistyped) is kept as written.
func (d DecisionData) Fill(text string) string {
	s, err := Render(text, d)
	if err != nil {
		return text
	}
	return s
}
