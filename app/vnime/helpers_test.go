package vnime

import (
	"strings"
	"testing"
	"unicode"
)

// The tests build what they expect from this table of precomposed letters,
// written out by hand, never from the code under test. Each row is a vowel
// with its six tones in VNI order: ngang, sắc, huyền, hỏi, ngã, nặng.
var toneRows = []string{
	"aáàảãạ", "ăắằẳẵặ", "âấầẩẫậ",
	"eéèẻẽẹ", "êếềểễệ",
	"iíìỉĩị",
	"oóòỏõọ", "ôốồổỗộ", "ơớờởỡợ",
	"uúùủũụ", "ưứừửữự",
	"yýỳỷỹỵ",
}

// telexMark and vniMark are the keys that put a letter's shape mark on its
// base letter; base gives the base letter.
var (
	baseOf        = map[rune]rune{'ă': 'a', 'â': 'a', 'ê': 'e', 'ô': 'o', 'ơ': 'o', 'ư': 'u', 'đ': 'd'}
	telexMark     = map[rune]string{'ă': "w", 'â': "a", 'ê': "e", 'ô': "o", 'ơ': "w", 'ư': "w", 'đ': "d"}
	vniMark       = map[rune]string{'ă': "8", 'â': "6", 'ê': "6", 'ô': "6", 'ơ': "7", 'ư': "7", 'đ': "9"}
	telexToneKeys = []string{"", "s", "f", "r", "x", "j"}
	vniTone       = []string{"", "1", "2", "3", "4", "5"}
)

// withTone returns the vowel v (a lower-case letter of toneRows' first
// column) carrying tone t.
func withToneMark(t *testing.T, v rune, tn int) rune {
	t.Helper()
	for _, row := range toneRows {
		r := []rune(row)
		if r[0] == v {
			return r[tn]
		}
	}
	t.Fatalf("no vowel %q in the table", v)
	return 0
}

// split returns the vowel without tone and the tone of a lower-case letter
// (tone 0 for a consonant or a toneless vowel).
func split(r rune) (rune, int) {
	for _, row := range toneRows {
		for i, c := range []rune(row) {
			if c == r {
				return []rune(row)[0], i
			}
		}
	}
	return r, 0
}

// keysFor returns the keys that type the Vietnamese text s: every letter
// as its base letter followed by its mark key, and the tone key at the end
// of the word (toneLast) or right after the toned vowel.
func keysFor(s string, vni, toneLast bool) string {
	marks, tones := telexMark, telexToneKeys
	if vni {
		marks, tones = vniMark, vniTone
	}
	var b strings.Builder
	pending := ""
	flush := func() {
		b.WriteString(pending)
		pending = ""
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			flush()
			b.WriteRune(r)
			continue
		}
		up := unicode.IsUpper(r)
		v, tn := split(unicode.ToLower(r))
		cased := func(k string) string {
			if up {
				return strings.ToUpper(k)
			}
			return k
		}
		if base, ok := baseOf[v]; ok {
			b.WriteString(cased(string(base)))
			b.WriteString(cased(marks[v]))
		} else {
			b.WriteString(cased(string(v)))
		}
		if tn != 0 {
			if toneLast {
				pending = tones[tn]
			} else {
				b.WriteString(tones[tn])
			}
		}
	}
	flush()
	return b.String()
}
