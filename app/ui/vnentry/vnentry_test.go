package vnentry

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"golang.org/x/text/unicode/norm"

	"baocao/app/vnime"
)

// withMode sets the typing mode for one test and restores Off after it.
func withMode(t *testing.T, m vnime.Method, s vnime.Style) {
	t.Helper()
	SetMode(m, s)
	t.Cleanup(func() { SetMode(vnime.Off, vnime.Classic) })
}

func TestTyping(t *testing.T) {
	tests := []struct {
		name   string
		method vnime.Method
		style  vnime.Style
		multi  bool
		keys   string
		want   string
	}{
		{"telex", vnime.Telex, vnime.Classic, false, "Vieetj Nam", "Việt Nam"},
		{"telex multi-line", vnime.Telex, vnime.Classic, true, "Vieetj Nam", "Việt Nam"},
		{"telex sentence", vnime.Telex, vnime.Classic, false, "Ddangr booj Sowr Vawn hoas vaf Theer thao", "Đảng bộ Sở Văn hóa và Thể thao"},
		{"telex modern", vnime.Telex, vnime.Modern, false, "hoaf", "hoà"},
		{"telex classic", vnime.Telex, vnime.Classic, false, "hoaf", "hòa"},
		{"vni", vnime.VNI, vnime.Classic, false, "Vie65t Nam", "Việt Nam"},
		{"telex punctuation", vnime.Telex, vnime.Classic, false, "(daan vaanj kheos).", "(dân vận khéo)."},
		{"off", vnime.Off, vnime.Classic, false, "Vieetj Nam", "Vieetj Nam"},
		{"off digits", vnime.Off, vnime.Classic, false, "Vie65t Nam", "Vie65t Nam"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			withMode(t, tt.method, tt.style)
			e := New()
			if tt.multi {
				e = NewMultiLine()
			}
			w := test.NewTempWindow(t, e)
			w.Canvas().Focus(e)
			changes := 0
			e.OnChanged = func(string) { changes++ }
			test.Type(e, tt.keys)
			if e.Text != tt.want {
				t.Errorf("typed %q: got %q, want %q", tt.keys, e.Text, tt.want)
			}
			if got, want := e.CursorTextOffset(), len([]rune(tt.want)); got != want {
				t.Errorf("cursor at %d, want %d (end of text)", got, want)
			}
			if changes != len([]rune(tt.keys)) {
				t.Errorf("OnChanged called %d times, want once per key (%d)", changes, len([]rune(tt.keys)))
			}
		})
	}
}

func TestTypingInTheMiddle(t *testing.T) {
	test.NewTempApp(t)
	withMode(t, vnime.Telex, vnime.Classic)
	e := New()
	test.NewTempWindow(t, e)
	e.SetText("Nam")
	e.CursorColumn = 0
	test.Type(e, "Vieetj ")
	if e.Text != "Việt Nam" {
		t.Fatalf("got %q, want %q", e.Text, "Việt Nam")
	}
	if e.CursorColumn != 5 {
		t.Errorf("cursor column %d, want 5", e.CursorColumn)
	}
}

func TestUndoAfterTransform(t *testing.T) {
	test.NewTempApp(t)
	withMode(t, vnime.Telex, vnime.Classic)
	e := New()
	test.NewTempWindow(t, e)
	test.Type(e, "Vieetj")
	if e.Text != "Việt" {
		t.Fatalf("got %q", e.Text)
	}
	for i := 0; i < 20 && e.Text != ""; i++ {
		e.Undo()
	}
	if e.Text != "" {
		t.Errorf("undo left %q, want empty text", e.Text)
	}
}

func TestModeIsShared(t *testing.T) {
	withMode(t, vnime.VNI, vnime.Modern)
	m, s := Mode()
	if m != vnime.VNI || s != vnime.Modern {
		t.Fatalf("Mode() = %v, %v; want VNI, Modern", m, s)
	}
	SetMode(vnime.Off, vnime.Classic)
	if m, _ := Mode(); m != vnime.Off {
		t.Fatalf("Mode() = %v after SetMode(Off)", m)
	}
}

