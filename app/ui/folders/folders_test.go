package folders

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestStart(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	base := t.TempDir()
	drafts := mkdir(t, base, "nháp")
	usb := mkdir(t, base, "usb")
	gone := filepath.Join(usb, "báo cáo", "2016") // the stick's folders, taken out

	for _, tc := range []struct {
		name  string
		prefs map[string]string
		kind  Kind
		want  string
	}{
		{"nothing remembered: home", nil, Drafts, home},
		{"remembered", map[string]string{"folder.drafts": drafts}, Drafts, drafts},
		{"another kind's folder is not used", map[string]string{"folder.exports": drafts}, Drafts, home},
		{"an older version's single folder", map[string]string{"lastFolder": drafts}, Imports, drafts},
		{"the kind's own folder before the old one", map[string]string{"lastFolder": drafts, "folder.imports": usb}, Imports, usb},
		{"gone: the nearest parent that exists", map[string]string{"folder.exports": gone}, Exports, usb},
		{"gone with every parent but the root: home", map[string]string{"folder.exports": filepath.Join(string(filepath.Separator), "không-có-ổ-này", "x")}, Exports, home},
		{"gone, the old folder exists", map[string]string{"folder.drafts": filepath.Join(string(filepath.Separator), "không-có", "x"), "lastFolder": drafts}, Drafts, drafts},
		{"a file, not a folder: its folder", map[string]string{"folder.drafts": writeFile(t, drafts, "a.json")}, Drafts, drafts},
		{"relative: home", map[string]string{"folder.drafts": "nháp"}, Drafts, home},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			for k, v := range tc.prefs {
				a.Preferences().SetString(k, v)
			}
			if got := Start(a.Preferences(), tc.kind); got != tc.want {
				t.Errorf("Start(%s) = %q, want %q", tc.kind, got, tc.want)
			}
		})
	}
}

// Each kind keeps its own folder, and the folders live in the preferences
// alone: a new app with the same preferences (a restart) starts there.
func TestRememberPerKindAcrossRestart(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	base := t.TempDir()
	dirs := map[Kind]string{
		Drafts:  mkdir(t, base, "nháp"),
		Exports: mkdir(t, base, "xuất"),
		Imports: mkdir(t, base, "nhập"),
	}
	a := test.NewTempApp(t)
	p := a.Preferences()
	Remember(p, Drafts, filepath.Join(dirs[Drafts], "báo cáo.json"))
	Remember(p, Exports, filepath.Join(dirs[Exports], "báo cáo.pdf"))
	Remember(p, Imports, filepath.Join(dirs[Imports], "danh sách.xlsx"))
	// A later export elsewhere moves the exports' folder only.
	other := mkdir(t, base, "khác")
	Remember(p, Exports, filepath.Join(other, "danh sách.xlsx"))
	dirs[Exports] = other

	// What the app's preference file would hold, copied whole.
	type store interface {
		ReadValues(func(map[string]any))
		WriteValues(func(map[string]any))
	}
	saved := map[string]any{}
	p.(store).ReadValues(func(m map[string]any) {
		for k, v := range m {
			saved[k] = v
		}
	})
	b := test.NewTempApp(t)
	b.Preferences().(store).WriteValues(func(m map[string]any) {
		for k, v := range saved {
			m[k] = v
		}
	})
	for k, want := range dirs {
		if got := Start(b.Preferences(), k); got != want {
			t.Errorf("after a restart Start(%s) = %q, want %q", k, got, want)
		}
	}
}

func mkdir(t *testing.T, parts ...string) string {
	t.Helper()
	dir := filepath.Join(parts...)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func writeFile(t *testing.T, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
