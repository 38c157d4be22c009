package folders

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// A double click on a folder enters it with the first click; the second
// lands on the file that now lies under the pointer and must not open it.
// The clicks are two taps at one point of the canvas, as the desktop
// driver delivers them to Fyne's file items (they take no DoubleTapped).
func TestDoubleClickOnFolder(t *testing.T) {
	for _, tc := range []struct {
		name     string
		view     dialog.ViewLayout
		repaired bool
		pause    time.Duration // before a double click on the file
		wantOpen bool
	}{
		// Shows that the taps reproduce the fault in Fyne's dialog.
		{"Fyne's dialog alone opens the file", dialog.GridView, false, 0, true},
		{"Fyne's list view alone opens the file", dialog.ListView, false, 0, true},
		{"repaired: the second click only selects the file", dialog.GridView, true, 0, false},
		{"repaired, list view: the second click only selects the file", dialog.ListView, true, 0, false},
		{"repaired: a double click on the file afterwards opens it", dialog.GridView, true, 350 * time.Millisecond, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			root := t.TempDir()
			sub := mkdir(t, root, "sub")
			file := writeFile(t, sub, "a.json")
			win := test.NewTempWindow(t, widget.NewLabel(""))
			win.Resize(fyne.NewSize(1000, 700))

			var opened []string
			d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
				if err != nil {
					t.Error(err)
					return
				}
				if rc != nil {
					opened = append(opened, rc.URI().Path())
					rc.Close()
				}
			}, win)
			// The view is a preference Fyne keeps; SetView gives way to it.
			a.Preferences().SetInt("fyne:fileDialogViewLayout", int(tc.view))
			d.SetView(tc.view)
			d.Resize(fyne.NewSize(900, 600))
			if tc.repaired {
				Remember(a.Preferences(), Drafts, filepath.Join(root, "x.json"))
				Show(d, win, Drafts)
			} else {
				l, err := storage.ListerForURI(storage.NewFileURI(root))
				if err != nil {
					t.Fatal(err)
				}
				d.SetLocation(l)
				d.Show()
			}
			// Let the showing of the first folder pass for a double click.
			time.Sleep(350 * time.Millisecond)

			at := itemCentre(t, win, "sub")
			test.TapCanvas(win.Canvas(), at)
			want := "a" // the grid leaves out extensions
			if tc.view == dialog.ListView {
				want = "a.json"
			}
			if got := itemAt(t, win, at); got != want {
				t.Fatalf("after a click on the folder the item under the pointer is %q, want %q", got, want)
			}
			test.TapCanvas(win.Canvas(), at)
			if len(opened) == 0 && tc.pause > 0 {
				time.Sleep(tc.pause)
				test.TapCanvas(win.Canvas(), at)
				test.TapCanvas(win.Canvas(), at)
			}
			if tc.wantOpen {
				if len(opened) != 1 || opened[0] != file {
					t.Fatalf("opened %q, want %q", opened, file)
				}
			} else if len(opened) != 0 {
				t.Fatalf("the second click of a double click on a folder opened %q", opened)
			}
		})
	}
}

// fileItems returns the file dialog's items (Fyne's fileDialogItem) with
// the name each shows.
func fileItems(t *testing.T, win fyne.Window) map[fyne.CanvasObject]string {
	t.Helper()
	items := map[fyne.CanvasObject]string{}
	visit(win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if fmt.Sprintf("%T", o) != "*dialog.fileDialogItem" {
			return
		}
		visit(o, func(c fyne.CanvasObject) {
			if l, ok := c.(*widget.Label); ok {
				items[o] = l.Text
			}
		})
	})
	return items
}

func itemCentre(t *testing.T, win fyne.Window, name string) fyne.Position {
	t.Helper()
	for o, n := range fileItems(t, win) {
		if n == name {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
			return pos.Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
		}
	}
	t.Fatalf("no item %q in the file dialog; items: %v", name, fileItems(t, win))
	return fyne.Position{}
}

