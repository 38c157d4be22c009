package unitsui

import (
	"embed"

	"baocao/app/ui/uitext"
)

// Translations holds the texts of this step, one file per language
// (translations/vi.json, translations/en.json), in the flat go-i18n JSON
// form that fyne.io/fyne/v2/lang reads. Every key starts with "units."
// so that it cannot clash with the texts of other steps; without them
// every text shows in Vietnamese, the fallback written in the code.
//
//go:embed translations/*.json
var Translations embed.FS

// tr and trN look up this step's texts (package uitext).
var (
	tr  = uitext.T
	trN = uitext.N
)
