package catalog

import (
	"strings"
	"testing"

	"baocao/app/report"
	"baocao/templates"
)

// TestBuiltinDecisions: both profiles' decision templates load and fill.
func TestBuiltinDecisions(t *testing.T) {
	for _, p := range []report.Profile{report.ProfileParty, report.ProfileState} {
		tpl, err := LoadDecision(templates.Decisions, p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		data := DecisionData{Year: 2016, IssuingBody: "X", IssuingBodyName: "Y", Who: "01 tập thể"}
		for _, txt := range tpl.texts() {
			if s := data.Fill(txt.text); strings.Contains(s, "{{") {
				t.Errorf("%s, %s: placeholder left in %q", p, txt.what, s)
			}
		}
		if len(tpl.Bases) == 0 || !strings.HasPrefix(tpl.Bases[0], "Căn cứ") {
			t.Errorf("%s: bases %q", p, tpl.Bases)
		}
	}
}

// TestParseDecisionRejects: a decision template with a mistake is refused
// with the reason.
func TestParseDecisionRejects(t *testing.T) {
	good := `{"format":"baocao-danvan/decision-template","version":1,"profile":"party","title":"QUYẾT ĐỊNH","summary":"về việc {{.Year}}","authority":"A","articles":["x"]}`
	if _, err := ParseDecision([]byte(good)); err != nil {
		t.Fatalf("good template refused: %v", err)
	}
	tests := map[string]string{
		strings.Replace(good, `{{.Year}}`, `{{.Nam}}`, 1):             "trích yếu",
		strings.Replace(good, `"party"`, `"other"`, 1):                "thể thức",
		strings.Replace(good, `decision-template`, `template`, 1):     "format",
		strings.Replace(good, `"articles":["x"]`, `"articles":[]`, 1): "các điều",
		strings.Replace(good, `"title"`, `"tittle"`, 1):               "không đọc được",
		`{"format":"baocao-danvan/decision-template","version":9}`:    "phiên bản",
	}
	for in, want := range tests {
		if _, err := ParseDecision([]byte(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseDecision(%s) = %v, want an error about %q", in, err, want)
		}
	}
}
