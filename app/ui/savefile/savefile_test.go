package savefile

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/folders"
	"baocao/app/ui/keys"
)

func TestWithExt(t *testing.T) {
	for _, tc := range []struct{ in, ext, want string }{
		{"bao-cao", ".pdf", "bao-cao.pdf"},
		{"bao-cao.pdf", ".pdf", "bao-cao.pdf"},
		{"BAO-CAO.PDF", ".pdf", "BAO-CAO.PDF"},
		{"Báo cáo 2016.bản 2", ".pdf", "Báo cáo 2016.bản 2.pdf"},
		{"danh-sach.xlsx", ".json", "danh-sach.xlsx.json"},
		{filepath.Join("d", "x.json"), ".json", filepath.Join("d", "x.json")},
	} {
		if got := WithExt(tc.in, tc.ext); got != tc.want {
			t.Errorf("WithExt(%q, %q) = %q, want %q", tc.in, tc.ext, got, tc.want)
		}
	}
}

// The repository never empties a file for a writer closed unused, and
// hides plain files (not folders) only while a save dialog is open.
func TestRepository(t *testing.T) {
	test.NewTempApp(t)
	install()
	dir := t.TempDir()
	file := filepath.Join(dir, "bao-cao.pdf")
	if err := os.WriteFile(file, []byte("bản cũ"), 0o600); err != nil {
		t.Fatal(err)
	}
	u := storage.NewFileURI(file)

	w, err := storage.Writer(u)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(file); string(b) != "bản cũ" {
		t.Fatalf("a writer closed unused changed the file to %q", b)
	}
	missing := storage.NewFileURI(filepath.Join(dir, "moi.pdf"))
	if w, err = storage.Writer(missing); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if _, err := os.Stat(missing.Path()); !os.IsNotExist(err) {
		t.Fatalf("a writer closed unused created a file: %v", err)
	}
	// A writer that writes still works.
	if w, err = storage.Writer(u); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("bản mới")); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if b, _ := os.ReadFile(file); string(b) != "bản mới" {
		t.Fatalf("file after a write = %q", b)
	}

	exists := func(u fyne.URI) bool {
		ok, err := storage.Exists(u)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !exists(u) {
		t.Fatal("a file does not exist outside a save dialog")
	}
	choosing.Add(1)
	fileSeen, dirSeen := exists(u), exists(storage.NewFileURI(dir))
	choosing.Add(-1)
	if fileSeen || !dirSeen {
		t.Fatalf("during a save dialog: file exists %v (want false), folder exists %v (want true)", fileSeen, dirSeen)
	}
}

// Choosing an existing file in the dialog leaves it whole, asks the
// question ourselves and writes only on "Replace".
func TestShowExistingFile(t *testing.T) {
	win := newWindow(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "bao-cao.pdf")
	if err := os.WriteFile(file, []byte("bản cũ"), 0o600); err != nil {
		t.Fatal(err)
	}

	var chosen string
	// Fyne itself would ask "Overwrite?" in English here, then empty the
	// file before handing it over.
	folders.Remember(fyne.CurrentApp().Preferences(), folders.Exports, file)
	Show(win, "bao-cao.pdf", []string{".pdf"}, folders.Exports, func(p string) { chosen = p }, func(err error) { t.Fatal(err) })
	test.Tap(findButton(t, win, "Save"))
	if chosen != file {
		t.Fatalf("chosen %q, want %q", chosen, file)
	}
	if n := len(win.Canvas().Overlays().List()); n != 0 {
		t.Fatalf("%d dialogs still shown after Save", n)
	}
	if choosing.Load() != 0 {
		t.Fatalf("%d save dialogs still counted open", choosing.Load())
	}
	if b, _ := os.ReadFile(file); string(b) != "bản cũ" {
		t.Fatalf("the dialog changed the file to %q", b)
	}

	path := WithExt(chosen, ".pdf")
	written := 0
	q := AskOverwrite(win, path, func() { written++ })
	if q == nil {
		t.Fatal("no question about an existing file")
	}
	test.Tap(q.Cancel)
	if written != 0 {
		t.Fatal("Cancel wrote the file")
	}
	q = AskOverwrite(win, path, func() { written++ })
	test.Tap(q.Replace)
	if written != 1 {
		t.Fatalf("Replace wrote %d times", written)
	}
	if q := AskOverwrite(win, filepath.Join(dir, "moi.pdf"), func() { written++ }); q != nil || written != 2 {
		t.Fatalf("a new file: question %v, written %d", q, written)
	}
}

