package honoreesui

import (
	"testing"

	"baocao/app/report"
	"baocao/app/ui/uitext/uitexttest"
)

// TestTranslationsCoverEveryText checks vi.json and en.json against the
// code's texts (uitexttest.Check).
func TestTranslationsCoverEveryText(t *testing.T) {
	uitexttest.Check(t, Translations, 50)
}

// TestEnglish shows the step in English when the user's language is.
func TestEnglish(t *testing.T) {
	uitexttest.English(t, RegisterTranslations)
	r := &report.Report{}
	r.Honorees.Individuals = []report.Honoree{{Name: "Nguyễn Văn An"}}
	r.Honorees.Collectives = []report.Honoree{{Name: "Chi bộ 1"}, {Name: "Chi bộ 2"}}
	h := newHarness(t, r)
	if got := h.v.counts.Text; got != "1 individual, 2 collectives" {
		t.Errorf("counts = %q", got)
	}
	if h.v.addBtn.Text != "Add" || h.v.tabItems[Individuals].Text != "Individuals (1)" {
		t.Errorf("add button %q, tab %q", h.v.addBtn.Text, h.v.tabItems[Individuals].Text)
	}
	h.headerButton("Full name") // fails the test when missing
}
