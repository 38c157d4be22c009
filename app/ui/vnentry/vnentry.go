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
// as decomposed (NFD) key strokes ends up in Unicode NFC, and the text is
// exactly what was typed, also where a line wraps (see Entry). Tab and
// Shift+Tab move the focus out of every Entry, multi-line ones too; no
// tab character gets into the text.
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
//
// Where the cursor is, Entry keeps as a text offset of its own. Fyne 2.7
// keeps it as row and column of the wrapped rows, and a word-wrapping
// entry has no row for a blank that ends a wrapped line: the wrap swallows
// it, so the place after it cannot be shown and Fyne puts the cursor back
// before the blank (or, in the middle of a text, into the next line). The
// next key then landed in the wrong place ("quý.  Công" became
// "quý . Công"). Entry therefore works out each edit on the text, as the
// text and offset it must give, and makes it with widget.Entry's own
// editing steps, each with the cursor put exactly where it acts; see
// become and place.
type Entry struct {
	widget.Entry

	left  cursorMark // where the last edit or cursor move left the cursor
	shift bool       // a Shift key is held (desktop)
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

// AcceptsTab reports false for every Entry, multi-line ones too: Tab and
// Shift+Tab move the focus through the form, and a tab character has no
// place in the texts of a report.
func (e *Entry) AcceptsTab() bool { return false }

// SetText sets the text of the entry, normalised to NFC.
func (e *Entry) SetText(text string) {
	e.moved()
	e.Entry.SetText(norm.NFC.String(text))
}

// TypedRune receives a typed character. With the typing mode on, the word
// before the cursor and the key are passed through the vnime engine and the
// word is replaced by the result; the cursor stays after the word. A
// combining mark (from an input method that sends decomposed text) is
// composed with the letter before it. Typing over a selection replaces it.
func (e *Entry) TypedRune(r rune) {
	if e.Disabled() {
		return
	}
	if r == '\t' {
		r = ' ' // no tab characters in the texts (Tab itself moves the focus)
	}
	e.batch(func() {
		e.eraseSelection()
		pos := e.cursor()
		word := e.wordBefore(pos)
		repl := word + string(r)
		if eng := mode.Load().(vnime.Engine); eng.Method != vnime.Off && isWordRune(r) && !unicode.Is(unicode.Mn, r) {
			repl = eng.Apply(word, r)
		}
		e.replace(pos-utf8.RuneCountInString(word), pos, repl)
	})
}

// OnEscape, if set, receives the Escape key typed in an entry (keys go
// to the focused widget only): the window closes the dialog the entry is
// in, as Escape does elsewhere.
var OnEscape func(e *Entry)

// TypedKey receives a key press. Return, Backspace and Delete edit the
// text at the cursor Entry keeps; Left and Right move it by one character.
// Tab never reaches a focused Entry (AcceptsTab); should a driver send it,
// it is dropped rather than typed. Other keys are widget.Entry's.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if e.Disabled() {
		return
	}
	switch k.Name {
	case fyne.KeyTab:
		return
	case fyne.KeyEscape:
		if OnEscape != nil {
			OnEscape(e)
		}
		return
	case fyne.KeyReturn, fyne.KeyEnter:
		if e.MultiLine && !(e.shift && e.OnSubmitted != nil) {
			e.batch(func() {
				e.eraseSelection()
				pos := e.cursor()
				e.replace(pos, pos, "\n")
			})
			return
		}
	case fyne.KeyBackspace, fyne.KeyDelete:
		e.batch(func() {
			if e.eraseSelection() {
				return
			}
			pos, n := e.cursor(), utf8.RuneCountInString(e.Text)
			switch {
			case k.Name == fyne.KeyBackspace && pos > 0:
				e.replace(pos-1, pos, "")
			case k.Name == fyne.KeyDelete && pos < n:
				e.replace(pos, pos+1, "")
			}
		})
		return
	case fyne.KeyLeft, fyne.KeyRight:
		if !e.shift && e.SelectedText() == "" {
			pos, n := e.cursor(), utf8.RuneCountInString(e.Text)
			if k.Name == fyne.KeyLeft && pos > 0 {
				pos--
			} else if k.Name == fyne.KeyRight && pos < n {
				pos++
			}
			// widget.Entry's own move (it shows the cursor steadily while
			// it moves), then the exact place: Fyne's steps by row and
			// column miss a place where a long word is broken.
			e.Entry.TypedKey(k)
			e.show(pos, true)
			return
		}
	}
	e.moved()
	e.Entry.TypedKey(k)
	if (k.Name == fyne.KeyEnd || k.Name == fyne.KeyPageDown) && !e.shift && e.SelectedText() == "" {
		// The end of a line is after its last blank, also when the wrap
		// swallowed that blank and widget.Entry stops before it.
		if off := e.CursorTextOffset(); blankEndsLine([]rune(e.Text), off) {
			e.show(off+1, true)
		}
	}
}

