package folders

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// TestButtonsPassEscape: every button of the file dialog that Tab reaches
// is a keys.Button (Fyne's keep Escape), also the path's buttons rebuilt
// on entering a folder, except the Open button of an open dialog (see
// passEscape); a save dialog's Save copy is enabled and disabled with
// Fyne's, and saves where Fyne's would.
func TestButtonsPassEscape(t *testing.T) {
	a := test.NewTempApp(t)
	root := t.TempDir()
	mkdir(t, root, "sub")
	writeFile(t, root, "a.json")
	win := test.NewTempWindow(t, widget.NewLabel(""))
	win.Resize(fyne.NewSize(1000, 700))
	a.Preferences().SetInt("fyne:fileDialogViewLayout", int(dialog.GridView))
	Remember(a.Preferences(), Drafts, filepath.Join(root, "x.json"))

	plain := func() []string {
		var texts []string
		visit(win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && b.Visible() {
				texts = append(texts, b.Text)
			}
		})
		return texts
	}

	// Open: only Fyne's Open stays plain, also after entering a folder.
	d := dialog.NewFileOpen(func(fyne.URIReadCloser, error) {}, win)
	d.Resize(fyne.NewSize(900, 600))
	Show(d, win, Drafts)
	if got := plain(); len(got) != 1 || got[0] != "Open" {
		t.Errorf("plain Fyne buttons in the open dialog: %q, want only Open", got)
	}
	time.Sleep(350 * time.Millisecond) // past a double click after showing the folder
	test.TapCanvas(win.Canvas(), itemCentre(t, win, "sub"))
	if got := plain(); len(got) != 1 || got[0] != "Open" {
		t.Errorf("plain Fyne buttons after entering a folder: %q, want only Open", got)
	}
	d.Hide()

	// Save: the copy follows the name, as Fyne's button does.
	var saved []string
	s := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			t.Error(err)
			return
		}
		if wc != nil {
			saved = append(saved, wc.URI().Path())
			wc.Close()
		}
	}, win)
	s.Resize(fyne.NewSize(900, 600))
	Remember(a.Preferences(), Drafts, filepath.Join(root, "x.json"))
	Show(s, win, Drafts)
	if got := plain(); len(got) != 0 {
		t.Errorf("plain Fyne buttons in the save dialog: %q", got)
	}
	var save *keys.Button
	var name *vnentry.Entry
	visit(win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *keys.Button:
			if o.Importance == widget.HighImportance {
				save = o
			}
		case *vnentry.Entry:
			name = o
		}
	})
	if save == nil || name == nil {
		t.Fatal("no Save copy or name field in the save dialog")
	}
	for _, step := range []struct {
		name    string
		enabled bool
	}{{"", false}, {"mới.json", true}, {"", false}, {"báo cáo.json", true}} {
		name.SetText(step.name)
		if save.Disabled() == step.enabled {
			t.Errorf("name %q: Save enabled %v, want %v", step.name, !save.Disabled(), step.enabled)
		}
	}
	test.Tap(save)
	if want := filepath.Join(root, "báo cáo.json"); len(saved) != 1 || saved[0] != want {
		t.Fatalf("Save saved %q, want %q", saved, want)
	}
}

// asButton is o as a button, Fyne's or the program's copy of one.
func asButton(o fyne.CanvasObject) (*widget.Button, bool) {
	switch b := o.(type) {
	case *widget.Button:
		return b, true
	case *keys.Button:
		return &b.Button, true
	}
	return nil, false
}
