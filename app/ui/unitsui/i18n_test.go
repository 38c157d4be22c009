package unitsui

import (
	"testing"

	"baocao/app/report"
	"baocao/app/ui/uitext/uitexttest"
)

// TestTranslationsCoverEveryText checks vi.json and en.json against the
// code's texts (uitexttest.Check).
func TestTranslationsCoverEveryText(t *testing.T) {
	uitexttest.Check(t, Translations, 80)
}

// TestEnglish shows the step in English when the user's language is.
func TestEnglish(t *testing.T) {
	uitexttest.English(t, RegisterTranslations)
	r := smallSample()
	r.Units[1].Collected = &report.UnitCollection{File: "a.xlsx", Problems: 2}
	h := newHarness(t, r)
	if got := h.v.counts.Text; got != "3 units: 1 sent (1 with problems), 2 not yet" {
		t.Errorf("counts = %q", got)
	}
	if got, _ := h.cell(1, colStatus); got != "with problems (2)" {
		t.Errorf("status cell = %q", got)
	}
	if h.v.collectBtn.Text != "Collect from a folder…" || h.v.header(colName) != "Unit name" {
		t.Errorf("collect %q, header %q", h.v.collectBtn.Text, h.v.header(colName))
	}
}
