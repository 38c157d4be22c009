package movementui

import (
	"testing"

	"baocao/app/movement"
	"baocao/app/ui/uitext/uitexttest"
)

// TestTranslationsCoverEveryText checks vi.json and en.json against the
// code's texts (uitexttest.Check).
func TestTranslationsCoverEveryText(t *testing.T) {
	uitexttest.Check(t, Translations, 60)
}

// TestEnglish shows the step in English when the user's language is.
func TestEnglish(t *testing.T) {
	uitexttest.English(t, RegisterTranslations)
	h := newHarness(t, registerOf("Một"))
	if got := h.v.counts.Text; got != "1 model, 0 exemplars" {
		t.Errorf("counts = %q", got)
	}
	if got := h.cell(0, colStage); got != "Registered" {
		t.Errorf("stage cell = %q", got)
	}
	// The form in English still stores the core's values.
	h.v.openForm(0)
	h.v.form.stage.SetSelected("Proposed for commendation")
	h.v.form.level.SetSelected("Central level")
	h.v.form.dlg.Submit()
	if e := h.r.Movement.Register[0]; e.Stage != movement.StageProposed || e.Level != movement.LevelCentral {
		t.Errorf("saved %s / %s", e.Stage, e.Level)
	}
	if h.v.addBtn.Text != "Add" || h.v.tabItems[TabRegister].Text != "Register (1)" || h.v.figures.takeBtn.Text != "Take last year's figures from a file…" {
		t.Errorf("add %q, tab %q, take %q", h.v.addBtn.Text, h.v.tabItems[TabRegister].Text, h.v.figures.takeBtn.Text)
	}
}
