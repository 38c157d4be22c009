package previewui

import (
	"embed"
	"fmt"

	"fyne.io/fyne/v2/lang"
)

// Translations holds the widget's texts, one file per language
// (translations/vi.json, translations/en.json), in the flat go-i18n JSON
// form that fyne.io/fyne/v2/lang reads. Register them once at start-up
// (ui.RegisterTranslations(previewui.Translations, "translations") or
// RegisterTranslations). Without them every text shows in Vietnamese, the
// fallback written in the code.
//
//go:embed translations/*.json
var Translations embed.FS

// RegisterTranslations adds Translations to Fyne's translation bundle.
func RegisterTranslations() error {
	if err := lang.AddTranslationsFS(Translations, "translations"); err != nil {
		return fmt.Errorf("không nạp được bản dịch của phần xem trước: %w", err)
	}
	return nil
}

// tr returns the text with the given key in the user's language; vi is
// the Vietnamese text, used when no translation is registered. data fills
// {{.Name}} placeholders.
func tr(key, vi string, data ...map[string]any) string {
	if len(data) > 0 {
		return lang.X(key, vi, data[0])
	}
	return lang.X(key, vi)
}