func TestPasteGivesNFC(t *testing.T) {
	tests := []struct {
		name  string
		multi bool
		clip  string
		want  string
	}{
		{"nfd", false, norm.NFD.String("Nguyễn Thị Hường"), "Nguyễn Thị Hường"},
		{"nfd multi-line crlf", true, norm.NFD.String("Dân vận\r\nkhéo"), "Dân vận\nkhéo"},
		{"control characters", false, "Sở\x00 Văn\x07 hóa", "Sở Văn hóa"},
		{"single line joins lines", false, "Dân vận\nkhéo", "Dân vận khéo"},
		{"tabs become spaces", true, "Nguyễn Văn A\tTrưởng phòng\r\n\tB", "Nguyễn Văn A Trưởng phòng\n B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			e := New()
			if tt.multi {
				e = NewMultiLine()
			}
			test.NewTempWindow(t, e)
			clip := a.Clipboard()
			clip.SetContent(tt.clip)
			e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
			if e.Text != tt.want {
				t.Errorf("pasted %q: got %q, want %q", tt.clip, e.Text, tt.want)
			}
			if !norm.NFC.IsNormalString(e.Text) {
				t.Errorf("text %q is not NFC", e.Text)
			}
		})
	}
}

func TestDecomposedKeysAndSetText(t *testing.T) {
	test.NewTempApp(t)
	e := New()
	test.NewTempWindow(t, e)
	nfd := norm.NFD.String("Việt Nam")
	test.Type(e, nfd)
	if e.Text != "Việt Nam" {
		t.Errorf("typed NFD %q: got %q, want NFC %q", nfd, e.Text, "Việt Nam")
	}
	e.SetText(norm.NFD.String("Hồ Chí Minh"))
	if e.Text != "Hồ Chí Minh" || !norm.NFC.IsNormalString(e.Text) {
		t.Errorf("SetText NFD: got %q", e.Text)
	}
}

func BenchmarkTypeTelex(b *testing.B) {
	test.NewTempApp(b)
	SetMode(vnime.Telex, vnime.Classic)
	defer SetMode(vnime.Off, vnime.Classic)
	const para = "Ddangr booj Sowr Vawn hoas vaf Theer thao thanhf phoos Hoof Chis Minh toor chuwcs hooij nghij toongr keets coong tacs daan vaanj nawm 2016. "
	for b.Loop() {
		e := NewMultiLine()
		test.Type(e, para)
	}
}

// TestTypingAcrossWraps types a long paragraph into narrow word-wrapping
// entries: every space must stay where it was typed, whatever the width
// (Fyne 2.7 loses the cursor at wrap points without vnentry's check).
func TestTypingAcrossWraps(t *testing.T) {
	text := strings.Repeat("công tác dân vận của các phòng, đơn vị trực thuộc Sở như sau ", 5)
	for _, m := range []vnime.Method{vnime.Off, vnime.Telex} {
		for _, width := range []float32{180, 300, 450, 600} {
			test.NewTempApp(t)
			withMode(t, m, vnime.Classic)
			e := NewMultiLine()
			w := test.NewTempWindow(t, e)
			w.Resize(fyne.NewSize(width, 400))
			test.Type(e, text)
			if e.Text != text {
				t.Errorf("method %v, width %v: got %q", m, width, e.Text)
			}
		}
	}
}

// The keys of typing tests: a rune is typed, except these control runes,
// which press a key (Up, Down, Home and End move the cursor by rows).
var keyOf = map[rune]fyne.KeyName{
	'\n': fyne.KeyReturn, '\b': fyne.KeyBackspace, 0x7f: fyne.KeyDelete,
	0x02: fyne.KeyLeft, 0x06: fyne.KeyRight, 0x01: fyne.KeyHome, 0x05: fyne.KeyEnd,
	0x10: fyne.KeyUp, 0x0e: fyne.KeyDown, '\t': fyne.KeyTab,
}

