package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"baocao/app/draft"
	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/ui/folders"
	"baocao/app/ui/movementui"
	"baocao/app/xlsx"
)

// newMovementStep builds the step of the movement's register and figures
// (package movementui); last year's draft is chosen with the drafts'
// file dialog, a list of models with the imports' one.
func newMovementStep(z *wizard) *movementui.View {
	w := z.w
	return movementui.New(w.win, z.r, w.changed, movementui.Options{
		ChooseDraft: func(cb func(string)) { w.chooseOpen(cb) },
		LoadDraft:   draft.Load,
		ChooseImport: func(cb func(string)) {
			folders.Open(w.win, folders.Imports, []string{".xlsx", ".XLSX"}, cb, func(err error) {
				w.showError(fmt.Errorf(lang.L("The file could not be opened. Choose it again, or copy it to this computer first.")+" (%w)", err))
			})
		},
		ReadModels: importModels,
	})
}

// importModels reads a list of models with the honoree import's engine
// (xlsx.ReadModelsFile) and returns the entries it would add to r's
// register — rows repeating an entry exactly are left out, as the
// command line's "models import" does — and a line for every row left
// out or worth a second look.
func importModels(path string, r *report.Report) (movementui.Imported, error) {
	res, err := xlsx.ReadModelsFile(path, xlsx.Options{Existing: r})
	if err != nil {
		return movementui.Imported{}, err
	}
	scratch := &report.Report{Movement: movement.Data{Fields: r.Movement.Fields, Register: slices.Clone(r.Movement.Register)}}
	before := len(scratch.Movement.Register)
	res.ApplyTo(scratch)
	out := movementui.Imported{Entries: scratch.Movement.Register[before:]}
	where := func(sheet string, line int) string {
		if sheet == "" {
			return fmt.Sprintf("Dòng %d", line)
		}
		return fmt.Sprintf("Trang “%s”, dòng %d", sheet, line)
	}
	for _, s := range res.Skipped {
		out.Skipped = append(out.Skipped, fmt.Sprintf("%s: %s", where(s.Sheet, s.Line), s.Reason))
	}
	for _, row := range res.Rows {
		switch {
		case row.Dropped():
			out.Skipped = append(out.Skipped, fmt.Sprintf("%s: %s, không thêm lần nữa", where(row.Sheet, row.Line), row.DuplicateOf))
		case len(row.Problems) > 0:
			out.Notes = append(out.Notes, fmt.Sprintf("%s (đã thêm): %s", where(row.Sheet, row.Line), strings.Join(row.Problems, "; ")))
		}
	}
	out.Notes = append(out.Notes, res.Namesakes...)
	return out, nil
}

func init() {
	RegisterTranslations(movementui.Translations, "translations")
}
