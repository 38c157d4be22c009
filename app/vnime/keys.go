package vnime

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// telexTone returns the tone of the Telex key k (in lower case), or level.
func telexTone(k rune) tone {
	switch k {
	case 's':
		return acute
	case 'f':
		return grave
	case 'r':
		return hook
	case 'x':
		return tilde
	case 'j':
		return dot
	}
	return level
}

// telexToneKey[t] is the Telex key of tone t.
var telexToneKey = [...]byte{acute: 's', grave: 'f', hook: 'r', tilde: 'x', dot: 'j'}

// applyWord returns the word (a run of letters, possibly empty) that
// results from typing key after it.
func (e Engine) applyWord(word string, key rune) string {
	if !norm.NFC.IsNormalString(word) {
		word = norm.NFC.String(word)
	}
	var buf [maxWord + 4]letter
	s := analyse(parseInto(buf[:0], word))
	if out, ok := e.transform(&s, key); ok {
		return out
	}
	if unicode.IsLetter(key) {
		// A tone key that cannot apply is only typed: the word is not
		// given back as keys ("tiêt" + "f" gives "tiêtf").
		return e.appendLetter(&s, word, letterOf(key), !e.isToneKey(key))
	}
	return word + string(key)
}

// transform applies key to the word as a mark or tone key. It reports
// false if key is not one or cannot apply.
func (e Engine) transform(s *syllable, key rune) (string, bool) {
	if key >= 0x80 {
		return "", false
	}
	k := unicode.ToLower(key)
	if e.Method == Telex {
		if t := telexTone(k); t != level {
			return e.setTone(s, key, t)
		}
		switch k {
		case 'z':
			return e.clearTone(s)
		case 'a', 'e', 'o':
			return e.hatKey(s, key, byte(k))
		case 'w':
			return e.hookKey(s, key, true, true)
		case 'd':
			return e.dKey(s, key)
		}
		if e.Brackets {
			switch key {
			case '[', '{':
				return e.appendLetter(s, rawString(s.withTone()), letter{b: 'u', m: horn, up: key == '{'}, false), true
			case ']', '}':
				return e.appendLetter(s, rawString(s.withTone()), letter{b: 'o', m: horn, up: key == '}'}, false), true
			}
		}
		return "", false
	}
	switch {
	case k >= '1' && k <= '5':
		return e.setTone(s, key, tone(k-'0'))
	case k == '0':
		return e.clearTone(s)
	case k == '6':
		return e.hatKey(s, key, 0)
	case k == '7':
		return e.hookKey(s, key, true, false)
	case k == '8':
		return e.hookKey(s, key, false, true)
	case k == '9':
		return e.dKey(s, key)
	}
	return "", false
}

// isToneKey reports whether key is a tone key of the method.
func (e Engine) isToneKey(key rune) bool {
	if e.Method != Telex || key >= 0x80 {
		return false
	}
	k := unicode.ToLower(key)
	return telexTone(k) != level || k == 'z'
}

// finish analyses ls and, if it is a Vietnamese syllable, returns it
// written with the tone in its place.
func (e Engine) finish(ls []letter) (string, bool) {
	s := analyse(ls)
	if !s.ok {
		return "", false
	}
	s.fix()
	return s.render(e.Style), true
}

// undo returns the letters with a mark taken off and the key typed as it
// is.
func undo(ls []letter, key rune) (string, bool) {
	return rawString(ls) + string(key), true
}

func (e Engine) setTone(s *syllable, key rune, t tone) (string, bool) {
	if !s.ok || s.nuc == s.coda {
		return "", false
	}
	if s.tone == t {
		return undo(s.ls, key)
	}
	ls := s.withTone()
	if s.toneAt >= 0 {
		ls[s.toneAt].t = level
	}
	ls[s.toneIndex(e.Style)].t = t
	return e.finish(ls)
}

func (e Engine) clearTone(s *syllable) (string, bool) {
	if !s.ok || s.tone == level {
		return "", false
	}
	return e.finish(s.ls)
}

// hatKey puts a circumflex on the last vowel whose base is b (any of a,
// e, o if b is 0) and where it makes a Vietnamese syllable.
func (e Engine) hatKey(s *syllable, key rune, b byte) (string, bool) {
	if !s.ok {
		return "", false
	}
	for i := s.coda - 1; i >= s.nuc; i-- {
		l := s.ls[i]
		if !(l.b == b || b == 0 && (l.b == 'a' || l.b == 'e' || l.b == 'o')) {
			continue
		}
		ls := s.withTone()
		if l.m == hat {
			ls[i].m = noMark
			return undo(ls, key)
		}
		ls[i].m = hat
		if out, ok := e.finish(ls); ok {
			return out, true
		}
	}
	return "", false
}