// typist is what a user means by a sequence of keys: the text and cursor
// of a plain string edited with the typing engine, with no rows, wraps or
// widget involved. A test types the same keys into an Entry and compares.
type typist struct {
	eng   vnime.Engine
	multi bool
	text  []rune
	cur   int
}

// replace replaces text[from:to] by repl, composing the result to NFC, and
// puts the cursor after repl (after what a combining mark was composed with).
func (m *typist) replace(from, to int, repl string) {
	tail := string(m.text[to:])
	m.text = []rune(norm.NFC.String(string(m.text[:from]) + repl + tail))
	keep := 0
	for t := []rune(tail); keep < len(t) && keep < len(m.text) && t[len(t)-1-keep] == m.text[len(m.text)-1-keep]; {
		keep++
	}
	m.cur = len(m.text) - keep
}

// key applies one key of the keys language of keyOf; it returns false for
// a key that moves the cursor by rows, after which the caller must read
// the cursor from the entry.
func (m *typist) key(r rune) bool {
	switch keyOf[r] {
	case fyne.KeyReturn:
		if m.multi {
			m.replace(m.cur, m.cur, "\n")
		}
	case fyne.KeyBackspace:
		if m.cur > 0 {
			m.replace(m.cur-1, m.cur, "")
		}
	case fyne.KeyDelete:
		if m.cur < len(m.text) {
			m.replace(m.cur, m.cur+1, "")
		}
	case fyne.KeyLeft:
		m.cur = max(m.cur-1, 0)
	case fyne.KeyRight:
		m.cur = min(m.cur+1, len(m.text))
	case fyne.KeyTab:
	case "":
		start := m.cur
		for start > 0 && isWordRune(m.text[start-1]) {
			start--
		}
		word := string(m.text[start:m.cur])
		repl := word + string(r)
		if m.eng.Method != vnime.Off && isWordRune(r) && !unicode.Is(unicode.Mn, r) {
			repl = m.eng.Apply(word, r)
		}
		m.replace(start, m.cur, repl)
	default:
		return false
	}
	return true
}

// press sends one key of the keys language of keyOf to e.
func press(e *Entry, r rune) {
	if name, ok := keyOf[r]; ok {
		e.TypedKey(&fyne.KeyEvent{Name: name})
		return
	}
	e.TypedRune(r)
}

// typeKeys types keys into e and into a typist in the same mode and fails
// at the first key after which e's text or cursor differs from the
// typist's. It returns how often the cursor was after a blank the wrap
// swallowed (where Fyne cannot show it).
func typeKeys(t *testing.T, e *Entry, keys string) (stranded int) {
	t.Helper()
	m, s := Mode()
	want := &typist{eng: vnime.Engine{Method: m, Style: s}, multi: e.MultiLine}
	before := fallbacks.Load()
	e.FocusGained()
	for i, r := range []rune(keys) {
		press(e, r)
		if !want.key(r) {
			want.cur = e.cursor()
		}
		if e.Text != string(want.text) || e.cursor() != want.cur {
			t.Fatalf("after key %d (%q) of %q: text %q, cursor %d; want %q, cursor %d",
				i, r, keys, e.Text, e.cursor(), string(want.text), want.cur)
		}
		if e.left.ok && e.left.shown != e.left.off {
			stranded++
		}
	}
	if n := fallbacks.Load() - before; n != 0 {
		t.Errorf("typing %q: the safety net of become was needed %d times", keys, n)
	}
	return stranded
}

