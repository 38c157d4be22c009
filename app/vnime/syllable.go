package vnime

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// mark is the shape mark of a letter (not its tone).
type mark uint8

const (
	noMark mark = iota
	hat         // circumflex: â ê ô
	breve       // ă
	horn        // ơ ư
	bar         // đ
)

// tone is the tone of a syllable; the values are the VNI tone keys.
type tone uint8

const (
	level tone = iota // thanh ngang: no mark
	acute             // sắc
	grave             // huyền
	hook              // hỏi
	tilde             // ngã
	dot               // nặng
)

// letter is one letter of a word, split into its parts.
type letter struct {
	b  byte // base letter 'a'..'z'; 0 for a letter the engine does not know
	m  mark
	t  tone
	up bool
	r  rune // the letter itself when b == 0
}

func (l letter) isVowel() bool {
	switch l.b {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

var (
	markComb = [...]string{noMark: "", hat: "\u0302", breve: "\u0306", horn: "\u031B"}
	toneComb = [...]string{level: "", acute: "\u0301", grave: "\u0300", hook: "\u0309", tilde: "\u0303", dot: "\u0323"}

	// composed[b-'a'][m][t] is the lower-case letter; 0 where none exists.
	composed [26][4][6]rune
	// decomposed maps every non-ASCII Vietnamese letter to its parts.
	decomposed = map[rune]letter{}
)

func init() {
	shapes := []struct {
		b byte
		m mark
	}{
		{'a', noMark}, {'a', hat}, {'a', breve}, {'e', noMark}, {'e', hat},
		{'i', noMark}, {'o', noMark}, {'o', hat}, {'o', horn},
		{'u', noMark}, {'u', horn}, {'y', noMark},
	}
	for _, s := range shapes {
		for t := level; t <= dot; t++ {
			c := norm.NFC.String(string(rune(s.b)) + markComb[s.m] + toneComb[t])
			r := []rune(c)
			if len(r) != 1 {
				panic("vnime: no precomposed letter for " + c)
			}
			composed[s.b-'a'][s.m][t] = r[0]
			if r[0] >= 0x80 {
				decomposed[r[0]] = letter{b: s.b, m: s.m, t: t}
				decomposed[unicode.ToUpper(r[0])] = letter{b: s.b, m: s.m, t: t, up: true}
			}
		}
	}
	decomposed['đ'] = letter{b: 'd', m: bar}
	decomposed['Đ'] = letter{b: 'd', m: bar, up: true}
}

// letterOf splits r into its parts.
func letterOf(r rune) letter {
	switch {
	case r >= 'a' && r <= 'z':
		return letter{b: byte(r)}
	case r >= 'A' && r <= 'Z':
		return letter{b: byte(r - 'A' + 'a'), up: true}
	}
	if l, ok := decomposed[r]; ok {
		return l
	}
	return letter{r: r}
}

// rune returns the letter as one precomposed rune.
func (l letter) rune() rune {
	if l.b == 0 {
		return l.r
	}
	var r rune
	switch {
	case l.m == bar:
		r = 'đ'
	case l.b >= 'a' && l.b <= 'z' && l.m <= horn:
		r = composed[l.b-'a'][l.m][l.t]
	}
	if r == 0 {
		r = rune(l.b)
	}
	if l.up {
		r = unicode.ToUpper(r)
	}
	return r
}

func parse(s string) []letter {
	return parseInto(make([]letter, 0, len(s)), s)
}

// parseInto appends the letters of s to ls.
func parseInto(ls []letter, s string) []letter {
	for _, r := range s {
		ls = append(ls, letterOf(r))
	}
	return ls
}

// rawString writes the letters as they are, each with its own tone.
func rawString(ls []letter) string {
	var b strings.Builder
	b.Grow(2 * len(ls))
	for _, l := range ls {
		b.WriteRune(l.rune())
	}
	return b.String()
}

// syllable is a word analysed as a Vietnamese syllable: an initial
// consonant, a vowel nucleus ls[nuc:coda] and a final consonant ls[coda:].
type syllable struct {
	ls        []letter // with the tones taken off
	nuc, coda int
	tone      tone
	toneAt    int  // where the tone was in the word; -1 if none
	ok        bool // a Vietnamese syllable, or the beginning of one
}

var initials = map[string]bool{
	"": true, "b": true, "c": true, "ch": true, "d": true, "đ": true, "g": true, "gh": true,
	"gi": true, "h": true, "k": true, "kh": true, "l": true, "m": true, "n": true, "ng": true,
	"ngh": true, "nh": true, "p": true, "ph": true, "q": true, "qu": true, "r": true, "s": true,
	"t": true, "th": true, "tr": true, "v": true, "x": true,
}

var codas = map[string]bool{
	"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true,
}

// nucleus is a vowel group of Vietnamese spelling.
type nucleus struct {
	ls   []letter
	open bool // ends in a semivowel or is "ia", "ua", "ưa": no final consonant may follow
}

var nuclei = map[string][]nucleus{} // by the string of base letters

func init() {
	closed := "a ă â e ê i o ô ơ u ư y oa oă oe oo uâ uê uô ươ uy iê yê uyê"
	open := "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa uơ iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu"
	add := func(list string, isOpen bool) {
		for _, w := range strings.Fields(list) {
			ls := parse(w)
			var key []byte
			for _, l := range ls {
				key = append(key, l.b)
			}
			nuclei[string(key)] = append(nuclei[string(key)], nucleus{ls: ls, open: isOpen})
		}
	}
	add(closed, false)
	add(open, true)
}

// analyse splits ls into initial, nucleus and final consonant and says
// whether it is a Vietnamese syllable or the beginning of one. Letters
// without a mark match marked spellings ("uo" may become "ươ"), so that
// marks can be typed after the tone.
//
// analyse takes the tone off the letters of ls in place.
func analyse(ls []letter) syllable {
	s := syllable{ls: ls, toneAt: -1}
	for i := range s.ls {
		l := &s.ls[i]
		if l.b == 0 {
			return s
		}
		if l.t != level {
			if s.toneAt >= 0 {
				return s
			}
			s.tone, s.toneAt = l.t, i
			l.t = level
		}
	}
	ls = s.ls
	n := len(ls)
	i := 0
	for i < n && !ls[i].isVowel() {
		i++
	}
	// "qu" and "gi" before another vowel are initial consonants.
	if i == 1 && i+1 < n && ls[i+1].isVowel() && ls[i].m == noMark &&
		((ls[0].b == 'q' && ls[i].b == 'u') || (ls[0].b == 'g' && ls[i].b == 'i')) {
		i++
	}
	var key [8]byte
	if i > len(key)-1 {
		return s
	}
	k := key[:0]
	for _, l := range ls[:i] {
		if l.m == bar {
			k = append(k, "đ"...)
		} else if l.m != noMark {
			return s
		} else {
			k = append(k, l.b)
		}
	}
	if !initials[string(k)] {
		return s
	}
	j := i
	for j < n && ls[j].isVowel() {
		j++
	}
	s.nuc, s.coda = i, j
	k = key[:0]
	for _, l := range ls[j:] {
		if l.isVowel() || l.m != noMark || len(k) == 2 {
			return s
		}
		k = append(k, l.b)
	}
	if !codas[string(k)] {
		return s
	}
	if i == j { // consonants only: the beginning of a syllable
		s.ok = j == n && s.toneAt < 0
		return s
	}
	if j-i > 3 {
		return s
	}
	k = key[:0]
	for _, l := range ls[i:j] {
		k = append(k, l.b)
	}
	matched := false
	for _, nu := range nuclei[string(k)] {
		if nu.open && j < n {
			continue
		}
		fits := true
		for p, l := range ls[i:j] {
			if l.m != noMark && l.m != nu.ls[p].m {
				fits = false
				break
			}
		}
		if fits {
			matched = true
			break
		}
	}
	if !matched {
		return s
	}
	// After c, ch, p, t only the sắc and nặng tones are written.
	if s.tone != level && s.tone != acute && s.tone != dot {
		switch coda(ls[j:]) {
		case "c", "ch", "p", "t":
			return s
		}
	}
	s.ok = true
	return s
}

func coda(ls []letter) string {
	var b [2]byte
	k := b[:0]
	for _, l := range ls {
		k = append(k, l.b)
	}
	return string(k)
}

// toneIndex returns where the tone goes: on the last vowel with a shape
// mark; else on the last vowel if a final consonant follows; else on the
// only vowel, the middle one of three, or the first of two — except "oa",
// "oe", "uy", where the style decides.
func (s *syllable) toneIndex(style Style) int {
	a, b := s.nuc, s.coda
	if a == b {
		return -1
	}
	for i := b - 1; i >= a; i-- {
		if m := s.ls[i].m; m == hat || m == breve || m == horn {
			return i
		}
	}
	if b < len(s.ls) {
		return b - 1
	}
	switch b - a {
	case 1:
		return a
	case 3:
		return a + 1
	}
	p := string([]byte{s.ls[a].b, s.ls[a+1].b})
	if (p == "oa" || p == "oe" || p == "uy") && style == Modern {
		return a + 1
	}
	return a
}

// fix completes "ươ": "ưo" is always "ươ", and "uơ" is "ươ" when anything
// follows it ("thuở" but "thương").
func (s *syllable) fix() {
	ls := s.ls
	for i := s.nuc; i+1 < s.coda; i++ {
		if ls[i].b != 'u' || ls[i+1].b != 'o' {
			continue
		}
		if ls[i].m == horn && ls[i+1].m == noMark {
			ls[i+1].m = horn
		}
		if ls[i].m == noMark && ls[i+1].m == horn && i+2 < len(ls) {
			ls[i].m = horn
		}
	}
}

// render writes the syllable with its tone in the right place.
func (s *syllable) render(style Style) string {
	at := -1
	if s.tone != level {
		at = s.toneIndex(style)
	}
	var b strings.Builder
	b.Grow(2 * len(s.ls))
	for i, l := range s.ls {
		if i == at {
			l.t = s.tone
		}
		b.WriteRune(l.rune())
	}
	return b.String()
}

// withTone returns the letters with the tone where it was typed.
func (s *syllable) withTone() []letter {
	ls := make([]letter, len(s.ls))
	copy(ls, s.ls)
	if s.toneAt >= 0 {
		ls[s.toneAt].t = s.tone
	}
	return ls
}

// marked reports whether the word has a tone or a vowel with a shape
// mark. A đ alone does not count: abbreviations such as "ĐTN" keep it.
func (s *syllable) marked() bool {
	if s.tone != level {
		return true
	}
	for _, l := range s.ls {
		if l.m != noMark && l.m != bar {
			return true
		}
	}
	return false
}
