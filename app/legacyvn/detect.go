package legacyvn

import (
	"strings"
	"unicode"
)

// Detection weighs words. A word is evidence for an encoding when it is
// not a Vietnamese syllable as it reads ("NguyÔn", "V¨n") and becomes one
// once converted ("Nguyễn", "Văn"); it is evidence against when it reads
// as a syllable and the conversion spoils it. A word with a letter
// outside Latin-1 ("Nguyễn" in Unicode) cannot be legacy text at all and
// counts against both. Words in plain ASCII say nothing. So ordinary
// Unicode Vietnamese (every word a syllable) never scores for a legacy
// encoding, and French or English names ("Hélène", "Müller") do not turn
// into syllables when converted.

// Score is the evidence for each legacy encoding in some text: words for
// less words against.
type Score struct{ TCVN3, VNI int }

// Add adds o to s.
func (s *Score) Add(o Score) { s.TCVN3 += o.TCVN3; s.VNI += o.VNI }

// Best is the encoding the evidence points to: one with a positive score
// above the other's, or Unicode.
func (s Score) Best() Encoding {
	switch {
	case s.TCVN3 > 0 && s.TCVN3 > s.VNI:
		return TCVN3
	case s.VNI > 0 && s.VNI > s.TCVN3:
		return VNI
	}
	return Unicode
}

// ScoreText weighs the words of s.
func ScoreText(s string) Score {
	var sc Score
	if isASCII(s) {
		return sc
	}
	for _, w := range words(s) {
		sc.Add(scoreWord(w))
	}
	return sc
}

// Detect is the encoding s by itself appears to be typed in.
func Detect(s string) Encoding { return ScoreText(s).Best() }

// Convert converts s when it is itself detected as legacy text, and says
// from what.
func Convert(s string) (string, Encoding) {
	e := Detect(s)
	if e == Unicode {
		return s, e
	}
	return Decode(s, e), e
}

// Sheet is what ConvertRows did to a sheet.
type Sheet struct {
	Encoding Encoding         // what the sheet as a whole is typed in
	Cells    map[Encoding]int // cells converted, by the encoding converted from
}

// Converted counts the cells converted.
func (s Sheet) Converted() int {
	n := 0
	for _, c := range s.Cells {
		n += c
	}
	return n
}

// ConvertRows detects the encoding of a sheet's cells (header rows
// included) and converts them in place. When the sheet as a whole scores
// for a legacy encoding, every cell is converted from it except those
// that cannot be legacy text (a letter outside Latin-1) or whose own
// words speak against it; in a Unicode sheet a cell is converted only on
// its own evidence (a name pasted from an old file).
func ConvertRows(rows [][]string) Sheet { return ConvertRowsFont(rows, nil) }

// ConvertRowsFont is ConvertRows where capsFont, when set, tells whether
// the cell at row i, column j is set in a capitals font (.VnTimeH,
// .VnArialH …): its TCVN3 text then comes out in capitals, as it showed,
// whatever case its plain letters were typed in.
func ConvertRowsFont(rows [][]string, capsFont func(i, j int) bool) Sheet {
	var total Score
	scores := make([][]Score, len(rows))
	for i, row := range rows {
		scores[i] = make([]Score, len(row))
		for j, c := range row {
			scores[i][j] = ScoreText(c)
			total.Add(scores[i][j])
		}
	}
	res := Sheet{Encoding: total.Best()}
	for i, row := range rows {
		for j, c := range row {
			if isASCII(c) {
				continue
			}
			e := scores[i][j].Best()
			if res.Encoding != Unicode && e == Unicode && legacyPossible(c) && own(scores[i][j], res.Encoding) >= 0 {
				e = res.Encoding
			}
			if e == Unicode {
				continue
			}
			out := Decode(c, e)
			if e == TCVN3 && capsFont != nil && capsFont(i, j) {
				out = strings.ToUpper(out)
			}
			if out != c {
				row[j] = out
				if res.Cells == nil {
					res.Cells = map[Encoding]int{}
				}
				res.Cells[e]++
			}
		}
	}
	return res
}

