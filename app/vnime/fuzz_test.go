package vnime

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var fuzzEngines = []Engine{
	{Method: Telex}, {Method: Telex, Style: Modern, Brackets: true},
	{Method: VNI}, {Method: VNI, Style: Modern},
}

// FuzzApply checks that Apply never panics, keeps the text before the
// word, returns valid NFC text, and that Off adds the key exactly.
// The seed corpus is in testdata/fuzz/FuzzApply.
func FuzzApply(f *testing.F) {
	for _, s := range []struct {
		w string
		k rune
	}{
		{"Viêt", 'j'}, {"hòa", 'n'}, {"", 'w'}, {"Ưi", 'n'}, {"a1", '1'}, {"nguo", '7'},
		{"e\u0302", 's'}, {"\xff", 'a'}, {"thuơ", 'n'}, {"ĐẢNG ỦY", 'z'},
	} {
		f.Add(s.w, s.k)
	}
	f.Fuzz(func(t *testing.T, word string, key rune) {
		if got := (Engine{}).Apply(word, key); got != word+string(key) {
			t.Fatalf("Off: Apply(%q, %q) = %q", word, key, got)
		}
		for _, e := range fuzzEngines {
			got := e.Apply(word, key)
			if !utf8.ValidString(got) || !norm.NFC.IsNormalString(got) {
				t.Fatalf("%+v: Apply(%q, %q) = %q: not valid NFC", e, word, key, got)
			}
			if !utf8.ValidString(word) || !norm.NFC.IsNormalString(word) {
				continue
			}
			// Only the last word may change.
			prefix := word
			if i := wordStart(word); i >= 0 {
				prefix = word[:i]
			}
			if !strings.HasPrefix(got, prefix) {
				t.Fatalf("%+v: Apply(%q, %q) = %q changes %q", e, word, key, got, prefix)
			}
		}
	})
}

// FuzzType checks that Type never panics, returns valid NFC text, shows
// what calling Apply for every key shows, keeps every ASCII character that
// is not a letter (Telex), and that Off returns the keys.
// The seed corpus is in testdata/fuzz/FuzzType.
func FuzzType(f *testing.F) {
	for _, s := range []string{
		"Vieetj Nam", "Vie65t Nam", "nguwowif", "Windows Excel", "ass a11 ww ddd",
		"ĐẢNG ỦY", "thuowr thuowng", "ng[]if", "\xc3(", "e\u0302s",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, keys string) {
		if got := (Engine{}).Type(keys); got != keys {
			t.Fatalf("Off: Type(%q) = %q", keys, got)
		}
		for _, e := range fuzzEngines {
			got := e.Type(keys)
			if !utf8.ValidString(got) || !norm.NFC.IsNormalString(got) {
				t.Fatalf("%+v: Type(%q) = %q: not valid NFC", e, keys, got)
			}
			if e.Method == Telex && !e.Brackets && isASCII(keys) {
				if a, b := nonLetters(keys), nonLetters(got); a != b {
					t.Fatalf("%+v: Type(%q) = %q: punctuation %q became %q", e, keys, got, a, b)
				}
			}
			if len(keys) > 1000 {
				continue // the check below takes time in the square of the length
			}
			text := ""
			for _, k := range keys {
				text = e.Apply(text, k)
			}
			if text != got {
				t.Fatalf("%+v: Type(%q) = %q, Apply key by key gives %q", e, keys, got, text)
			}
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func nonLetters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return -1
		}
		return r
	}, s)
}
