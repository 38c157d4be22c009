package honoreesui

import (
	"embed"
	"fmt"

	"fyne.io/fyne/v2/lang"
)

// Translations holds the texts of this step, one file per language
// (translations/vi.json, translations/en.json), in the flat go-i18n JSON
// form that fyne.io/fyne/v2/lang reads. Every key starts with "honorees."
// so that it cannot clash with the texts of other steps. Register them
// once at start-up, before the window is built:
//
//	lang.AddTranslationsFS(honoreesui.Translations, "translations")
//
// or call RegisterTranslations. Without them every text shows in
// Vietnamese, the fallback written in the code; with them, Fyne picks the
// language from the user's locale.
//
//go:embed translations/*.json
var Translations embed.FS

// RegisterTranslations adds Translations to Fyne's translation bundle.
func RegisterTranslations() error {
	if err := lang.AddTranslationsFS(Translations, "translations"); err != nil {
		return fmt.Errorf("không nạp được bản dịch của bước danh sách khen thưởng: %w", err)
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

// trN is tr for a text that depends on a count (English "1 individual",
// "2 individuals"); the count is available as {{.Count}}.
func trN(key, vi string, count int) string {
	return lang.XN(key, vi, count, map[string]any{"Count": count})
}