// modes are the typing modes tests go through.
var modes = []struct {
	method vnime.Method
	style  vnime.Style
}{
	{vnime.Off, vnime.Classic}, {vnime.Telex, vnime.Classic}, {vnime.Telex, vnime.Modern},
	{vnime.VNI, vnime.Classic}, {vnime.VNI, vnime.Modern},
}

// TestTypingAtWraps types sentences with double spaces, new lines and
// edits into word-wrapping entries of many widths, in every mode: the text
// must be exactly what the keys mean, as typed into a plain string. The
// reported case: "hằng quý.  Công tác" became "hằng quý . Công tác" at a
// width where the wrap fell on the double space.
func TestTypingAtWraps(t *testing.T) {
	const (
		left, right, bs, del, home, end = "\x02", "\x06", "\b", "\x7f", "\x01", "\x05"
		sentence                        = "Báo cáo công tác dân vận hằng quý.  Công tác dân vận của các phòng trong hằng quý.  Công tác tốt"
	)
	keys := map[vnime.Method]string{
		vnime.Off:   sentence,
		vnime.Telex: "Baos caos coong tacs daan vaanj hawngf quys.  Coong tacs daan vaanj cuar cacs phongf trong hawngf quys.  Coong tacs toots",
		vnime.VNI:   "Ba1o ca1o co6ng ta1c da6n va65n ha82ng quy1.  Co6ng ta1c da6n va65n cu3a ca1c pho2ng trong ha82ng quy1.  Co6ng ta1c to61t",
	}
	tests := []struct {
		name string
		keys func(vnime.Method) string
		want string // "" when only the typist says what is right
	}{
		{"reported sentence", func(m vnime.Method) string { return keys[m] }, sentence},
		{"spaces then new line", func(m vnime.Method) string { return keys[m] + "   \n  " + keys[m] + " \n" }, sentence + "   \n  " + sentence + " \n"},
		{"edit back at the wrap", func(m vnime.Method) string {
			return keys[m] + strings.Repeat(left, 50) + "  " + bs + "x" + del + right + right + "\n" + end + " y" + home + "z"
		}, ""},
		{"delete back over wraps", func(m vnime.Method) string {
			return keys[m] + strings.Repeat(bs, 30) + ".  " + strings.Repeat(left, 3) + strings.Repeat(del, 4) + "  ok"
		}, ""},
	}
	widths := []float32{60, 148, 217, 333}
	stranded := 0
	for _, md := range modes {
		for _, tt := range tests {
			for _, width := range widths {
				name := fmt.Sprintf("%v-%v/%s/%v", md.method, md.style, tt.name, width)
				t.Run(name, func(t *testing.T) {
					test.NewTempApp(t)
					withMode(t, md.method, md.style)
					e := NewMultiLine()
					w := test.NewTempWindow(t, e)
					w.Resize(fyne.NewSize(width, 400))
					k := tt.keys(md.method)
					if md.method == vnime.Off {
						k = norm.NFC.String(k)
					}
					stranded += typeKeys(t, e, k)
					if tt.want != "" && e.Text != tt.want {
						t.Errorf("typed %q: got %q, want %q", k, e.Text, tt.want)
					}
				})
			}
		}
	}
	if stranded == 0 {
		t.Error("no key left the cursor after a blank the wrap swallowed: the widths miss the case this test is for")
	}
}

// TestTypingAtWrapsSingleLine: the same keys in a single-line entry (no
// wrap, Return does nothing).
func TestTypingAtWrapsSingleLine(t *testing.T) {
	for _, md := range modes {
		test.NewTempApp(t)
		withMode(t, md.method, md.style)
		e := New()
		w := test.NewTempWindow(t, e)
		w.Resize(fyne.NewSize(150, 60))
		typeKeys(t, e, "hawngf quys.  Coong\n tacs\x02\x02\x02\b\x7f  x\x01y\x05z")
	}
}

