package packaging

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// msiEnv names the installer TestMSI reads back (make check-msi sets it,
// with msiVersionEnv, after building it; CI runs make check-msi and fails
// when the test did not run).
const (
	msiEnv        = "BAOCAO_MSI"
	msiVersionEnv = "BAOCAO_MSI_VERSION"
)

// msiTable is one table of an .msi, read with msiinfo export: its rows
// as maps from column name to value.
func msiTable(t *testing.T, msi, table string) []map[string]string {
	t.Helper()
	cmd := exec.Command("msiinfo", "export", msi, table)
	cmd.Dir = t.TempDir() // a table with binary columns is written there too
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("msiinfo export %s: %v", table, err)
	}
	lines := strings.Split(strings.TrimRight(strings.ReplaceAll(string(out), "\r\n", "\n"), "\n"), "\n")
	if len(lines) < 3 {
		t.Fatalf("table %s: %q is not an exported table", table, out)
	}
	cols := strings.Split(lines[0], "\t")
	var rows []map[string]string
	for _, l := range lines[3:] { // names, types, key line
		vals := strings.Split(l, "\t")
		row := map[string]string{}
		for i, c := range cols {
			if i < len(vals) {
				row[c] = vals[i]
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// find returns the rows of rows whose columns have the values of match.
func find(rows []map[string]string, match map[string]string) []map[string]string {
	var out []map[string]string
	for _, r := range rows {
		ok := true
		for k, v := range match {
			if r[k] != v {
				ok = false
			}
		}
		if ok {
			out = append(out, r)
		}
	}
	return out
}

// TestMSI reads back the installer that make msi built: what Windows
// Installer will show and register.
func TestMSI(t *testing.T) {
	msi, version := os.Getenv(msiEnv), os.Getenv(msiVersionEnv)
	if msi == "" || version == "" {
		t.Skipf("no installer to read: run make check-msi (it builds one and sets %s)", msiEnv)
	}
	msi, err := filepath.Abs(msi) // msiinfo runs in scratch folders
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(msi); err != nil {
		t.Fatalf("installer %s: %v", msi, err)
	}
	const name = "Báo cáo Dân vận"
	productCode, err := ProductCode(version)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("code page", func(t *testing.T) {
		// Windows Installer reads the tables' strings in this code page.
		out, err := exec.Command("msiinfo", "export", msi, "_ForceCodepage").Output()
		if err != nil || !bytes.Contains(out, []byte("1258\t_ForceCodepage")) {
			t.Fatalf("the database's code page is not 1258 (Vietnamese): %q %v", out, err)
		}
	})

	t.Run("Programs and Features", func(t *testing.T) {
		props := map[string]string{}
		for _, r := range msiTable(t, msi, "Property") {
			props[r["Property"]] = r["Value"]
		}
		want := map[string]string{
			"ProductName":    name,
			"ProductVersion": version,
			"ProductCode":    "{" + productCode + "}",
			"ALLUSERS":       "2", // dual-purpose: per machine, or per user with MSIINSTALLPERUSER=1
			"ARPPRODUCTICON": "baocao.ico",
			"ARPNOMODIFY":    "1",
		}
		for k, v := range want {
			if props[k] != v {
				t.Errorf("property %s = %q, want %q", k, props[k], v)
			}
		}
		if !strings.EqualFold(props["UpgradeCode"], "{"+UpgradeCode+"}") {
			t.Errorf("UpgradeCode %q, want {%s}", props["UpgradeCode"], UpgradeCode)
		}
		if m := props["Manufacturer"]; !strings.Contains(m, name) {
			t.Errorf("publisher %q", m)
		}
		if c := props["ARPCOMMENTS"]; !strings.Contains(c, "công tác dân vận") {
			t.Errorf("comment %q lacks its Vietnamese letters", c)
		}
		if len(find(msiTable(t, msi, "Icon"), map[string]string{"Name": "baocao.ico"})) != 1 {
			t.Error("the icon of Programs and Features is not in the Icon table")
		}
		ico, err := exec.Command("msiinfo", "extract", msi, "Icon.baocao.ico").Output()
		if err != nil || !bytes.HasPrefix(ico, []byte{0, 0, 1, 0}) {
			t.Errorf("the stored icon is not an .ico file (%d bytes): %v", len(ico), err)
		}
	})

	t.Run("summary", func(t *testing.T) {
		out, err := exec.Command("msiinfo", "suminfo", msi).Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Subject: " + name + " " + version, "Author: Dự án " + name, "Template: x64;1066"} {
			if !bytes.Contains(out, []byte(want)) {
				t.Errorf("summary lacks %q:\n%s", want, out)
			}
		}
	})

	t.Run("Start menu", func(t *testing.T) {
		got := find(msiTable(t, msi, "Shortcut"), map[string]string{"Directory_": "ProgramMenuFolder", "Name": name})
		if len(got) != 1 {
			t.Fatalf("no Start-menu shortcut named %q", name)
		}
		if got[0]["Icon_"] != "baocao.ico" || got[0]["Component_"] != "Program" {
			t.Errorf("shortcut %v", got[0])
		}
	})

	t.Run("the program is installed", func(t *testing.T) {
		files := msiTable(t, msi, "File")
		exe := find(files, map[string]string{"File": "baocao.exe", "FileName": "baocao.exe", "Component_": "Program"})
		if len(exe) != 1 {
			t.Fatalf("baocao.exe is not in the File table: %v", files)
		}
		if size := exe[0]["FileSize"]; len(size) < 7 { // the program is tens of megabytes
			t.Errorf("baocao.exe is %s bytes: not the program", size)
		}
		if len(find(files, map[string]string{"FileName": "baocao-draft.ico"})) != 1 {
			t.Error("the draft type's icon is not installed")
		}
		dirs := find(msiTable(t, msi, "Directory"), map[string]string{"Directory": "INSTALLDIR"})
		if len(dirs) != 1 || dirs[0]["Directory_Parent"] != "ProgramFiles64Folder" {
			t.Errorf("install folder %v, want under Program Files", dirs)
		}
		// The cabinet inside holds the files under their File keys.
		cab, err := exec.Command("msiinfo", "extract", msi, "baocao.cab").Output()
		if err != nil || !bytes.HasPrefix(cab, []byte("MSCF")) || !bytes.Contains(cab, []byte("baocao.exe\x00")) {
			t.Errorf("no cabinet with baocao.exe inside the installer (%d bytes): %v", len(cab), err)
		}
	})

	t.Run("draft file type", func(t *testing.T) {
		reg := msiTable(t, msi, "Registry")
		const progID = "BaoCaoDanVan.Draft"
		want := []struct{ key, name, value string }{
			{".bcdv", "", progID},
			{".bcdv", "Content Type", "application/x-baocao-draft"},
			{".bcdv\\OpenWithProgids", progID, ""},
			{progID, "", "Bản nháp báo cáo dân vận"},
			{progID + "\\DefaultIcon", "", "[#baocao_draft.ico]"},
			{progID + "\\shell\\open\\command", "", `"[#baocao.exe]" "%1"`},
			{".json\\OpenWithProgids", progID, ""},
		}
		for _, w := range want {
			rows := find(reg, map[string]string{"Root": "0", "Key": w.key, "Name": w.name, "Value": w.value})
			if len(rows) != 1 {
				t.Errorf("registry HKCR\\%s [%s] = %q missing", w.key, w.name, w.value)
			}
		}
		// .json stays with whatever program has it.
		if rows := find(reg, map[string]string{"Key": ".json", "Name": ""}); len(rows) != 0 {
			t.Errorf("the installer takes .json over: %v", rows)
		}
		// No English name on the verb (Windows names it in its language).
		if rows := find(reg, map[string]string{"Key": progID + "\\shell\\open", "Value": "Open"}); len(rows) != 0 {
			t.Errorf("English verb name left: %v", rows)
		}
	})

	t.Run("a newer version replaces an older one", func(t *testing.T) {
		up := msiTable(t, msi, "Upgrade")
		older := find(up, map[string]string{"VersionMax": version, "ActionProperty": "WIX_UPGRADE_DETECTED"})
		newer := find(up, map[string]string{"VersionMin": version, "ActionProperty": "WIX_DOWNGRADE_DETECTED"})
		if len(older) != 1 || len(newer) != 1 {
			t.Fatalf("Upgrade table %v", up)
		}
		for _, r := range append(older, newer...) {
			if !strings.EqualFold(r["UpgradeCode"], "{"+UpgradeCode+"}") {
				t.Errorf("upgrade row for another product: %v", r)
			}
		}
		seq := msiTable(t, msi, "InstallExecuteSequence")
		for _, action := range []string{"FindRelatedProducts", "RemoveExistingProducts"} {
			if len(find(seq, map[string]string{"Action": action})) != 1 {
				t.Errorf("%s is not in the install sequence", action)
			}
		}
		msg := find(msiTable(t, msi, "LaunchCondition"), map[string]string{"Condition": "NOT WIX_DOWNGRADE_DETECTED"})
		if len(msg) != 1 || !strings.Contains(msg[0]["Description"], "phiên bản mới hơn") {
			t.Errorf("downgrade message %v", msg)
		}
	})
}

// The source and the code agree on the upgrade code, and the product code
// is the version's name-based UUID (checked against Python's uuid.uuid5).
func TestCodes(t *testing.T) {
	wxs, err := os.ReadFile("windows/baocao.wxs")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`UpgradeCode="([^"]+)"`).FindSubmatch(wxs)
	if m == nil || string(m[1]) != UpgradeCode {
		t.Errorf("baocao.wxs upgrade code %q, want %s", m, UpgradeCode)
	}
	tests := []struct{ version, want string }{
		{"0.1.0", "5E22AB71-B6E9-59F4-BBBC-AF5C78D6F709"},
		{"0.2.0", "DE6523CC-0DD4-55DB-B6BC-BF229E94A7FF"},
	}
	for _, tt := range tests {
		if got, err := ProductCode(tt.version); err != nil || got != tt.want {
			t.Errorf("ProductCode(%q) = %q, %v; want %s", tt.version, got, err, tt.want)
		}
	}
	if _, err := ProductCode(""); err == nil {
		t.Error("ProductCode of no version gave no error")
	}
}
