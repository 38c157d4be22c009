package movementui

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"baocao/app/movement"
)

// FuzzParseLinks: the form's list of honorees never panics, never keeps
// an empty name, gives NFC single-line names, and reads back what it
// writes.
func FuzzParseLinks(f *testing.F) {
	for _, s := range []string{"", "Lê Văn Phúc — Phòng A", "a - b\n\n c —", "—\n-", "Nguyê\u0300n\tA", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		refs := parseLinks(text)
		for _, r := range refs {
			if r.Name == "" && r.Unit == "" {
				t.Fatalf("an empty link from %q", text)
			}
			for _, s := range []string{r.Name, r.Unit} {
				if strings.ContainsAny(s, "\n\t") || !norm.NFC.IsNormalString(s) || !utf8.ValidString(s) {
					t.Fatalf("unclean %q from %q", s, text)
				}
			}
		}
		if back := parseLinks(formatLinks(refs)); !slices.Equal(back, refs) && !hasSeparator(refs) {
			t.Fatalf("round trip of %q: %v → %v", text, refs, back)
		}
	})
}

// hasSeparator: a name holding " — " or " - " cannot be written back
// unambiguously (the form reads it as name and unit).
func hasSeparator(refs []movement.HonoreeRef) bool {
	for _, r := range refs {
		if strings.Contains(r.Name, "—") || strings.Contains(r.Name, " - ") || r.Name == "" {
			return true
		}
	}
	return false
}

// FuzzParseCount: a typed count is a whole number from 0 or an error.
func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"0", "1.234", " 12 ", "-3", "1e3", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseCount(s)
		if err == nil && (n < 0 || n > 10_000_000) {
			t.Fatalf("parseCount(%q) = %d", s, n)
		}
	})
}
