package previewui

import (
	"embed"

	"baocao/app/ui/uitext"
)

// Translations holds the widget's texts, one file per language
// (translations/vi.json, translations/en.json), in the flat go-i18n JSON
// form that fyne.io/fyne/v2/lang reads. Register them once at start-up:
// ui.RegisterTranslations(previewui.Translations, "translations").
// Without them every text shows in Vietnamese, the fallback written in
// the code.
//
//go:embed translations/*.json
var Translations embed.FS

// tr looks up the widget's texts (package uitext).
var tr = uitext.T
