// Package vnime is a Vietnamese typing engine in the manner of Unikey: it
// turns the keys of the Telex and VNI methods into Vietnamese letters, one
// key at a time, so that a text entry can show the result as the user
// types without any help from the operating system's input method.
//
// The engine is stateless. An entry keeps the text; for every key it calls
// Apply with the text before the cursor and replaces that text with the
// result. Only the letters right before the cursor (the word being typed)
// can change.
//
// Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, w alone ư, uow and uwow ươ,
// dd đ (also in abbreviations: "HDDND" gives "HĐND"); tones s (sắc) f (huyền) r (hỏi) x (ngã) j (nặng), z removes the
// tone; optionally [ ư and ] ơ. VNI: 6 circumflex, 7 horn, 8 breve, 9 đ;
// tones 1 to 5, 0 removes the tone.
//
// A mark or tone key may come anywhere after the vowel it marks
// ("tieengs", "tiengse" and "tieesng" all give "tiếng"), and the tone
// moves to its place as the word grows ("hòa" + "n" gives "hoàn"). Typing
// the same key again takes the mark off and types the key itself ("ass"
// gives "as", "a11" gives "a1", "ww" gives "w"). A key that cannot apply,
// because the word is not a Vietnamese syllable ("Windows", "Excel"), is
// typed as it is; when a letter turns a word that was marked into one that
// cannot be Vietnamese, the word goes back to the keys that were typed
// ("Gô" + "g" gives "Goog"), as Unikey's spelling check does. Results are
// always NFC.
package vnime

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Method is a way of typing Vietnamese with a Latin keyboard.
type Method int

// The typing methods.
const (
	// Off types every key as it is; use it when an input method of the
	// operating system (Unikey, ibus, fcitx) already does the job.
	Off Method = iota
	// Telex marks letters with letter keys: "Vieetj Nam" gives "Việt Nam".
	Telex
	// VNI marks letters with digit keys: "Vie65t Nam" gives "Việt Nam".
	VNI
)

var methodNames = [...]string{Off: "off", Telex: "telex", VNI: "vni"}

// String returns the method's name: "off", "telex" or "vni".
func (m Method) String() string {
	if m >= 0 && int(m) < len(methodNames) {
		return methodNames[m]
	}
	return fmt.Sprintf("Method(%d)", int(m))
}

// ParseMethod returns the method named s ("off", "telex" or "vni", in any
// case, surrounding spaces ignored).
func ParseMethod(s string) (Method, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for m, name := range methodNames {
		if k == name {
			return Method(m), nil
		}
	}
	return Off, fmt.Errorf("kiểu gõ %q không có; chọn một trong: off, telex, vni", s)
}

// Style says where the tone mark goes in the open syllables "oa", "oe" and
// "uy", on which Vietnamese spelling has two customs.
type Style int

// The tone placement styles.
const (
	// Classic puts the tone on the first vowel: "hòa", "khỏe", "thủy".
	Classic Style = iota
	// Modern puts the tone on the second vowel: "hoà", "khoẻ", "thuỷ".
	Modern
)

var styleNames = [...]string{Classic: "classic", Modern: "modern"}

// String returns the style's name: "classic" or "modern".
func (s Style) String() string {
	if s >= 0 && int(s) < len(styleNames) {
		return styleNames[s]
	}
	return fmt.Sprintf("Style(%d)", int(s))
}

// ParseStyle returns the style named s ("classic" or "modern", in any
// case, surrounding spaces ignored).
func ParseStyle(s string) (Style, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for st, name := range styleNames {
		if k == name {
			return Style(st), nil
		}
	}
	return Classic, fmt.Errorf("kiểu đặt dấu %q không có; chọn một trong: classic, modern", s)
}

// Engine types Vietnamese with a method and a tone placement style. The
// zero Engine is Off. An Engine is a plain value, safe for concurrent use.
type Engine struct {
	Method Method
	Style  Style
	// Brackets, with Telex, makes "[" type "ư" and "]" type "ơ" ("{" and
	// "}" the capitals), as Unikey does.
	Brackets bool
}

// Apply returns the text that results from typing key after word. Word is
// the text before the cursor; only its last run of letters (the word being
// typed) can change, the rest is returned as it is. If key does not
// transform the word, Apply returns word+string(key); a letter may also
// move the tone ("hòa" + 'n' gives "hoàn") or give back the keys of a word
// that cannot be Vietnamese ("Gô" + 'g' gives "Goog"). A run of more than
// 20 letters is not a Vietnamese word and is left alone.
//
// With Method Off (or any value other than Telex and VNI), Apply returns
// word+string(key) exactly. Otherwise the result is NFC (invalid UTF-8 in
// word is replaced by U+FFFD).
//
// An entry may call Apply for every typed rune, with all the text before
// the cursor or only the word before it; "letters" are runes for which
// unicode.IsLetter is true, and combining marks. VNI digits and, with
// Brackets, "[" and "]" are keys too and must be passed to Apply.
func (e Engine) Apply(word string, key rune) string {
	if e.Method != Telex && e.Method != VNI {
		return word + string(key)
	}
	if !utf8.ValidString(word) {
		word = strings.ToValidUTF8(word, "\uFFFD")
	}
	var out string
	if i := wordStart(word); i >= 0 {
		out = word[:i] + e.applyWord(word[i:], key)
	} else { // too long for a Vietnamese word: type the key as it is
		out = word + string(key)
	}
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// Type returns the text that results from typing keys one after another,
// as an entry that calls Apply for every key would show it. Text is split
// into words at every rune that is not a letter.
func (e Engine) Type(keys string) string {
	if e.Method != Telex && e.Method != VNI {
		return keys
	}
	var done strings.Builder
	done.Grow(len(keys) + len(keys)/4)
	word := ""
	long := false // the word is longer than maxWord: keys are only typed
	for _, k := range keys {
		if long {
			done.WriteRune(k)
			long = isWordRune(k)
			continue
		}
		// Apply without its checks: word is valid NFC and short.
		res := e.applyWord(word, k)
		if !norm.NFC.IsNormalString(res) {
			res = norm.NFC.String(res)
		}
		i := wordStart(res)
		if i < 0 {
			done.WriteString(res)
			word, long = "", true
			continue
		}
		done.WriteString(res[:i])
		word = res[i:]
	}
	done.WriteString(word)
	out := done.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// maxWord is the most letters a word may have for the engine to change it;
// the longest Vietnamese syllables ("nghiêng", "khuyếch") have seven.
const maxWord = 20

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// wordStart returns the index where the last run of letters of s starts,
// or -1 if the run is longer than maxWord. Combining marks count as letters
// so that a decomposed word stays whole.
func wordStart(s string) int {
	i := len(s)
	for n := 0; i > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isWordRune(r) {
			break
		}
		if n == maxWord {
			return -1
		}
		i -= size
	}
	return i
}