// The dialog starts in the folder of its kind and remembers the folder
// chosen for that kind only.
func TestShowFolderOfKind(t *testing.T) {
	win := newWindow(t)
	p := fyne.CurrentApp().Preferences()
	drafts, exports := t.TempDir(), t.TempDir()
	folders.Remember(p, folders.Drafts, filepath.Join(drafts, "báo cáo.json"))
	folders.Remember(p, folders.Exports, filepath.Join(exports, "báo cáo.pdf"))
	other := t.TempDir()
	if err := os.Remove(other); err != nil { // a folder since taken away
		t.Fatal(err)
	}

	var chosen string
	Show(win, "bản 2.json", []string{".json"}, folders.Drafts, func(p string) { chosen = p }, func(err error) { t.Fatal(err) })
	test.Tap(findButton(t, win, "Save"))
	if want := filepath.Join(drafts, "bản 2.json"); chosen != want {
		t.Fatalf("the drafts' dialog saved to %q, want %q", chosen, want)
	}
	if got := folders.Start(p, folders.Exports); got != exports {
		t.Fatalf("saving a draft moved the exports' folder to %q (want %q)", got, exports)
	}

	folders.Remember(p, folders.Exports, filepath.Join(other, "x.pdf"))
	Show(win, "x.pdf", []string{".pdf"}, folders.Exports, func(p string) { chosen = p }, func(err error) { t.Fatal(err) })
	test.Tap(findButton(t, win, "Save"))
	if want := filepath.Join(filepath.Dir(other), "x.pdf"); chosen != want {
		t.Fatalf("with its folder gone the exports' dialog saved to %q, want %q (the parent)", chosen, want)
	}
	if got := folders.Start(p, folders.Drafts); got != drafts {
		t.Fatalf("an export moved the drafts' folder to %q (want %q)", got, drafts)
	}
}

// Cancelling the dialog calls nothing and closes the count.
func TestShowCancel(t *testing.T) {
	win := newWindow(t)
	called := false
	before := choosing.Load()
	Show(win, "x.pdf", nil, folders.Exports, func(string) { called = true }, func(err error) { t.Fatal(err) })
	test.Tap(findButton(t, win, "Cancel"))
	if called || choosing.Load() != before {
		t.Fatalf("after Cancel: called %v, open dialogs %d (before %d)", called, choosing.Load(), before)
	}
}

// newWindow returns a test window large enough for the file dialog.
func newWindow(t *testing.T) fyne.Window {
	test.NewTempApp(t)
	win := test.NewWindow(nil)
	win.Resize(fyne.NewSize(1000, 700))
	t.Cleanup(win.Close)
	return win
}

func findButton(t *testing.T, win fyne.Window, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
			return
		}
		// The dialog's Cancel is the program's own button (it passes
		// Escape on), a widget.Button inside.
		if k, ok := o.(*keys.Button); ok && k.Text == text && found == nil {
			found = &k.Button
			return
		}
		var children []fyne.CanvasObject
		switch c := o.(type) {
		case *fyne.Container:
			children = c.Objects
		case fyne.Widget:
			children = test.WidgetRenderer(c).Objects()
		}
		for _, ch := range children {
			walk(ch)
		}
	}
	top := win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is shown")
	}
	walk(top)
	if found == nil {
		t.Fatalf("no %q button in the dialog", text)
	}
	return found
}