// hookKey puts a horn on u and o (if horns) and a breve on a (if breves):
// "uo" becomes "ươ" ("uơ" in "thuở", "huơ"), else the first u or o gets
// a horn, else a gets a breve. With Telex, "w" after consonants alone
// types "ư".
func (e Engine) hookKey(s *syllable, key rune, horns, breves bool) (string, bool) {
	if !s.ok {
		return "", false
	}
	telex := e.Method == Telex
	// With Telex, "w" after consonants alone types "ư"; "gi" counts as a
	// consonant ("giw" gives "giư").
	gi := s.nuc == 1 && s.coda == 2 && len(s.ls) == 2 && s.ls[0].b == 'g' && s.ls[1].b == 'i' && s.tone == level
	if telex && (s.nuc == s.coda || gi) {
		ls := append(s.withTone(), letter{b: 'u', m: horn, up: unicode.IsUpper(key)})
		return e.finish(ls)
	}
	if s.nuc == s.coda {
		return "", false
	}
	if horns {
		for i := s.nuc; i+1 < s.coda; i++ {
			if s.ls[i].b != 'u' || s.ls[i+1].b != 'o' {
				continue
			}
			ls := s.withTone()
			if ls[i].m == horn && ls[i+1].m == horn {
				// "uwow" is "ươ" as well as "uow": nothing to add.
				return rawString(ls), true
			}
			if ls[i+1].m == horn {
				ls[i+1].m = noMark
				return undo(ls, key)
			}
			ls[i+1].m = horn
			init := strings.ToLower(rawString(ls[:s.nuc]))
			if !(i+2 == len(ls) && (init == "h" || init == "th" || init == "kh")) {
				ls[i].m = horn
			}
			if out, ok := e.finish(ls); ok {
				return out, true
			}
			break
		}
		for i := s.nuc; i < s.coda; i++ {
			l := s.ls[i]
			if l.b != 'u' && l.b != 'o' {
				continue
			}
			ls := s.withTone()
			if l.m == horn {
				if telex && l.b == 'u' && i == len(ls)-1 && i == s.nuc && s.tone == level {
					// "ww" gives "w": the "ư" came from a lone "w".
					w := 'w'
					if l.up {
						w = 'W'
					}
					return rawString(ls[:i]) + string(w), true
				}
				ls[i].m = noMark
				return undo(ls, key)
			}
			ls[i].m = horn
			if out, ok := e.finish(ls); ok {
				return out, true
			}
			break
		}
	}
	if breves {
		for i := s.nuc; i < s.coda; i++ {
			if s.ls[i].b != 'a' {
				continue
			}
			ls := s.withTone()
			if ls[i].m == breve {
				ls[i].m = noMark
				return undo(ls, key)
			}
			ls[i].m = breve
			return e.finish(ls)
		}
	}
	return "", false
}

// dKey turns a word's first letter d into đ ("did" gives "đi"), or the
// d right before the key in a word without vowels, as in the
// abbreviations "HĐND" and "BCĐ".
func (e Engine) dKey(s *syllable, key rune) (string, bool) {
	ls := s.withTone()
	if s.ok && len(ls) > 0 && ls[0].b == 'd' {
		if ls[0].m == bar {
			ls[0].m = noMark
			return undo(ls, key)
		}
		ls[0].m = bar
		if out, ok := e.finish(ls); ok {
			return out, true
		}
		ls = s.withTone()
	}
	n := len(ls)
	if n == 0 || ls[n-1].b != 'd' {
		return "", false
	}
	for _, l := range ls {
		if l.b == 0 || l.isVowel() {
			return "", false
		}
	}
	if ls[n-1].m == bar {
		ls[n-1].m = noMark
		return undo(ls, key)
	}
	ls[n-1].m = bar
	return rawString(ls), true
}

// appendLetter types the letter l after the word. If that leaves a
// Vietnamese syllable the tone moves to its place ("hòa" + "n" gives
// "hoàn"). If the word was Vietnamese but no longer is, Telex gives back
// the keys that were typed ("Ẽ" + "c" gives "Exc"), as Unikey does, so
// that English words come out as typed.
func (e Engine) appendLetter(s *syllable, word string, l letter, mayRestore bool) string {
	if s.ok {
		ls := append(s.withTone(), l)
		if out, ok := e.finish(ls); ok {
			return out
		}
		if mayRestore && e.Method == Telex && s.marked() {
			return restore(s.withTone(), l.up) + string(l.rune())
		}
	}
	return word + string(l.rune())
}

// restore returns the Telex keys that type ls. A key that stands for a
// letter keeps the letter's case; the extra mark and tone keys are capitals
// only in a word of capitals (nextUp: the letter typed next is a capital).
func restore(ls []letter, nextUp bool) string {
	caps := nextUp
	for _, l := range ls {
		if l.b == 0 || !l.up {
			caps = false
		}
	}
	extra := func(r rune) rune {
		if caps {
			return unicode.ToUpper(r)
		}
		return r
	}
	var b strings.Builder
	var tk rune
	for i, l := range ls {
		if l.b == 0 {
			b.WriteRune(l.r)
			continue
		}
		c := rune(l.b)
		if l.up {
			c = unicode.ToUpper(c)
		}
		switch {
		case l.m == horn && l.b == 'u':
			c = 'w'
			if l.up {
				c = 'W'
			}
			b.WriteRune(c)
		case l.m == hat:
			b.WriteRune(c)
			b.WriteRune(extra(rune(l.b)))
		case l.m == bar:
			b.WriteRune(c)
			b.WriteRune(extra('d'))
		case l.m == breve,
			l.m == horn && !(i > 0 && ls[i-1].b == 'u' && ls[i-1].m == horn):
			b.WriteRune(c)
			b.WriteRune(extra('w'))
		default:
			b.WriteRune(c)
		}
		if l.t != level {
			tk = extra(rune(telexToneKey[l.t]))
		}
	}
	if tk != 0 {
		b.WriteRune(tk)
	}
	return b.String()
}