// TestTypingOverSelection: a selection whose start follows a blank the
// wrap swallows once the selection is erased is replaced where it was,
// whichever end the cursor is at (at width 148, widget.Entry alone types
// the keys into the first line: "công tác dXyân vận").
func TestTypingOverSelection(t *testing.T) {
	const text = "Báo cáo công tác dân vận hằng quý. Công"
	tests := []struct {
		name   string
		selext func(e *Entry)
	}{
		{"double click", func(e *Entry) { e.DoubleTapped(&fyne.PointEvent{}) }},
		{"shift+left", func(e *Entry) {
			e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
			for range 4 {
				e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
			}
			e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		}},
	}
	for _, tt := range tests {
		for _, width := range []float32{148, 151, 180, 260} {
			t.Run(fmt.Sprintf("%s/%v", tt.name, width), func(t *testing.T) {
				test.NewTempApp(t)
				e := NewMultiLine()
				w := test.NewTempWindow(t, e)
				w.Resize(fyne.NewSize(width, 400))
				test.Type(e, text)
				tt.selext(e)
				if got := e.SelectedText(); got != "Công" {
					t.Fatalf("selected %q, want %q", got, "Công")
				}
				test.Type(e, "Xy")
				if want := "Báo cáo công tác dân vận hằng quý. Xy"; e.Text != want {
					t.Errorf("got %q, want %q", e.Text, want)
				}
				if got, want := e.cursor(), len([]rune(e.Text)); got != want {
					t.Errorf("cursor at %d, want %d", got, want)
				}
			})
		}
	}
}

// FuzzTyping types arbitrary keys (the keys language of keyOf: runes and
// Return, Backspace, Delete, arrows, Home, End, Tab) into entries of many
// widths, single- and multi-line, in every mode. The text and cursor must
// be what the keys mean, as typed into a plain string by the same engine
// (typist), after every key, and always valid NFC. With typing off and
// only runes, the text is exactly the keys in NFC. Seeds: testdata/seeds.txt
// (one per line) and the wrap cases below; regressions in testdata/fuzz.
func FuzzTyping(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "seeds.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f.Add(line, uint8(i%6), uint8(i*37), i%2 == 0) // each seed in one mode, to keep go test quick
	}
	f.Add("hằng quý.  Công tác", uint8(0), uint8(44), true)
	f.Add("ab  cd \n  ef\x02\x02\x02\x02\x02\b\x7f g\x05h\x01i", uint8(1), uint8(10), true)
	f.Add("quys.  \n\x02\x02\x02x\x10y\x0ez", uint8(5), uint8(20), true)
	f.Fuzz(fuzzTyping)
}

func fuzzTyping(t *testing.T, keys string, method uint8, width uint8, multi bool) {
	if !utf8.ValidString(keys) || utf8.RuneCountInString(keys) > 120 {
		return
	}
	test.NewTempApp(t)
	m := vnime.Method(method % 3)
	SetMode(m, vnime.Style(method/3%2))
	defer SetMode(vnime.Off, vnime.Classic)
	e := New()
	if multi {
		e = NewMultiLine()
	}
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(60+2*float32(width), 300))
	typeKeys(t, e, keys)
	if !utf8.ValidString(e.Text) || !norm.NFC.IsNormalString(e.Text) {
		t.Fatalf("typed %q: text %q is not valid NFC", keys, e.Text)
	}
	if strings.ContainsRune(e.Text, '\t') {
		t.Fatalf("typed %q: a tab in %q", keys, e.Text)
	}
	plain := !strings.ContainsFunc(keys, unicode.IsControl)
	if m == vnime.Off && plain && e.Text != norm.NFC.String(keys) {
		t.Fatalf("typing off: typed %q, got %q", keys, e.Text)
	}
}

// tab presses Tab (or Shift+Tab) on c the way Fyne's desktop driver does:
// an object that accepts Tab gets the key, else the focus moves.
func tab(c fyne.Canvas, shift bool) {
	if f, ok := c.Focused().(fyne.Tabbable); ok && f.AcceptsTab() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	if shift {
		c.FocusPrevious()
	} else {
		c.FocusNext()
	}
}

