package catalog

import (
	"strings"
	"testing"
)

// TestTemplateUnits: a body's template may suggest its units; a new
// draft starts with them (NFC, each once, blanks passed over).
func TestTemplateUnits(t *testing.T) {
	src := strings.Replace(validTemplate(), `"format": "baocao-danvan/template",`,
		`"format": "baocao-danvan/template", "units": ["Chi bộ 1", "Chi bộ Văn phòng", " chi bộ 1 ", "", "Chi bo\u0323\u0302 2"],`, 1)
	tpl, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	r := tpl.NewReport(2016)
	var names []string
	for _, u := range r.Units {
		names = append(names, u.Name+"="+u.ID)
	}
	if got := strings.Join(names, "|"); got != "Chi bộ 1=chi-bo-1|Chi bộ Văn phòng=chi-bo-van-phong|Chi bộ 2=chi-bo-2" {
		t.Errorf("units %s", got)
	}
	if r2 := tpl.NewReport(2017); len(r2.Units) != 3 || &r2.Units[0] == &r.Units[0] {
		t.Error("each draft gets its own list")
	}
}
