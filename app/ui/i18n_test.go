package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestTranslationsComplete checks that every text the window's code passes
// to lang.L has a Vietnamese and an English translation, and that the
// Vietnamese ones are really translated.
func TestTranslationsComplete(t *testing.T) {
	keys := map[string]string{} // key → file
	re := regexp.MustCompile(`lang\.L\(("(?:[^"\\]|\\.)*")`)
	for _, dir := range []string{".", "pointsui", "savefile"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range re.FindAllStringSubmatch(string(src), -1) {
				k, err := strconv.Unquote(m[1])
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				keys[k] = f
			}
		}
	}
	if len(keys) < 100 {
		t.Fatalf("found only %d texts in the code; the scan is broken", len(keys))
	}
	for _, code := range []string{LangVietnamese, LangEnglish} {
		data, err := Translations.ReadFile("translations/" + code + ".json")
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s.json: %v", code, err)
		}
		for k, f := range keys {
			v, ok := m[k]
			if !ok {
				t.Errorf("%s.json lacks %q (used in %s)", code, k, f)
				continue
			}
			if s, _ := v.(string); code == LangVietnamese && s == k && !strings.ContainsAny(k, "ÁÀẢÃẠĂÂĐÊÔƠƯáàảãạăâđêôơư") && k != "OK" {
				t.Errorf("vi.json leaves %q untranslated", k)
			}
		}
	}
}

// TestLanguageIsForced checks that the chosen language wins whatever the
// system locale is, and that switching works both ways.
func TestLanguageIsForced(t *testing.T) {
	test.NewTempApp(t)
	for _, env := range []string{"en_US.UTF-8", "fr_FR.UTF-8", "C"} {
		t.Setenv("LANG", env)
		t.Setenv("LC_ALL", env)
		t.Setenv("LANGUAGE", "")
		if err := SetLanguage(LangVietnamese); err != nil {
			t.Fatal(err)
		}
		if got := lang.L("Save"); got != "Lưu" {
			t.Errorf("LANG=%s, Vietnamese: lang.L(Save) = %q, want Lưu", env, got)
		}
		if got := lang.L("Cancel"); got != "Hủy" {
			t.Errorf("LANG=%s, Vietnamese: Fyne's own Cancel = %q, want Hủy", env, got)
		}
		if err := SetLanguage(LangEnglish); err != nil {
			t.Fatal(err)
		}
		if got := lang.L("General information"); got != "General information" {
			t.Errorf("LANG=%s, English: got %q", env, got)
		}
	}
	SetLanguage(LangVietnamese)
}
