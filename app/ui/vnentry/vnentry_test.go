package vnentry

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
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

// FuzzTyping types arbitrary keys into entries in every mode. Whatever the
// keys, the text is valid UTF-8 in NFC; with typing off it is exactly the
// keys, composed to NFC. Seeds: testdata/seeds.txt, one per line.
func FuzzTyping(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "seeds.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f.Add(line, uint8(i%3), i%2 == 0) // each seed in one mode, to keep go test quick
	}
	f.Fuzz(func(t *testing.T, keys string, method uint8, multi bool) {
		if !utf8.ValidString(keys) || len(keys) > 200 {
			return
		}
		keys = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) {
				return -1
			}
			return r
		}, keys)
		test.NewTempApp(t)
		m := vnime.Method(method % 3)
		SetMode(m, vnime.Style(method/3%2))
		defer SetMode(vnime.Off, vnime.Classic)
		e := New()
		if multi {
			e = NewMultiLine()
		}
		w := test.NewTempWindow(t, e)
		w.Resize(fyne.NewSize(160, 300))
		test.Type(e, keys)
		if !utf8.ValidString(e.Text) || !norm.NFC.IsNormalString(e.Text) {
			t.Fatalf("typed %q: text %q is not valid NFC", keys, e.Text)
		}
		if m == vnime.Off && e.Text != norm.NFC.String(keys) {
			t.Fatalf("typing off: typed %q, got %q", keys, e.Text)
		}
	})
}