func itemAt(t *testing.T, win fyne.Window, at fyne.Position) string {
	t.Helper()
	for o, n := range fileItems(t, win) {
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
		if at.X >= pos.X && at.Y >= pos.Y && at.X < pos.X+o.Size().Width && at.Y < pos.Y+o.Size().Height {
			return n
		}
	}
	return ""
}

// visit calls fn for o and everything drawn under it, widgets included.
func visit(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			visit(child, fn)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			visit(child, fn)
		}
	}
}

// The dialog's "New folder" makes one folder in the folder shown and
// enters it; a failure is told in the window's language.
func TestNewFolder(t *testing.T) {
	a := test.NewTempApp(t)
	root := t.TempDir()
	writeFile(t, root, "có rồi")
	win := test.NewTempWindow(t, widget.NewLabel(""))
	win.Resize(fyne.NewSize(1000, 700))
	d := dialog.NewFileSave(func(fyne.URIWriteCloser, error) {}, win)
	d.Resize(fyne.NewSize(900, 600))
	Remember(a.Preferences(), Exports, filepath.Join(root, "x.pdf"))
	Show(d, win, Exports)
	dialogs := len(win.Canvas().Overlays().List())

	var newFolder *widget.Button
	visit(win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := asButton(o); ok && b.Icon != nil && b.Icon.Name() == theme.FolderNewIcon().Name() {
			newFolder = b
		}
	})
	if newFolder == nil {
		t.Fatal("no New folder button")
	}
	create := func(name string) {
		t.Helper()
		test.Tap(newFolder)
		var entry *vnentry.Entry // the program's, which passes Escape on
		var ok *widget.Button
		visit(win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			switch o := o.(type) {
			case *vnentry.Entry:
				entry = o
			case *widget.Button, *keys.Button:
				if b, _ := asButton(o); b.Text == "Create Folder" {
					ok = b
				}
			}
		})
		if entry == nil || ok == nil {
			t.Fatal("no name field or Create Folder button in the form")
		}
		test.Type(entry, name)
		test.Tap(ok)
	}

	create("Lưu trữ 2016")
	want := filepath.Join(root, "Lưu trữ 2016")
	if !isDir(want) {
		t.Fatalf("%s was not made", want)
	}
	if got := a.Preferences().String(lastFolderKey); got != storage.NewFileURI(want).String() {
		t.Fatalf("the dialog shows %s, want the new folder", got)
	}
	if n := len(win.Canvas().Overlays().List()); n != dialogs {
		t.Fatalf("%d dialogs shown after the folder was made, want %d", n, dialogs)
	}

	d.SetLocation(mustLister(t, root))
	create("có rồi")
	if n := len(win.Canvas().Overlays().List()); n != dialogs+1 {
		t.Fatalf("no error shown for a name already taken (%d dialogs)", n)
	}
}

func TestMakeFolder(t *testing.T) {
	test.NewTempApp(t)
	root := t.TempDir()
	writeFile(t, root, "a.json")
	for _, tc := range []struct {
		name, want, err string
	}{
		{"Báo cáo", "Báo cáo", ""},
		{"  Lưu trữ  ", "Lưu trữ", ""},
		{"Ba\u0301o ca\u0301o 2017", "Báo cáo 2017", ""}, // typed decomposed, kept composed
		{"", "", "without /"},
		{"a/b", "", "without /"},
		{`a\b`, "", "without /"},
		{"..", "", "without /"},
		{"a.json", "", "already in this folder"},
		{"Báo cáo", "", "already in this folder"},
	} {
		got, err := makeFolder(root, tc.name)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("makeFolder(%q) error %v, want one saying %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil || got != filepath.Join(root, tc.want) || !isDir(got) {
			t.Errorf("makeFolder(%q) = %q, %v; want the folder %q", tc.name, got, err, tc.want)
		}
	}
}

func mustLister(t *testing.T, dir string) fyne.ListableURI {
	t.Helper()
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	return l
}
