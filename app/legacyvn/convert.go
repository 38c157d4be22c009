package legacyvn

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Encoding is a legacy encoding text may be typed in.
type Encoding int

const (
	Unicode Encoding = iota // not legacy: left as it is
	TCVN3                   // TCVN3 (ABC): .VnTime, .VnTimeH
	VNI                     // VNI-Windows: VNI-Times
)

// String names the encoding for a report ("TCVN3 (ABC, phông .VnTime)").
func (e Encoding) String() string {
	switch e {
	case TCVN3:
		return "TCVN3 (ABC, phông .VnTime)"
	case VNI:
		return "VNI-Windows (phông VNI-Times)"
	}
	return "Unicode"
}

// The tables, built once from tables.go: each legacy code (one or two
// characters as read from a workbook) to its Unicode letter, and back.
var (
	tcvn3Dec = map[rune]rune{}
	tcvn3Enc = map[rune]string{}
	vniDec   = map[string]rune{}
	vniEnc   = map[rune]string{}
)

func init() {
	for v, vw := range vowels {
		for t := range 6 {
			lo, up := vw.lower[t], vw.upper[t]
			if c := tcvn3Codes[v][t]; c != 0 {
				tcvn3Dec[rune(c)] = lo
				tcvn3Enc[lo] = string(rune(c))
				tcvn3Enc[up] = string(rune(c)) // as the .VnTimeH fonts have it
			}
			if s := vniCode(v, t); s != "" {
				vniEnc[lo] = s
				vniEnc[up] = strings.ToUpper(s)
			}
		}
	}
	for r, c := range tcvn3Capitals {
		tcvn3Dec[rune(c)] = r
		tcvn3Enc[r] = string(rune(c))
	}
	tcvn3Dec[tcvn3LowerD] = 'đ'
	tcvn3Enc['đ'] = string(rune(tcvn3LowerD))
	vniEnc['đ'], vniEnc['Đ'] = string(vniLowerD), string(unicode.ToUpper(vniLowerD))
	for r, s := range vniEnc {
		vniDec[s] = r
	}
}

// vniCode is the VNI spelling of vowel v with tone t, or "" for a plain
// ASCII vowel.
func vniCode(v, t int) string {
	base := string(vowels[v].lower[0])
	switch vowels[v].lower[0] {
	case 'i':
		if t == 0 {
			return ""
		}
		return string(vniI[t])
	case 'y':
		if t == 5 {
			return string(vniLowerỵ)
		}
	case 'ă':
		return "a" + string(vniBreve[t])
	case 'â', 'ê', 'ô':
		return hatBase(vowels[v].lower[0]) + string(vniHat[t])
	case 'ơ', 'ư':
		base = string(vniHorn[vowels[v].lower[0]])
		if t == 0 {
			return base
		}
		return base + string(vniTone[t])
	}
	if t == 0 {
		return ""
	}
	return base + string(vniTone[t])
}

func hatBase(r rune) string {
	switch r {
	case 'â':
		return "a"
	case 'ê':
		return "e"
	}
	return "o"
}

// Decode converts text typed in e to Unicode NFC. TCVN3's marked capitals
// share the lower-case codes (the .VnTimeH fonts draw them as capitals):
// a text whose ASCII letters are all capitals is taken as set in such a
// font and comes out in capitals; otherwise they come out lower-case,
// the letters right but not their case. DecodeCaps forces capitals.
func Decode(s string, e Encoding) string {
	switch e {
	case TCVN3:
		out := decodeTCVN3(s)
		if allCapsASCII(s) {
			out = strings.ToUpper(out)
		}
		return norm.NFC.String(out)
	case VNI:
		return norm.NFC.String(decodeVNI(s))
	}
	return s
}

// DecodeCaps is Decode for a text known to be set in a capitals font
// (.VnTimeH): every letter comes out a capital.
func DecodeCaps(s string, e Encoding) string { return strings.ToUpper(Decode(s, e)) }

func decodeTCVN3(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for _, r := range s {
		if u, ok := tcvn3Dec[r]; ok {
			r = u
		}
		b.WriteRune(r)
	}
	return b.String()
}

func decodeVNI(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for i := 0; i < len(rs); i++ {
		if i+1 < len(rs) {
			if u, ok := vniDec[string(rs[i:i+2])]; ok {
				b.WriteRune(u)
				i++
				continue
			}
		}
		if u, ok := vniDec[string(rs[i])]; ok {
			b.WriteRune(u)
			continue
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// Encode writes Unicode text in e, as a legacy program would have stored
// it (TCVN3's marked capitals at the lower-case codes, as in .VnTimeH).
// ok is false when a character has no code in e (it is kept as it is).
func Encode(s string, e Encoding) (out string, ok bool) {
	tbl := tcvn3Enc
	if e == VNI {
		tbl = vniEnc
	} else if e != TCVN3 {
		return s, true
	}
	ok = true
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		if c, found := tbl[r]; found {
			b.WriteString(c)
			continue
		}
		if r > 0x7F {
			ok = false
		}
		b.WriteRune(r)
	}
	return b.String(), ok
}

// allCapsASCII reports whether s has at least two ASCII letters, all
// capitals.
func allCapsASCII(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			n++
		}
	}
	return n >= 2
}
