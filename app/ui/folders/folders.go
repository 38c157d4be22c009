// Package folders remembers, for each kind of file, the folder the user
// last chose one in, and shows Fyne's file dialogs there with two repairs:
// a double click on a folder never opens the file that then lies under the
// pointer, and the dialog's place names (Home, Documents…) are translated.
//
// The folders live in the app's preferences, so they survive a restart.
// A folder that is gone (a USB stick taken out) gives way to its nearest
// parent that exists, then to the home folder.
package folders

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
)

// Kind is a kind of file with its own remembered folder.
type Kind string

// The kinds of files the program asks for.
const (
	Drafts  Kind = "drafts"  // report drafts, opened and saved
	Exports Kind = "exports" // PDF and Excel documents written
	Imports Kind = "imports" // honoree workbooks read
	Units   Kind = "units"   // folders of the units' forms and returned workbooks
)

// legacyKey is the single folder older versions remembered for every
// dialog; a kind with no folder of its own yet starts there.
const legacyKey = "lastFolder"

func key(k Kind) string { return "folder." + string(k) }

// Remember records the folder of path (a file chosen, opened or written)
// as the place to start k's next dialog.
func Remember(p fyne.Preferences, k Kind, path string) {
	if path == "" {
		return
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	p.SetString(key(k), filepath.Dir(path))
}

// Start is the folder k's dialog opens in: the one remembered for k (or
// by an older version), else its nearest existing parent, else the home
// folder. It is "" only when not even the home folder is known.
func Start(p fyne.Preferences, k Kind) string {
	for _, dir := range []string{p.String(key(k)), p.String(legacyKey)} {
		if d := existing(dir); d != "" {
			return d
		}
	}
	home, err := os.UserHomeDir()
	if err != nil || !isDir(home) {
		return ""
	}
	return home
}

// existing returns dir when it is a folder, or else its nearest parent
// that is one. A volume's root is not taken for a lost folder: the home
// folder is the better place to start than "/" or "C:\".
func existing(dir string) string {
	if dir == "" || !filepath.IsAbs(dir) {
		return ""
	}
	dir = filepath.Clean(dir)
	if isDir(dir) {
		return dir
	}
	for {
		parent := filepath.Dir(dir)
		if parent == dir || filepath.Dir(parent) == parent {
			return ""
		}
		if isDir(parent) {
			return parent
		}
		dir = parent
	}
}

func isDir(dir string) bool {
	info, err := os.Stat(dir)
	return err == nil && info.IsDir()
}