// TestTabMovesFocus: Tab and Shift+Tab leave single- and multi-line
// entries alike, in the order of the form, and type nothing; a Tab key
// that reaches an entry anyway, or a tab rune, types no tab.
func TestTabMovesFocus(t *testing.T) {
	test.NewTempApp(t)
	a, b, c, d := New(), NewMultiLine(), NewMultiLine(), New()
	texts := []string{"Sở", "Báo cáo\nhằng quý.  Công tác", "", "Hà Nội"}
	for i, e := range []*Entry{a, b, c, d} {
		e.SetText(texts[i])
	}
	w := test.NewTempWindow(t, container.NewVBox(a, b, c, d))
	cv := w.Canvas()
	cv.Focus(a)
	for i, want := range []*Entry{b, c, d, a} {
		tab(cv, false)
		if cv.Focused() != want {
			t.Fatalf("Tab %d: focus on %p, want %p", i+1, cv.Focused(), want)
		}
	}
	for i, want := range []*Entry{d, c, b, a} {
		tab(cv, true)
		if cv.Focused() != want {
			t.Fatalf("Shift+Tab %d: focus on %p, want %p", i+1, cv.Focused(), want)
		}
	}
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	for i, e := range []*Entry{a, b, c, d} {
		if e.Text != texts[i] {
			t.Errorf("entry %d: text %q after Tabs, want %q", i, e.Text, texts[i])
		}
	}
	c.TypedRune('\t')
	if c.Text != " " {
		t.Errorf("a typed tab rune gave %q, want a space", c.Text)
	}
}

// TestUndoRedoCutAtWrap: after an undo, a redo or a cut that leaves the
// cursor after a blank the wrap swallowed, the next key goes there, not
// to the end of the next line where widget.Entry puts the cursor.
func TestUndoRedoCutAtWrap(t *testing.T) {
	const line = "Báo cáo công tác dân vận hằng quý. "
	tests := []struct {
		name  string
		keys  string
		edit  func(e *Entry)
		want  string
		after string // the text after the edit
	}{
		{"undo", line + "Công\nxyz\x02\x02\x02\x02AB",
			func(e *Entry) { e.TypedShortcut(&fyne.ShortcutUndo{}) }, line + "X\nxyz", line + "\nxyz"},
		{"undo method", line + "Công\nxyz\x02\x02\x02\x02AB",
			func(e *Entry) { e.Undo() }, line + "X\nxyz", line + "\nxyz"},
		{"redo", line + "Công\nxyz\x02\x02\x02\x02\b\b\b\b",
			func(e *Entry) {
				e.TypedShortcut(&fyne.ShortcutUndo{})
				e.TypedShortcut(&fyne.ShortcutRedo{})
			}, line + "X\nxyz", line + "\nxyz"},
		{"cut", line + "Công\nxyz\x02\x02\x02\x02",
			func(e *Entry) {
				e.DoubleTapped(&fyne.PointEvent{})
				e.TypedShortcut(&fyne.ShortcutCut{Clipboard: test.NewClipboard()})
			}, line + "X\nxyz", line + "\nxyz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			e := NewMultiLine()
			w := test.NewTempWindow(t, e)
			w.Resize(fyne.NewSize(148, 400))
			for _, r := range tt.keys {
				press(e, r)
			}
			tt.edit(e)
			if e.Text != tt.after {
				t.Fatalf("after the %s: %q, want %q", tt.name, e.Text, tt.after)
			}
			if e.CursorTextOffset() == e.cursor() {
				t.Error("the cursor is where Fyne can show it: this width misses the case")
			}
			test.Type(e, "X")
			if e.Text != tt.want {
				t.Errorf("typed X after the %s: %q, want %q", tt.name, e.Text, tt.want)
			}
		})
	}
}
