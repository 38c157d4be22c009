package vnime

import (
	"strings"
	"testing"
)

// rhyme is a vowel group of Vietnamese with where the tone goes, written
// out from the spelling rules: classic and modern differ only for the open
// "oa", "oe", "uy".
type rhyme struct {
	onset, nucleus string
	closed         bool // takes a final consonant (tested with "n" and "t")
	open           bool // is written without one
	classic        int  // index (in runes) of the toned vowel, open syllable
	modern         int
	closedAt       int // index of the toned vowel before a final consonant
}

var rhymes = []rhyme{
	{"t", "a", true, true, 0, 0, 0},
	{"t", "ă", true, false, 0, 0, 0},
	{"t", "â", true, false, 0, 0, 0},
	{"t", "e", true, true, 0, 0, 0},
	{"t", "ê", true, true, 0, 0, 0},
	{"t", "i", true, true, 0, 0, 0},
	{"t", "o", true, true, 0, 0, 0},
	{"t", "ô", true, true, 0, 0, 0},
	{"t", "ơ", true, true, 0, 0, 0},
	{"t", "u", true, true, 0, 0, 0},
	{"t", "ư", true, true, 0, 0, 0},
	{"k", "y", false, true, 0, 0, 0},
	{"t", "ai", false, true, 0, 0, 0},
	{"t", "ao", false, true, 0, 0, 0},
	{"t", "au", false, true, 0, 0, 0},
	{"t", "ay", false, true, 0, 0, 0},
	{"t", "âu", false, true, 0, 0, 0},
	{"t", "ây", false, true, 0, 0, 0},
	{"t", "eo", false, true, 0, 0, 0},
	{"t", "êu", false, true, 0, 0, 0},
	{"t", "ia", false, true, 0, 0, 0},
	{"t", "iu", false, true, 0, 0, 0},
	{"t", "oi", false, true, 0, 0, 0},
	{"t", "ôi", false, true, 0, 0, 0},
	{"t", "ơi", false, true, 0, 0, 0},
	{"t", "ui", false, true, 0, 0, 0},
	{"g", "ưi", false, true, 0, 0, 0},
	{"h", "ưu", false, true, 0, 0, 0},
	{"m", "ua", false, true, 0, 0, 0},
	{"m", "ưa", false, true, 0, 0, 0},
	{"th", "uơ", false, true, 1, 1, 0},
	{"h", "oa", true, true, 0, 1, 1},
	{"x", "oă", true, false, 0, 0, 1},
	{"kh", "oe", true, true, 0, 1, 1},
	{"x", "oo", true, false, 0, 0, 1},
	{"t", "uâ", true, false, 0, 0, 1},
	{"th", "uê", true, true, 1, 1, 1},
	{"m", "uô", true, false, 0, 0, 1},
	{"m", "ươ", true, false, 0, 0, 1},
	{"th", "uy", true, true, 0, 1, 1},
	{"t", "iê", true, false, 0, 0, 1},
	{"", "yê", true, false, 0, 0, 1},
	{"ng", "uyê", true, false, 0, 0, 2},
	{"t", "iêu", false, true, 1, 1, 0},
	{"", "yêu", false, true, 1, 1, 0},
	{"ng", "oai", false, true, 1, 1, 0},
	{"ng", "oao", false, true, 1, 1, 0},
	{"x", "oay", false, true, 1, 1, 0},
	{"ng", "oeo", false, true, 1, 1, 0},
	{"kh", "uây", false, true, 1, 1, 0},
	{"t", "uôi", false, true, 1, 1, 0},
	{"ng", "ươi", false, true, 1, 1, 0},
	{"r", "ươu", false, true, 1, 1, 0},
	{"kh", "uya", false, true, 1, 1, 0},
	{"kh", "uyu", false, true, 1, 1, 0},
}

// toned returns nucleus with tone tn on its rune at index at.
func toned(t *testing.T, nucleus string, at, tn int) string {
	r := []rune(nucleus)
	r[at] = withToneMark(t, r[at], tn)
	return string(r)
}

// markKeysAtEnd returns the keys that type word (toneless, lower case)
// with every base letter first and the mark keys after them, as in
// "nguoiw" for "ngươi".
func markKeysAtEnd(word string, vni bool) string {
	var bases, marks strings.Builder
	rs := []rune(word)
	for i, r := range rs {
		base, ok := baseOf[r]
		if !ok {
			bases.WriteRune(r)
			continue
		}
		bases.WriteRune(base)
		if (r == 'ư' && i+1 < len(rs) && rs[i+1] == 'ơ') || r == 'đ' {
			continue // one key marks "ươ"; đ is typed "dd" in place
		}
		if vni {
			marks.WriteString(vniMark[r])
		} else {
			marks.WriteString(telexMark[r])
		}
	}
	return bases.String() + marks.String()
}

type typingCase struct {
	keys, want string
}