// blankEndsLine reports whether text[off] is a blank that ends a line.
func blankEndsLine(text []rune, off int) bool {
	return off >= 0 && off < len(text) && text[off] != '\n' && unicode.IsSpace(text[off]) &&
		(off+1 == len(text) || text[off+1] == '\n')
}

// KeyDown notes a Shift key (for Shift+arrows and Shift+Return).
func (e *Entry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

// KeyUp notes the release of a Shift key.
func (e *Entry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// FocusLost forgets a held Shift key: its release may go elsewhere.
func (e *Entry) FocusLost() {
	e.shift = false
	e.Entry.FocusLost()
}

// cursorMark is where Entry last put the cursor: off is the text offset,
// shown the offset Fyne showed it at (off, or the place before a blank
// the wrap swallowed).
type cursorMark struct {
	ok         bool
	text       string
	off, shown int
}

// cursor returns the text offset of the cursor: where Entry last put it,
// unless the text changed since or the cursor was moved (by the user, the
// program or a Fyne key); else where widget.Entry has it.
func (e *Entry) cursor() int {
	m := e.left
	if m.ok && m.text == e.Text && e.CursorTextOffset() == m.shown {
		return m.off
	}
	return e.CursorTextOffset()
}

// show puts the cursor at the text offset off (with a refresh, which shows
// it there or, after a blank the wrap swallowed, before it) and remembers
// it. Unless forced, a cursor that is already at off is left as it is.
func (e *Entry) show(off int, force bool) {
	if force || e.CursorTextOffset() != off {
		e.place(off)
		e.Refresh()
	}
	e.left = cursorMark{ok: true, text: e.Text, off: off, shown: e.CursorTextOffset()}
}

// moved forgets where Entry put the cursor: someone else moved it.
func (e *Entry) moved() { e.left.ok = false }

// place sets the cursor's row and column to the text offset off, without
// a refresh: the row is the last one that starts at or before off and the
// column may lie past the row's visible end. widget.Entry's edits act at
// CursorTextOffset (row start plus column), so they act exactly at off,
// even after a blank the wrap swallowed; a refresh would pull the column
// back to the row's end.
func (e *Entry) place(off int) {
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
}

// batch runs f, an edit made of several steps, with OnChanged called once
// at the end (if the text changed) rather than at each step.
func (e *Entry) batch(f func()) {
	cb, before := e.OnChanged, e.Text
	e.OnChanged = nil
	defer func() {
		e.OnChanged = cb
		if cb != nil && e.Text != before {
			cb(e.Text)
		}
	}()
	f()
}

// replace replaces the runes [from, to) of the text by repl and puts the
// cursor after repl; the result is composed to NFC across its edges.
func (e *Entry) replace(from, to int, repl string) {
	old := []rune(e.Text)
	head := string(old[:from]) + repl
	tail := string(old[to:])
	want := norm.NFC.String(head + tail)
	// The cursor goes before what is left of tail (a combining mark at its
	// start may have been composed into repl).
	wr := []rune(want)
	keep := commonSuffix(wr, []rune(tail), len(wr))
	e.become(want, from, len(wr)-keep)
}

// become changes the text to want, with the cursor at the offset cur, by
// deleting and typing only the runes that differ (found from the offset
// hint on, where the edit is), with widget.Entry's own editing steps, so
// that undo, wrapping and validation stay its own.
func (e *Entry) become(want string, hint, cur int) {
	old, nw := []rune(e.Text), []rune(want)
	p := min(commonPrefix(old, nw), hint)
	s := commonSuffix(old[p:], nw[p:], min(len(old), len(nw))-p)
	for i := len(old) - s; i > p; i-- { // Backspaces, which undo merges
		e.place(i)
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
	ins := nw[p : len(nw)-s]
	if len(ins) > maxTyped {
		// Long text (a paste) goes in as one paste: typed a rune at a
		// time it would be wrapped again after every rune.
		e.place(p)
		e.Entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: textClipboard(string(ins))})
	} else {
		for i, r := range ins {
			e.place(p + i)
			e.Entry.TypedRune(r)
		}
	}
	if e.Text != want {
		// Not seen in the tests: a safety net, so that what was typed is
		// what is kept even should widget.Entry place an edit elsewhere.
		fallbacks.Add(1)
		e.Entry.SetText(want)
	}
	e.show(cur, false)
}

// maxTyped is the longest insertion become types rune by rune.
const maxTyped = 16

// fallbacks counts become's safety net (the tests expect none).
var fallbacks atomic.Int64

// eraseSelection deletes the selected text, if any, and leaves the cursor
// where it was. widget.Entry erases it itself, but would put the cursor
// (and the next key) in the wrong place where the selection began after a
// blank the wrap swallowed, so the start is worked out first: the
// selection is the text beside the cursor end Fyne keeps, before it (a
// drag or Shift+Right to the right, a double click) or after it.
func (e *Entry) eraseSelection() bool {
	sel := []rune(e.SelectedText())
	if len(sel) == 0 {
		return false
	}
	text := []rune(e.Text)
	end := e.CursorTextOffset()
	start := end - len(sel)
	if start < 0 || string(text[start:end]) != string(sel) {
		start = end
	}
	e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if want := string(text[:start]) + string(text[start+len(sel):]); e.Text != want {
		fallbacks.Add(1)
		e.Entry.SetText(want)
	}
	e.show(start, false)
	if !norm.NFC.IsNormalString(e.Text) {
		e.replace(start, start, "")
	}
	return true
}

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

// TypedShortcut handles shortcuts. A paste inserts the clipboard text,
// cleaned by cleanPaste, at the cursor Entry keeps.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	p, ok := s.(*fyne.ShortcutPaste)
	if !ok || p.Clipboard == nil || e.Disabled() {
		e.moved()
		old := e.Text
		e.Entry.TypedShortcut(s)
		switch s.(type) {
		case *fyne.ShortcutUndo, *fyne.ShortcutRedo, *fyne.ShortcutCut:
			e.settle(old)
		}
		return
	}
	text := cleanPaste(p.Clipboard.Content())
	if !e.MultiLine {
		text = strings.ReplaceAll(text, "\n", " ")
	}
	e.batch(func() {
		e.eraseSelection()
		pos := e.cursor()
		e.replace(pos, pos, text)
	})
}

