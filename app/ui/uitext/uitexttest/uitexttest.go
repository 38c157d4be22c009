// Package uitexttest checks, from a package's tests, that the package's
// translation files match the texts its code looks up with tr and trN (the
// package's names for uitext.T and uitext.N, called with a literal key
// and Vietnamese text). It is for tests only.
package uitexttest

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// usedTexts returns the key and Vietnamese text of every tr and trN call
// in the package's code, and which of them are plural.
func usedTexts(t testing.TB, min int) (texts map[string]string, plural map[string]bool) {
	t.Helper()
	texts, plural = map[string]string{}, map[string]bool{}
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			id, ok := call.Fun.(*ast.Ident)
			if !ok || (id.Name != "tr" && id.Name != "trN") {
				return true
			}
			if len(call.Args) < 2 {
				t.Errorf("%s: %s needs a key and a text", fset.Position(call.Pos()), id.Name)
				return true
			}
			key, err1 := literal(call.Args[0])
			vi, err2 := literal(call.Args[1])
			if err1 != nil || err2 != nil {
				t.Errorf("%s: the key and text of %s must be string literals", fset.Position(call.Pos()), id.Name)
				return true
			}
			if old, ok := texts[key]; ok && old != vi {
				t.Errorf("%s: key %q has two texts: %q and %q", fset.Position(call.Pos()), key, old, vi)
			}
			texts[key] = vi
			plural[key] = id.Name == "trN"
			return true
		})
	}
	if len(texts) < min {
		t.Fatalf("found only %d texts; is the parser looking at the right calls?", len(texts))
	}
	return texts, plural
}

func literal(e ast.Expr) (string, error) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", strconv.ErrSyntax
	}
	return strconv.Unquote(lit.Value)
}

func loadTranslations(t testing.TB, translations fs.FS, lang string) map[string]any {
	t.Helper()
	data, err := fs.ReadFile(translations, "translations/"+lang+".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s.json: %v", lang, err)
	}
	return m
}

var placeholder = regexp.MustCompile(`\{\{\.[A-Za-z]+\}\}`)

func placeholders(s string) []string {
	p := placeholder.FindAllString(s, -1)
	slices.Sort(p)
	return slices.Compact(p)
}

// Check checks the package whose tests run (the Go files of the current
// directory, tests left out) against its translation files
// (translations/vi.json and translations/en.json in translations): that
// vi.json repeats the code's Vietnamese exactly, that en.json translates
// every text with the same placeholders (and plural forms where the code
// uses trN), that neither holds texts nobody uses and that the code's
// texts are NFC. min is the fewest texts the package is known to have, so
// that a parser that stops finding the calls fails instead of passing.
func Check(t testing.TB, translations fs.FS, min int) {
	t.Helper()
	texts, plural := usedTexts(t, min)
	for _, lang := range []string{"vi", "en"} {
		m := loadTranslations(t, translations, lang)
		for _, key := range slices.Sorted(maps.Keys(texts)) {
			vi := texts[key]
			if !norm.NFC.IsNormalString(vi) {
				t.Errorf("%q is not NFC in the code", key)
			}
			v, ok := m[key]
			if !ok {
				t.Errorf("%s.json lacks %q (%s)", lang, key, vi)
				continue
			}
			var forms []string
			switch v := v.(type) {
			case string:
				if plural[key] && lang == "en" {
					t.Errorf("en.json: %q depends on a count and needs \"one\" and \"other\"", key)
				}
				forms = []string{v}
			case map[string]any:
				if !plural[key] {
					t.Errorf("%s.json: %q is not plural in the code", lang, key)
				}
				for _, f := range slices.Sorted(maps.Keys(v)) {
					s, _ := v[f].(string)
					forms = append(forms, s)
				}
				if _, ok := v["other"]; !ok {
					t.Errorf("%s.json: %q has no \"other\" form", lang, key)
				}
			}
			for _, s := range forms {
				if strings.TrimSpace(s) == "" {
					t.Errorf("%s.json: %q is empty", lang, key)
				}
				if !slices.Equal(placeholders(s), placeholders(vi)) {
					t.Errorf("%s.json: %q has placeholders %v, the code %v", lang, key, placeholders(s), placeholders(vi))
				}
				if lang == "vi" && s != vi {
					t.Errorf("vi.json: %q is %q, the code says %q", key, s, vi)
				}
			}
		}
		for key := range m {
			if _, ok := texts[key]; !ok {
				t.Errorf("%s.json: %q is not used", lang, key)
			}
		}
	}
}

// English registers a step's translations (its RegisterTranslations) with
// the user's language set to English, for the rest of the test; at its end
// they are registered again in Vietnamese, for the package's other tests.
func English(t testing.TB, register func() error) {
	t.Helper()
	t.Setenv("LC_ALL", "en_GB.UTF-8")
	t.Setenv("LANGUAGE", "en")
	if err := register(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		os.Setenv("LC_ALL", "vi_VN.UTF-8")
		os.Setenv("LANGUAGE", "vi")
		if err := register(); err != nil {
			t.Fatal(err)
		}
	})
}