func own(s Score, e Encoding) int {
	if e == VNI {
		return s.VNI
	}
	return s.TCVN3
}

// scoreWord weighs one word.
func scoreWord(w string) Score {
	if isASCII(w) {
		return Score{}
	}
	if !legacyPossible(w) {
		return Score{-1, -1}
	}
	valid := syllable(w)
	weigh := func(e Encoding) int {
		conv := decodeWord(w, e)
		switch {
		case conv == w:
			return 0
		case !valid && syllable(conv):
			return 1
		case valid && !syllable(conv):
			return -1
		}
		return 0
	}
	return Score{weigh(TCVN3), weigh(VNI)}
}

// decodeWord converts one word for weighing; a TCVN3 word whose ASCII
// letters are capitals is read as set in .VnTimeH.
func decodeWord(w string, e Encoding) string {
	if e == VNI {
		return decodeVNI(w)
	}
	out := decodeTCVN3(w)
	if capsASCII(w) {
		out = strings.ToUpper(out)
	}
	return out
}

// capsASCII reports whether w has ASCII letters and all are capitals.
func capsASCII(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n > 0
}

// legacyPossible reports whether s could be legacy text read as Latin-1:
// no letter beyond U+00FF (punctuation such as “ ” – may follow it).
func legacyPossible(s string) bool {
	for _, r := range s {
		if r > 0xFF && unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// words splits s at spaces and ASCII punctuation; legacy codes (¨, µ, ×
// …) are not letters to Unicode, so they must stay inside their words.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		if r < 0x80 {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
		}
		return unicode.IsSpace(r) || r > 0xFF && !unicode.IsLetter(r)
	})
}

// Syllables. A Vietnamese syllable is an initial consonant (or none), a
// vowel group and a final consonant (or none), with at most one tone.
var (
	baseOf   = map[rune]rune{} // a marked vowel (lower-case) → its base vowel
	toneOf   = map[rune]int{}
	initials = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
		"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}
	finals  = []string{"ng", "nh", "ch", "c", "m", "n", "p", "t", ""}
	nucleus = map[string]bool{}
)

func init() {
	for _, vw := range vowels {
		for t, r := range vw.lower {
			baseOf[r], toneOf[r] = vw.lower[0], t
		}
	}
	for _, n := range strings.Fields(`a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi
		oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu`) {
		nucleus[n] = true
	}
}

// syllable reports whether w is a Vietnamese syllable written in lower
// case, with a capital first letter, or in capitals.
func syllable(w string) bool {
	rs := []rune(w)
	if len(rs) == 0 || len(rs) > 8 {
		return false
	}
	lower, upper := true, true
	for _, r := range rs {
		if unicode.ToLower(r) != r {
			lower = false
		} else if unicode.ToUpper(r) != r {
			upper = false
		}
	}
	title := unicode.ToUpper(rs[0]) == rs[0] && strings.ToLower(string(rs[1:])) == string(rs[1:])
	if !lower && !upper && !title {
		return false
	}
	var b strings.Builder
	tones := 0
	for _, r := range []rune(strings.ToLower(w)) {
		switch {
		case r >= 'a' && r <= 'z' && r != 'f' && r != 'j' && r != 'w' && r != 'z', r == 'đ':
			b.WriteRune(r)
		case baseOf[r] != 0:
			b.WriteRune(baseOf[r])
			if toneOf[r] > 0 {
				tones++
			}
		default:
			return false
		}
	}
	if tones > 1 {
		return false
	}
	s := b.String()
	for _, in := range initials {
		if !strings.HasPrefix(s, in) {
			continue
		}
		rest := s[len(in):]
		for _, fi := range finals {
			if strings.HasSuffix(rest, fi) && nucleus[rest[:len(rest)-len(fi)]] {
				return true
			}
		}
	}
	return false
}
