// Package textnorm cleans text that comes from outside the program (typed,
// pasted, loaded from a file or a spreadsheet) before it enters the report:
// Unicode NFC, no control characters, normalised line ends.
//
// Vietnamese typed with some input methods arrives decomposed (a base
// letter followed by combining marks); NFC gives the precomposed letters
// that fonts, search and comparison expect.
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Line cleans a single-line value (a name, a title): NFC, control
// characters removed, tabs and line breaks turned into single spaces, runs
// of spaces collapsed and the ends trimmed.
func Line(s string) string {
	s = clean(s, false)
	return strings.Join(strings.Fields(s), " ")
}

// IsLine reports whether s is already as Line leaves it, so that a
// second cleaning (a renderer's, of text a builder cleaned) costs a scan
// and no allocation.
func IsLine(s string) bool {
	if s == "" {
		return true
	}
	if !utf8.ValidString(s) || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for _, r := range s {
		if r == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		if r < utf8.RuneSelf {
			if r < 0x20 || r == 0x7f {
				return false
			}
			continue
		}
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\ufeff' || r == '\u200b' || r == '\u200e' || r == '\u200f' {
			return false
		}
	}
	return norm.NFC.IsNormalString(s)
}

// Paragraphs cleans multi-line text: NFC, control characters other than
// tab and newline removed, CRLF and CR turned into LF, trailing spaces of
// each line and blank lines at both ends trimmed.
func Paragraphs(s string) string {
	s = clean(s, true)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// Key folds a value for comparisons that should ignore case, diacritics
// and spacing: "Nguyễn  Văn An" and "nguyen van an" have the same key.
// "đ" folds to "d".
func Key(s string) string {
	s = Line(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Identity folds a value for telling whether two values name the same
// person or unit: NFC, case and spacing ignored, diacritics kept — in
// Vietnamese they tell names apart ("Hùng" and "Hưng" are two people),
// and "đ" stays distinct from "d". Use Key to match words loosely
// (column titles, search), Identity for duplicates.
func Identity(s string) string {
	s = Line(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

func clean(s string, multiline bool) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t' || r == '\u2028' || r == '\u2029':
			if multiline {
				if r == '\u2028' || r == '\u2029' {
					r = '\n'
				}
				b.WriteRune(r)
			} else {
				b.WriteByte(' ')
			}
		case r == '\u00a0':
			b.WriteByte(' ')
		case unicode.IsControl(r), r == '\ufeff', r == '\u200b', r == '\u200e', r == '\u200f':
			// dropped: invisible characters that only break layout and search
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