// rhymeCases returns, for every rhyme, final consonant and tone, the keys
// of one way of typing the syllable and the syllable expected.
func rhymeCases(t *testing.T, vni bool, style Style) []typingCase {
	tones := telexToneKeys
	if vni {
		tones = vniTone
	}
	var cases []typingCase
	for _, rh := range rhymes {
		if rh.nucleus == "oo" && !vni {
			continue // Telex "oo" is "ô"; "xoong" is typed "xooong" (see the word table)
		}
		var finals []string
		if rh.open {
			finals = append(finals, "")
		}
		if rh.closed {
			finals = append(finals, "n", "t")
		}
		for _, final := range finals {
			at := rh.closedAt
			if final == "" {
				at = rh.classic
				if style == Modern {
					at = rh.modern
				}
			}
			plain := rh.onset + rh.nucleus + final
			for tn := 0; tn < 6; tn++ {
				if final == "t" && tn != 0 && tn != 1 && tn != 5 {
					// Only sắc and nặng go with a final c, ch, p, t:
					// the key is typed as it is.
					cases = append(cases, typingCase{
						keys: keysFor(plain, vni, true) + tones[tn],
						want: plain + tones[tn],
					})
					continue
				}
				want := rh.onset + toned(t, rh.nucleus, at, tn) + final
				// Each letter with its marks, tone at the end.
				cases = append(cases, typingCase{keysFor(plain, vni, true) + tones[tn], want})
				// Marks after the whole word, then the tone.
				cases = append(cases, typingCase{markKeysAtEnd(plain, vni) + tones[tn], want})
				// Base letters, tone, then marks.
				b := markKeysAtEnd(plain, vni)
				n := len([]rune(rh.onset + rh.nucleus + final))
				cases = append(cases, typingCase{string([]rune(b)[:n]) + tones[tn] + string([]rune(b)[n:]), want})
				// Tone right after the vowels, before the final consonant.
				k := keysFor(rh.onset+rh.nucleus, vni, true) + tones[tn] + final
				cases = append(cases, typingCase{k, want})
			}
		}
	}
	return cases
}

// TestEveryRhymeAndTone types every vowel group with every tone, with and
// without a final consonant, in both methods and both styles, in lower
// case, capitals and title case, and in several key orders.
func TestEveryRhymeAndTone(t *testing.T) {
	n := 0
	for _, m := range []Method{Telex, VNI} {
		for _, st := range []Style{Classic, Modern} {
			e := Engine{Method: m, Style: st}
			for _, c := range rhymeCases(t, m == VNI, st) {
				variants := []typingCase{
					c,
					{strings.ToUpper(c.keys), strings.ToUpper(c.want)},
					{strings.ToUpper(c.keys[:1]) + c.keys[1:], titleCase(c.want)},
				}
				for _, v := range variants {
					n++
					if got := e.Type(v.keys); got != v.want {
						t.Errorf("%v %v: Type(%q) = %q, want %q", m, st, v.keys, got, v.want)
					}
				}
			}
		}
	}
	if n < 5000 {
		t.Fatalf("only %d cases generated", n)
	}
	t.Logf("%d cases", n)
}

func titleCase(s string) string {
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

// onsets are the initial consonants of Vietnamese spelling.
var onsets = strings.Fields("_ b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x")

// TestEveryOnset types every rhyme after every initial consonant, with
// every tone, in both methods and both styles.
func TestEveryOnset(t *testing.T) {
	n := 0
	for _, m := range []Method{Telex, VNI} {
		for _, st := range []Style{Classic, Modern} {
			e := Engine{Method: m, Style: st}
			for _, on := range onsets {
				if on == "_" {
					on = ""
				}
				for _, rh := range rhymes {
					first := rh.nucleus[0]
					switch {
					case on == "qu" && (first == 'u' || first == 'o'),
						on == "gi" && (first == 'i' || first == 'y'),
						on == "g" && first == 'i' && len(rh.nucleus) > 1, // "gia" is gi + a
						rh.nucleus == "uơ" && on != "h" && on != "th" && on != "kh",
						rh.nucleus == "oo" && m == Telex:
						continue // not written so, or typed otherwise
					}
					var finals []string
					if rh.open {
						finals = append(finals, "")
					}
					if rh.closed {
						finals = append(finals, "ng", "ch")
					}
					for _, final := range finals {
						at := rh.closedAt
						if final == "" {
							at = rh.classic
							if st == Modern {
								at = rh.modern
							}
						}
						for tn := 0; tn < 6; tn++ {
							if final == "ch" && tn != 0 && tn != 1 && tn != 5 {
								continue
							}
							want := on + toned(t, rh.nucleus, at, tn) + final
							keys := keysFor(want, m == VNI, true)
							n++
							if got := e.Type(keys); got != want {
								t.Errorf("%v %v: Type(%q) = %q, want %q", m, st, keys, got, want)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d cases", n)
}
