package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"baocao/app/draft"
	"baocao/app/sample"
	"baocao/app/ui/folders"
)

// A new draft is saved under the program's own extension, added to the
// name typed, and opens again from that file.
func TestSaveUsesDraftExtension(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name  string
		typed string // what the user types in the save dialog
		want  string // the file written
	}{
		{"extension added", "Báo cáo tổng kết 2016", "Báo cáo tổng kết 2016.bcdv"},
		{"extension typed", "Báo cáo 2017.bcdv", "Báo cáo 2017.bcdv"},
		{"upper case kept", "BÁO CÁO.BCDV", "BÁO CÁO.BCDV"},
		{"old extension typed on purpose", "cũ.json", "cũ.json"},
		{"another dot", "Báo cáo.bản 2", "Báo cáo.bản 2.bcdv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newTestWindow(t, Options{})
			w.OpenSample()
			var suggested string
			var exts []string
			w.chooseSave = func(s string, e []string, cb func(string)) {
				suggested, exts = s, e
				cb(filepath.Join(dir, tt.typed))
			}
			w.Save(nil)
			if !strings.HasSuffix(suggested, ".bcdv") || !slices.Equal(exts, []string{".bcdv"}) {
				t.Errorf("save dialog offered %q with %q, want a .bcdv name and filter", suggested, exts)
			}
			want := filepath.Join(dir, tt.want)
			if p, dirty := w.Path(); p != want || dirty {
				t.Fatalf("saved as %q (dirty %v), want %q", p, dirty, want)
			}
			w2 := newTestWindow(t, Options{})
			w2.OpenFile(want)
			if p, _ := w2.Path(); p != want || w2.Report().Place != sample.Report().Place {
				t.Fatalf("reopening %q gave path %q", want, p)
			}
			if !strings.Contains(w2.win.Title(), filepath.Base(want)) {
				t.Errorf("title %q lacks the file name", w2.win.Title())
			}
		})
	}
}

// A draft saved as .json before the program had its own extension opens,
// is saved back into the same .json (nothing moves under the user), and
// Save as offers the new extension.
func TestOldJSONDraftKeepsItsFile(t *testing.T) {
	w := newTestWindow(t, Options{})
	path := openSaved(t, w) // "báo cáo.json"
	test.Type(w.wiz.general.symbol, "X")
	shortcut(w, shortcutSave)
	if p, dirty := w.Path(); p != path || dirty {
		t.Fatalf("Ctrl+S on an old draft: path %q dirty %v, want %q saved", p, dirty, path)
	}
	back, err := draft.Load(path)
	if err != nil || !strings.Contains(back.Symbol, "X") {
		t.Fatalf("the .json draft was not saved in place: %v", err)
	}
	if _, err := os.Stat(draft.NameFor(path)); err == nil {
		t.Error("Ctrl+S made a .bcdv beside the .json")
	}
	var suggested string
	w.chooseSave = func(s string, _ []string, cb func(string)) { suggested = s }
	w.SaveAs(nil)
	if suggested != "báo cáo.bcdv" {
		t.Errorf("Save as suggested %q, want “báo cáo.bcdv”", suggested)
	}
}

// The Open dialog shows drafts of both extensions and nothing else.
func TestOpenDialogShowsBothExtensions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Báo cáo")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"nhap-moi.bcdv", "nhap-cu.json", "ghi-chu.txt", "danh-sach.xlsx"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("{}"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	w := newTestWindow(t, Options{})
	w.app.Settings().SetTheme(theme.LightTheme())
	folders.Remember(w.app.Preferences(), folders.Drafts, filepath.Join(dir, "nhap-moi.bcdv"))
	w.dialogOpen(func(string) {})
	pump(w)
	time.Sleep(50 * time.Millisecond)
	if out := os.Getenv(screenshotsEnv); out != "" {
		capture(t, w, filepath.Join(out, "vi-open-dialog-drafts.png"))
	}
	var texts []string
	visitAll(w.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if txt, ok := o.(*canvas.Text); ok {
			texts = append(texts, txt.Text)
		}
	})
	all := strings.Join(texts, "|")
	for _, name := range []string{"nhap-moi", "nhap-cu"} {
		if !strings.Contains(all, name) {
			t.Errorf("the Open dialog does not show %s: %q", name, texts)
		}
	}
	for _, name := range []string{"ghi-chu", "danh-sach"} {
		if strings.Contains(all, name) {
			t.Errorf("the Open dialog shows %s, not a draft", name)
		}
	}
}

// A draft handed over by a second launch (a double click while the window
// is open) opens here, asking first about unsaved changes; the draft
// already open is not read again.
func TestOpenHandedOver(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Thư mục có dấu")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "Báo cáo Dân vận 2016 (bản 2).bcdv")
	r := sample.Report()
	r.Place = "Hà Nội"
	if err := draft.Save(other, r, "test"); err != nil {
		t.Fatal(err)
	}

	t.Run("start screen", func(t *testing.T) {
		w := newTestWindow(t, Options{})
		w.OpenHandedOver(other)
		if p, _ := w.Path(); p != other || w.Report().Place != "Hà Nội" {
			t.Fatalf("handed-over draft not opened: path %q", p)
		}
	})
	t.Run("unsaved changes are asked about", func(t *testing.T) {
		w := newTestWindow(t, Options{})
		w.OpenSample() // unsaved
		w.OpenHandedOver(other)
		if w.lastQuestion == nil {
			t.Fatal("opening over unsaved work asked nothing")
		}
		test.Tap(w.lastQuestion.buttons[2]) // Cancel
		if p, dirty := w.Path(); p != "" || !dirty {
			t.Fatalf("Cancel replaced the unsaved report (path %q)", p)
		}
		w.lastQuestion = nil
		w.OpenHandedOver(other)
		test.Tap(w.lastQuestion.buttons[1]) // Don't save
		if p, _ := w.Path(); p != other {
			t.Fatalf("after Don't save: path %q, want %q", p, other)
		}
	})
	t.Run("the open draft stays as it is", func(t *testing.T) {
		w := newTestWindow(t, Options{})
		w.OpenFile(other)
		test.Type(w.wiz.general.symbol, "X")
		w.lastQuestion = nil
		w.OpenHandedOver(other)
		if w.lastQuestion != nil {
			t.Error("handing over the draft already open asked a question")
		}
		if _, dirty := w.Path(); !dirty || !strings.Contains(w.Report().Symbol, "X") {
			t.Error("handing over the open draft dropped its unsaved change")
		}
		if !strings.Contains(w.status, "đang mở sẵn") {
			t.Errorf("status %q does not say the draft is open already", w.status)
		}
	})
}
