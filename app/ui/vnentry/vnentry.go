// Package vnentry provides a text entry that types Vietnamese by itself,
// through the Telex or VNI rules of package vnime, the way Unikey does.
//
// Fyne has no pre-edit support for system input methods (ibus and fcitx
// users see nothing until a word is committed), so the program offers its
// own typing mode. The mode is one switch for the whole process, like
// Unikey's V/E switch: SetMode changes it for every Entry at once. It is
// off by default, so users of a system input method get exactly what they
// type.
//
// Whatever the mode, text that reaches an Entry by pasting, by SetText or
// as decomposed (NFD) key strokes ends up in Unicode NFC.
package vnentry

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/unicode/norm"

	"baocao/app/vnime"
)

// mode holds the current vnime.Engine, shared by every Entry.
var mode atomic.Value // vnime.Engine

func init() { mode.Store(vnime.Engine{Method: vnime.Off}) }

// SetMode sets the typing method (vnime.Off, vnime.Telex, vnime.VNI) and
// tone style (vnime.Classic "hòa", vnime.Modern "hoà") of every Entry.
// It may be called from any goroutine.
func SetMode(method vnime.Method, style vnime.Style) {
	mode.Store(vnime.Engine{Method: method, Style: style})
}

// Mode returns the typing method and tone style set by SetMode.
func Mode() (vnime.Method, vnime.Style) {
	e := mode.Load().(vnime.Engine)
	return e.Method, e.Style
}

// Entry is a widget.Entry that applies the process-wide Vietnamese typing
// mode to the keys typed into it and keeps its text in NFC. It is a drop-in
// replacement for widget.Entry.
type Entry struct {
	widget.Entry
}

// New returns a single-line Entry.
func New() *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLine returns a multi-line Entry that wraps words.
func NewMultiLine() *Entry {
	e := &Entry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// SetText sets the text of the entry, normalised to NFC.
func (e *Entry) SetText(text string) {
	e.Entry.SetText(norm.NFC.String(text))
}

// TypedRune receives a typed character. With the typing mode on, the word
// before the cursor and the key are passed through the vnime engine and the
// word is replaced by the result; the cursor stays after the word. A
// combining mark (from an input method that sends decomposed text) is
// composed with the letter before it.
func (e *Entry) TypedRune(r rune) {
	if e.Disabled() {
		return
	}
	if e.SelectedText() != "" {
		// Typing over a selection replaces it; no word to transform.
		e.Entry.TypedRune(r)
		return
	}
	eng := mode.Load().(vnime.Engine)
	word := e.wordBeforeCursor()
	var want string
	switch {
	case unicode.Is(unicode.Mn, r):
		want = norm.NFC.String(word + string(r))
	case eng.Method != vnime.Off && isWordRune(r):
		want = norm.NFC.String(eng.Apply(word, r))
	default:
		e.Entry.TypedRune(r)
		return
	}
	if want == word+string(r) {
		e.Entry.TypedRune(r)
		return
	}
	e.replaceBeforeCursor(word, want)
}

// TypedShortcut handles shortcuts; a paste inserts the clipboard text in NFC.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	if p, ok := s.(*fyne.ShortcutPaste); ok && p.Clipboard != nil {
		s = &fyne.ShortcutPaste{Clipboard: nfcClipboard{p.Clipboard}}
	}
	e.Entry.TypedShortcut(s)
}

// wordBeforeCursor returns the letters (and digits, for VNI) that precede
// the cursor, back to the last character that cannot be part of a word.
func (e *Entry) wordBeforeCursor() string {
	runes := []rune(e.Text)
	pos := e.CursorTextOffset()
	if pos > len(runes) {
		pos = len(runes)
	}
	start := pos
	for start > 0 && isWordRune(runes[start-1]) {
		start--
	}
	return string(runes[start:pos])
}

// replaceBeforeCursor replaces old, which ends at the cursor, by repl with
// the entry's own editing keys, so that undo, wrapping and the cursor stay
// consistent. Only the differing tail is retyped. OnChanged is called once.
func (e *Entry) replaceBeforeCursor(old, repl string) {
	o, n := []rune(old), []rune(repl)
	common := 0
	for common < len(o) && common < len(n) && o[common] == n[common] {
		common++
	}
	cb := e.OnChanged
	e.OnChanged = nil
	for i := common; i < len(o); i++ {
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
	for _, r := range n[common:] {
		e.Entry.TypedRune(r)
	}
	e.OnChanged = cb
	if cb != nil {
		cb(e.Text)
	}
}

// isWordRune reports whether r can be part of a word the engine transforms:
// letters, combining marks and digits (VNI keys).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// nfcClipboard hands out the content of a clipboard in NFC, with Windows
// line ends turned into plain new lines.
type nfcClipboard struct{ fyne.Clipboard }

func (c nfcClipboard) Content() string { return cleanPaste(c.Clipboard.Content()) }

// cleanPaste returns s in NFC, with CRLF and CR turned into LF and control
// characters other than tab and new line dropped.
func cleanPaste(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || !unicode.IsControl(r) {
			return r
		}
		return -1
	}, s)
	return norm.NFC.String(s)
}
