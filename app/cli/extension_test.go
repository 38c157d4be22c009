package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/app/draft"
)

// new and sample add .bcdv to a name given without a draft extension and
// keep .json when it is typed; validate and export take both.
func TestDraftExtensions(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name  string
		args  []string
		wrote string
	}{
		{"new without extension", []string{"new", "--template", "dan-van-chinh-quyen", "--year", "2016", "-o", filepath.Join(dir, "Báo cáo 2016")}, "Báo cáo 2016.bcdv"},
		{"new with .bcdv", []string{"new", "--template", "dan-van-chinh-quyen", "--year", "2016", "-o", filepath.Join(dir, "mới.bcdv")}, "mới.bcdv"},
		{"sample without extension", []string{"sample", "-o", filepath.Join(dir, "Mẫu 2016")}, "Mẫu 2016.bcdv"},
		{"sample as .json", []string{"sample", "-o", filepath.Join(dir, "mẫu cũ.json")}, "mẫu cũ.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, "", tt.args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s%s", code, out, errs)
			}
			path := filepath.Join(dir, tt.wrote)
			if !strings.Contains(out, path) {
				t.Errorf("output %q does not name %s", out, path)
			}
			if _, err := draft.Load(path); err != nil {
				t.Fatalf("no draft at %s: %v", path, err)
			}
		})
	}
	// The name with the extension added is what --force protects.
	if code, _, errs := run(t, "", "sample", "-o", filepath.Join(dir, "Mẫu 2016")); code != ExitProblem || !strings.Contains(errs, "--force") {
		t.Errorf("sample over an existing Mẫu 2016.bcdv: exit %d %q", code, errs)
	}
	for _, name := range []string{"Mẫu 2016.bcdv", "mẫu cũ.json"} {
		path := filepath.Join(dir, name)
		if code, out, errs := run(t, "", "validate", path); code != ExitOK {
			t.Errorf("validate %s: exit %d %s%s", name, code, out, errs)
		}
		pdf := filepath.Join(dir, name+".pdf")
		if code, out, errs := run(t, "", "export", "--pdf", pdf, path); code != ExitOK {
			t.Errorf("export %s: exit %d %s%s", name, code, out, errs)
		}
		if fi, err := os.Stat(pdf); err != nil || fi.Size() == 0 {
			t.Errorf("export %s wrote no PDF: %v", name, err)
		}
	}
}
