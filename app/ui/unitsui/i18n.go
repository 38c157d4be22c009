package unitsui

import (
	"embed"
	"fmt"

	"fyne.io/fyne/v2/lang"

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

// RegisterTranslations adds Translations to Fyne's translation bundle
// (the window merges them with its own instead).
func RegisterTranslations() error {
	if err := lang.AddTranslationsFS(Translations, "translations"); err != nil {
		return fmt.Errorf("không nạp được bản dịch của bước đơn vị: %w", err)
	}
	return nil
}
