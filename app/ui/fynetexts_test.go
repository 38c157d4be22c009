package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/draft"
	"baocao/app/ui/folders"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// englishWords are Fyne's own texts in the dialogs and widgets the
// window shows; none may be drawn in the Vietnamese window.
var englishWords = regexp.MustCompile(`\b(` + strings.Join([]string{
	"Home", "App Files", "Computer", "Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos", "Movies",
	"Open", "Save", "Cancel", "File", "Folder", "Show Hidden Files", "New Folder", "Create Folder",
	"Name", "Parent", "Enter filename", "Yes", "No", "OK", "Cut", "Copy", "Paste", "Select all", "Undo", "Redo",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}, "|") + `)\b`)

// The file dialogs (open, save, their options, the new folder form, the
// file name's menu) and the date picker speak Vietnamese. Each is
// rendered to PNG (in $BAOCAO_SCREENSHOTS when set) and every text drawn
// in the dialogs is checked against englishWords.
func TestFyneTextsInVietnamese(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	var dirs strings.Builder
	for _, d := range []string{"Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos"} {
		mkdirAll(t, filepath.Join(home, d))
		fmt.Fprintf(&dirs, "XDG_%s_DIR=\"$HOME/%s\"\n", strings.ToUpper(d), d)
	}
	mkdirAll(t, filepath.Join(home, ".config"))
	if err := os.WriteFile(filepath.Join(home, ".config", "user-dirs.dirs"), []byte(dirs.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	reports := filepath.Join(home, "Báo cáo")
	mkdirAll(t, filepath.Join(reports, "Lưu trữ"))
	if err := os.WriteFile(filepath.Join(reports, "bao-cao-2016.json"), []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	out := os.Getenv(screenshotsEnv)
	if out == "" {
		out = t.TempDir()
	}

	for _, tc := range []struct {
		name string
		show func(t *testing.T, w *Window)
	}{
		{"open-dialog", func(t *testing.T, w *Window) { w.dialogOpen(func(string) {}) }},
		// As Save as asks: under the draft extension, in the drafts' folder
		// (the reports', with no Desktop or Music in it).
		{"save-dialog", func(t *testing.T, w *Window) {
			w.dialogSave("bao-cao-2017"+draft.Extension, []string{draft.Extension}, func(string) {})
		}},
		{"file-dialog-options", func(t *testing.T, w *Window) {
			w.dialogOpen(func(string) {})
			test.Tap(iconButton(t, w, theme.SettingsIcon()))
		}},
		{"file-dialog-new-folder", func(t *testing.T, w *Window) {
			w.dialogOpen(func(string) {})
			test.Tap(iconButton(t, w, theme.FolderNewIcon()))
		}},
		{"file-name-menu", func(t *testing.T, w *Window) {
			w.dialogSave("bao-cao-2017"+draft.Extension, []string{draft.Extension}, func(string) {})
			var name *vnentry.Entry // the program's, in place of Fyne's
			visitAll(w.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
				if e, ok := o.(*vnentry.Entry); ok && name == nil {
					name = e
				}
			})
			if name == nil {
				t.Fatal("no file name field in the save dialog")
			}
			test.TapSecondary(name)
		}},
		{"date-picker", func(t *testing.T, w *Window) {
			w.OpenSample()
			w.wiz.show(StepGeneral)
			w.wiz.general.showCalendar()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newTestWindow(t, Options{})
			w.app.Settings().SetTheme(theme.LightTheme())
			w.SetLanguage(LangVietnamese)
			folders.Remember(w.app.Preferences(), folders.Drafts, filepath.Join(reports, "bao-cao-2016.json"))
			tc.show(t, w)
			pump(w)
			time.Sleep(50 * time.Millisecond)
			capture(t, w, filepath.Join(out, "vi-"+tc.name+".png"))

			overlays := w.win.Canvas().Overlays().List()
			if len(overlays) == 0 {
				t.Fatal("nothing shown over the window")
			}
			var texts []string
			for _, o := range overlays {
				visitAll(o, func(o fyne.CanvasObject) {
					if txt, ok := o.(*canvas.Text); ok && strings.TrimSpace(txt.Text) != "" {
						texts = append(texts, txt.Text)
					}
				})
			}
			if len(texts) < 3 {
				t.Fatalf("only %q drawn: the dialog was not found", texts)
			}
			for _, s := range texts {
				if m := englishWords.FindString(s); m != "" {
					t.Errorf("English %q drawn in %q", m, s)
				}
			}
			t.Logf("%d texts, e.g. %q", len(texts), texts[:min(len(texts), 12)])
		})
	}
}

// iconButton returns the button with icon res in the top dialog.
func iconButton(t *testing.T, w *Window, res fyne.Resource) *widget.Button {
	t.Helper()
	var found *widget.Button
	visitAll(w.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		b, ok := o.(*widget.Button)
		if k, isKeys := o.(*keys.Button); isKeys { // the file dialog's copies
			b, ok = &k.Button, true
		}
		if ok && found == nil && b.Icon != nil && b.Icon.Name() == res.Name() {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button with the icon %s", res.Name())
	}
	return found
}

// visitAll calls fn for o and everything drawn under it, widgets included.
func visitAll(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			visitAll(child, fn)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			visitAll(child, fn)
		}
	}
}

func mkdirAll(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

// fyneKeys are the keys Fyne 2.7.1 looks its own texts up by (its
// lang/translations/base.en.json), and ours for what Fyne does not look
// up (the places of the file dialog, the calendar's heading).
var fyneKeys = []string{
	"Advanced", "Cancel", "Confirm", "Copy", "Create Folder", "Cut", "Enter filename", "Error",
	"Favourites", "File", "Folder", "New Folder", "No", "OK", "Open", "Paste", "Quit", "Redo", "Save",
	"Select all", "Show Hidden Files", "Undo", "Yes", "file.name", "file.parent",
	"monday", "monday.short", "tuesday", "tuesday.short", "wednesday", "wednesday.short",
	"thursday", "thursday.short", "friday", "friday.short", "saturday", "saturday.short",
	"sunday", "sunday.short",
	"file.place.home", "file.place.appFiles", "file.place.computer", "file.place.desktop",
	"file.place.documents", "file.place.downloads", "file.place.music", "file.place.pictures",
	"file.place.videos", "file.place.movies", "calendar.heading",
}

// Every text of Fyne's the window can show has a Vietnamese translation
// (different from the English one) and an English one.
func TestFyneKeysTranslated(t *testing.T) {
	vi, err := messages(LangVietnamese)
	if err != nil {
		t.Fatal(err)
	}
	en, err := messages(LangEnglish)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range fyneKeys {
		v, ok1 := vi[k]
		e, ok2 := en[k]
		if !ok1 || !ok2 {
			t.Errorf("%q: Vietnamese %v, English %v", k, ok1, ok2)
			continue
		}
		if fmt.Sprint(v) == fmt.Sprint(e) {
			t.Errorf("%q is %v in Vietnamese too", k, v)
		}
	}
}
