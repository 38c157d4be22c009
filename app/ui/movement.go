package ui

import (
	"baocao/app/draft"
	"baocao/app/ui/movementui"
)

// newMovementStep builds the step of the movement's register and figures
// (package movementui); last year's draft is chosen with the drafts'
// file dialog.
func newMovementStep(z *wizard) *movementui.View {
	w := z.w
	return movementui.New(w.win, z.r, w.changed, movementui.Options{
		ChooseDraft: func(cb func(string)) { w.chooseOpen(cb) },
		LoadDraft:   draft.Load,
	})
}

func init() {
	RegisterTranslations(movementui.Translations, "translations")
}
