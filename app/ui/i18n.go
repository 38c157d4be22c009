package ui

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/jeandeaual/go-locale"
)

// Translations holds the window's texts: translations/vi.json (the
// default) and translations/en.json.
//
//go:embed translations/*.json
var Translations embed.FS

// Languages the window can be shown in.
const (
	LangVietnamese = "vi"
	LangEnglish    = "en"
)

// extraTranslations are other packages' translation folders (for example
// the honorees step), merged with ours when the language is set.
var extraTranslations []translationSource

type translationSource struct {
	fsys fs.FS
	dir  string
}

// RegisterTranslations adds a folder of translation files named vi.json and
// en.json (in fsys, under dir) to the ones the window loads. Sub-packages
// with their own texts call it from an init function or before Run.
func RegisterTranslations(fsys fs.FS, dir string) {
	extraTranslations = append(extraTranslations, translationSource{fsys, dir})
}

// messages returns the merged translation table for a language.
func messages(code string) (map[string]any, error) {
	if code != LangVietnamese && code != LangEnglish {
		code = LangVietnamese
	}
	all := map[string]any{}
	sources := append([]translationSource{{Translations, "translations"}}, extraTranslations...)
	for _, s := range sources {
		data, err := fs.ReadFile(s.fsys, path.Join(s.dir, code+".json"))
		if err != nil {
			if s.fsys == fs.FS(Translations) {
				return nil, fmt.Errorf("thiếu bản dịch %s: %w", code, err)
			}
			continue
		}
		m := map[string]any{}
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("bản dịch %s/%s.json hỏng: %w", s.dir, code, err)
		}
		for k, v := range m {
			all[k] = v
		}
	}
	return all, nil
}

// SetLanguage makes code ("vi" or "en"; anything else means "vi") the
// language of every lang.L text, whatever the system's locale: Fyne picks
// the translation closest to the system locale, so the chosen language's
// table is registered under Vietnamese, English and every locale the
// system reports. Widgets built afterwards use it; the window rebuilds its
// content when the user switches.
func SetLanguage(code string) error {
	m, err := messages(code)
	if err != nil {
		return err
	}
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	tags := map[string]bool{"en": true, "vi": true}
	if sys, err := locale.GetLocales(); err == nil {
		for _, l := range sys {
			if l = strings.ReplaceAll(strings.TrimSpace(l), "_", "-"); l != "" && l != "C" && l != "POSIX" {
				tags[l] = true
				tags[strings.SplitN(l, "-", 2)[0]] = true
			}
		}
	}
	var firstErr error
	for t := range tags {
		if t == "" || t == "und" {
			continue
		}
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(t)); err != nil && firstErr == nil && (t == "en" || t == "vi") {
			firstErr = fmt.Errorf("nạp bản dịch %s: %w", code, err)
		}
	}
	return firstErr
}
