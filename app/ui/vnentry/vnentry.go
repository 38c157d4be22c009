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
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/driver/mobile"
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

	left cursorMark // where the last edit left the cursor
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
	e.moved()
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
	e.restoreCursor()
	eng := mode.Load().(vnime.Engine)
	if k := e.stranded(); k > 0 {
		ins := string(r)
		if eng.Method != vnime.Off && isWordRune(r) {
			ins = norm.NFC.String(eng.Apply("", r))
		}
		e.typeAfterStranded(ins, k)
		return
	}
	word := e.wordBeforeCursor()
	var want string
	switch {
	case unicode.Is(unicode.Mn, r):
		want = norm.NFC.String(word + string(r))
	case eng.Method != vnime.Off && isWordRune(r):
		want = norm.NFC.String(eng.Apply(word, r))
	default:
		e.typeRune(r)
		return
	}
	if want == word+string(r) {
		e.typeRune(r)
		return
	}
	e.replaceBeforeCursor(word, want)
}

// TypedKey receives a key press. Return and Backspace get the cursor
// check of edit.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyBackspace, fyne.KeyDelete:
		if e.SelectedText() == "" {
			e.restoreCursor()
			if n := e.stranded(); n > 0 && e.MultiLine && k.Name != fyne.KeyBackspace && k.Name != fyne.KeyDelete {
				e.typeAfterStranded("\n", n)
				return
			}
			e.edit(func() { e.Entry.TypedKey(k) })
			return
		}
	}
	e.restoreCursor()
	e.moved()
	e.Entry.TypedKey(k)
}

// typeRune types r with widget.Entry's own TypedRune, checking the cursor.
func (e *Entry) typeRune(r rune) { e.edit(func() { e.Entry.TypedRune(r) }) }

// edit runs an edit that changes only text before the cursor (or, for
// Delete, after it) and puts the cursor where it must be afterwards: moved
// by the change in length. Fyne 2.7's word-wrapping Entry can leave the
// cursor one place short when a space is typed where a line wraps, so that
// the next word is glued to the one before ("như sau" became "nhưsau").
//
// The rows of a wrapping Entry are computed again when it is laid out, so
// a cursor kept as row and column can drift after an edit; edit therefore
// also remembers where it left the cursor and, if neither the text nor the
// row and column changed since (the user did not move it), puts it back
// there before the next edit.
func (e *Entry) edit(f func()) {
	e.restoreCursor()
	pos, n := e.CursorTextOffset(), utf8.RuneCountInString(e.Text)
	f()
	want := pos + utf8.RuneCountInString(e.Text) - n
	if e.CursorTextOffset() != want {
		e.setCursorOffset(want)
	}
	e.left = cursorMark{ok: true, text: e.Text, row: e.CursorRow, col: e.CursorColumn, off: want}
}

// cursorMark is where edit left the cursor.
type cursorMark struct {
	ok       bool
	text     string
	row, col int
	off      int
}

// restoreCursor undoes a drift of the cursor caused by re-wrapping: the
// text is what the last edit left and the user has not moved the cursor
// since (every way of moving it clears the mark), yet it is elsewhere.
func (e *Entry) restoreCursor() {
	m := e.left
	if m.ok && m.text == e.Text && e.CursorTextOffset() != m.off {
		e.setCursorOffset(m.off)
	}
}

// stranded returns how many blanks lie between where the cursor is and
// where the last edit left it, when Fyne cannot show the cursor after them:
// blanks typed at the end of a wrapped row belong to no row until a
// character follows them, so the cursor falls back before them.
func (e *Entry) stranded() int {
	m := e.left
	if !m.ok || m.text != e.Text {
		return 0
	}
	off := e.CursorTextOffset()
	runes := []rune(e.Text)
	if off >= m.off || m.off > len(runes) || off < 0 {
		return 0
	}
	for _, r := range runes[off:m.off] {
		if r != ' ' && r != '\t' {
			return 0
		}
	}
	return m.off - off
}

// typeAfterStranded inserts ins after the k stranded blanks that follow the
// cursor, with moves Fyne can show: take the blanks out, type ins, step
// back over it, type the blanks, step forward again.
func (e *Entry) typeAfterStranded(ins string, k int) {
	off := e.CursorTextOffset()
	blanks := []rune(e.Text)[off : off+k]
	n := utf8.RuneCountInString(ins)
	cb := e.OnChanged
	e.OnChanged = nil
	for i := 0; i < k; i++ {
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	}
	for _, r := range ins {
		e.Entry.TypedRune(r)
	}
	for i := 0; i < n; i++ {
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	}
	for _, r := range blanks {
		e.Entry.TypedRune(r)
	}
	for i := 0; i < n; i++ {
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	want := off + k + n
	if e.CursorTextOffset() != want {
		e.setCursorOffset(want)
	}
	e.left = cursorMark{ok: true, text: e.Text, row: e.CursorRow, col: e.CursorColumn, off: want}
	e.OnChanged = cb
	if cb != nil {
		cb(e.Text)
	}
}

// moved forgets the mark of the last edit: the user moves the cursor.
func (e *Entry) moved() { e.left.ok = false }

// MouseDown places the cursor (desktop).
func (e *Entry) MouseDown(m *desktop.MouseEvent) { e.moved(); e.Entry.MouseDown(m) }

// Tapped places the cursor.
func (e *Entry) Tapped(ev *fyne.PointEvent) { e.moved(); e.Entry.Tapped(ev) }

// DoubleTapped selects a word.
func (e *Entry) DoubleTapped(ev *fyne.PointEvent) { e.moved(); e.Entry.DoubleTapped(ev) }

// Dragged selects text.
func (e *Entry) Dragged(d *fyne.DragEvent) { e.moved(); e.Entry.Dragged(d) }

// TouchDown places the cursor (mobile).
func (e *Entry) TouchDown(ev *mobile.TouchEvent) { e.moved(); e.Entry.TouchDown(ev) }

// setCursorOffset puts the cursor at the text position off (in runes),
// using only the row and column fields: the row is the last one that
// starts at or before off.
func (e *Entry) setCursorOffset(off int) {
	bestRow, bestBegin, prev := 0, 0, -1
	for row := 0; ; row++ {
		e.CursorRow, e.CursorColumn = row, 0
		begin := e.CursorTextOffset()
		if begin <= prev || begin > off {
			break
		}
		bestRow, bestBegin, prev = row, begin, begin
	}
	e.CursorRow, e.CursorColumn = bestRow, off-bestBegin
	e.Refresh()
}

// TypedShortcut handles shortcuts; a paste inserts the clipboard text in NFC.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	if p, ok := s.(*fyne.ShortcutPaste); ok && p.Clipboard != nil {
		s = &fyne.ShortcutPaste{Clipboard: nfcClipboard{p.Clipboard}}
		e.restoreCursor()
	} else {
		e.moved()
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
		e.edit(func() { e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace}) })
	}
	for _, r := range n[common:] {
		e.typeRune(r)
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
