package honoreesui

// importDialog is the open import preview, if any.
type importDialog struct{}

func (v *View) chooseImport() {}

func (v *View) chooseExport() {}
