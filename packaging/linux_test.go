package packaging

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"baocao/app/draft"
)

// linuxPkgEnv names the archive TestLinuxPackage reads (make
// check-package sets it after building the archive).
const linuxPkgEnv = "BAOCAO_LINUX_PKG"

// mimeInfo is a shared-mime-info file.
type mimeInfo struct {
	Types []struct {
		Type     string `xml:"type,attr"`
		Comments []struct {
			Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
			Text string `xml:",chardata"`
		} `xml:"comment"`
		Globs []struct {
			Pattern string `xml:"pattern,attr"`
		} `xml:"glob"`
		Icon struct {
			Name string `xml:"name,attr"`
		} `xml:"icon"`
	} `xml:"mime-type"`
}

func readMimeInfo(t *testing.T, path string) mimeInfo {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m mimeInfo
	if err := xml.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(m.Types) != 1 {
		t.Fatalf("%s declares %d types, want 1", path, len(m.Types))
	}
	return m
}

// The MIME file declares the program's draft type and extension, and
// FyneApp.toml gives the .desktop entry the same type.
func TestMimeSource(t *testing.T) {
	m := readMimeInfo(t, "linux/vn.danvan.baocao.xml")
	mt := m.Types[0]
	if mt.Type != draft.MIMEType {
		t.Errorf("MIME type %q, want %q", mt.Type, draft.MIMEType)
	}
	if len(mt.Globs) != 1 || mt.Globs[0].Pattern != "*"+draft.Extension {
		t.Errorf("globs %v, want *%s alone", mt.Globs, draft.Extension)
	}
	if mt.Icon.Name != strings.ReplaceAll(draft.MIMEType, "/", "-") {
		t.Errorf("icon %q, want the type's name with - for /", mt.Icon.Name)
	}
	vi := false
	for _, c := range mt.Comments {
		vi = vi || (c.Lang == "vi" && c.Text == "Bản nháp báo cáo dân vận")
	}
	if !vi {
		t.Error("no Vietnamese name for the type")
	}
	toml, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^\[CanOpen\]\s*\n\s*MimeTypes\s*=\s*"([^"]*)"`)
	// A list in a desktop entry ends with ";" (the value goes there as is).
	if got := re.FindSubmatch(toml); got == nil || string(got[1]) != draft.MIMEType+";" {
		t.Errorf("FyneApp.toml [CanOpen] MimeTypes = %q, want %q", got, draft.MIMEType)
	}
}

// TestLinuxPackage reads back the archive make package built: its
// .desktop entry and MIME file agree on the type, and its install step
// (make user-install, into a scratch folder) installs both.
func TestLinuxPackage(t *testing.T) {
	tarball := os.Getenv(linuxPkgEnv)
	if tarball == "" {
		t.Skipf("no package to read: run make check-package (it builds one and sets %s)", linuxPkgEnv)
	}
	dir := t.TempDir()
	if out, err := exec.Command("tar", "-xJf", tarball, "-C", dir).CombinedOutput(); err != nil {
		t.Fatalf("unpacking %s: %v\n%s", tarball, err, out)
	}
	pkg := filepath.Join(dir, "baocao")
	desktops, _ := filepath.Glob(filepath.Join(pkg, "usr", "*", "share", "applications", "*.desktop"))
	more, _ := filepath.Glob(filepath.Join(pkg, "usr", "share", "applications", "*.desktop"))
	desktops = append(desktops, more...)
	if len(desktops) != 1 {
		t.Fatalf("%d .desktop entries in the package, want 1", len(desktops))
	}
	share := filepath.Dir(filepath.Dir(desktops[0]))
	entry, err := os.ReadFile(desktops[0])
	if err != nil {
		t.Fatal(err)
	}
	m := readMimeInfo(t, filepath.Join(share, "mime", "packages", "vn.danvan.baocao.xml"))
	mimeLine := regexp.MustCompile(`(?m)^MimeType=(.*)$`).FindSubmatch(entry)
	if mimeLine == nil {
		t.Fatalf("the .desktop entry has no MimeType:\n%s", entry)
	}
	types := strings.Split(strings.TrimSuffix(string(mimeLine[1]), ";"), ";")
	if len(types) != 1 || types[0] != m.Types[0].Type {
		t.Errorf(".desktop MimeType %q, MIME file declares %q", types, m.Types[0].Type)
	}
	if g := m.Types[0].Globs; len(g) != 1 || g[0].Pattern != "*"+draft.Extension {
		t.Errorf("packaged globs %v", g)
	}
	if exec := regexp.MustCompile(`(?m)^Exec=baocao %[fF]$`); !exec.Match(entry) {
		t.Errorf("the .desktop entry does not pass the file to the program:\n%s", entry)
	}
	if _, err := os.Stat(filepath.Join(share, "icons", "hicolor", "256x256", "mimetypes", "application-x-baocao-draft.png")); err != nil {
		t.Errorf("the type's icon: %v", err)
	}

	// The install step, as a user runs it, into a scratch folder.
	// (fyne's own Makefile does not quote $(HOME): no space in it here.)
	dest, home := t.TempDir(), "/home/người-dùng"
	cmd := exec.Command("make", "user-install", "DESTDIR="+dest, "HOME="+home)
	cmd.Dir = pkg
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make user-install: %v\n%s", err, out)
	}
	local := filepath.Join(dest, home, ".local")
	for _, f := range []string{
		"bin/baocao",
		"share/applications/vn.danvan.baocao.desktop",
		"share/mime/packages/vn.danvan.baocao.xml",
		"share/icons/hicolor/256x256/mimetypes/application-x-baocao-draft.png",
	} {
		if _, err := os.Stat(filepath.Join(local, f)); err != nil {
			t.Errorf("make user-install did not install %s: %v", f, err)
		}
	}
	// Where the desktop's MIME database tool is present, it now knows the
	// type (the file it generates per type).
	if _, err := exec.LookPath("update-mime-database"); err == nil {
		if _, err := os.Stat(filepath.Join(local, "share", "mime", "application", "x-baocao-draft.xml")); err != nil {
			t.Errorf("update-mime-database did not register the type: %v", err)
		}
	}
}