// Undo takes back the last edit (widget.Entry's undo, with the cursor
// put back as settle says).
func (e *Entry) Undo() {
	old := e.Text
	e.Entry.Undo()
	e.settle(old)
}

// Redo makes the last edit taken back again.
func (e *Entry) Redo() {
	old := e.Text
	e.Entry.Redo()
	e.settle(old)
}

// settle puts the cursor right after one of widget.Entry's own edits that
// changed the text from old (undo, redo, cut). Such an edit inserts or
// removes one run of text and puts the cursor after the run it inserted or
// where the run it removed was, by row and column; after a blank the wrap
// swallowed that place has none and the cursor lands elsewhere (at the
// end of the next line). The places the edit can have meant are those
// that agree with the text before and after it; the cursor goes to the
// one nearest to where Fyne put it, which is Fyne's own when it could.
func (e *Entry) settle(old string) {
	if e.Text == old {
		return
	}
	o, n := []rune(old), []rune(e.Text)
	p := commonPrefix(o, n)
	s := commonSuffix(o, n, min(len(o), len(n)))
	lo, hi := len(n)-s, p+max(len(n)-len(o), 0)
	if lo > hi {
		return // not one run: leave the cursor to widget.Entry
	}
	e.show(min(max(e.CursorTextOffset(), lo), hi), true)
}

// wordBefore returns the letters (and digits, for VNI) that precede the
// offset pos, back to the last character that cannot be part of a word.
func (e *Entry) wordBefore(pos int) string {
	runes := []rune(e.Text)
	pos = min(pos, len(runes))
	start := pos
	for start > 0 && isWordRune(runes[start-1]) {
		start--
	}
	return string(runes[start:pos])
}

// commonPrefix returns how many runes a and b share at their start.
func commonPrefix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// commonSuffix returns how many runes a and b share at their end, at
// most limit.
func commonSuffix(a, b []rune, limit int) int {
	n := 0
	for n < limit && n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// textClipboard is a clipboard holding one text, to paste it.
type textClipboard string

func (c textClipboard) Content() string   { return string(c) }
func (c textClipboard) SetContent(string) {}

// isWordRune reports whether r can be part of a word the engine transforms:
// letters, combining marks and digits (VNI keys).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// nfcClipboard hands out the content of a clipboard in NFC, with Windows
// line ends turned into plain new lines.
type nfcClipboard struct{ fyne.Clipboard }

func (c nfcClipboard) Content() string { return cleanPaste(c.Clipboard.Content()) }

// cleanPaste returns s in NFC, with CRLF and CR turned into LF, a tab into
// a space (a tab has no place in a report; it separates words or cells of
// a spreadsheet) and other control characters dropped.
func cleanPaste(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		if r == '\t' {
			return ' '
		}
		if r == '\n' || !unicode.IsControl(r) {
			return r
		}
		return -1
	}, s)
	return norm.NFC.String(s)
}
