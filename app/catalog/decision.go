package catalog

import (
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

// decisionKind: how a decision template is read and checked.
var decisionKind = docKind{noun: "quyết định", format: DecisionFormat, dir: "decision",
	sample: DecisionData{Year: 2016, NextYear: 2017, IssuingBody: "B", IssuingBodyName: "B", Who: "01 tập thể", CollectiveCount: 1}}

func (t *DecisionTemplate) header() (string, int, report.Profile) {
	return t.Format, t.Version, t.Profile
}

func (t *DecisionTemplate) missing() string {
	if strings.TrimSpace(t.Title) == "" || strings.TrimSpace(t.Summary) == "" || strings.TrimSpace(t.Authority) == "" || len(t.Articles) == 0 {
		return "thiếu tên loại, trích yếu, dòng thẩm quyền hoặc các điều"
	}
	return ""
}

// ParseDecision reads one decision template and checks it: format,
// version, profile, the required texts and every placeholder.
func ParseDecision(data []byte) (*DecisionTemplate, error) {
	return parseDoc[DecisionTemplate](data, decisionKind)
}

// LoadDecision reads the decision template of profile p from fsys (the
// embedded templates.Decisions: decision/party.json, decision/state.json).
func LoadDecision(fsys fs.FS, p report.Profile) (*DecisionTemplate, error) {
	return loadDoc[DecisionTemplate](fsys, p, decisionKind)
}

// Fill returns text with its placeholders filled; a text that does not
// run (a base the office mistyped) is kept as written.
func (d DecisionData) Fill(text string) string { return fill(text, d) }
