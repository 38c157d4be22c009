package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/app/draft"
	"baocao/templates"
)

// run runs a command line in a test environment and returns the exit code,
// stdout and stderr.
func run(t *testing.T, userDir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Builtin: templates.Builtin, UserTemplates: userDir}
	code := Run(env, args)
	return code, out.String(), errb.String()
}

func TestCommands(t *testing.T) {
	dir := t.TempDir()
	sampleFile := filepath.Join(dir, "sample.json")
	newFile := filepath.Join(dir, "new.json")
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring expected on stdout
		stderr string // substring expected on stderr
	}{
		{"help", []string{"help"}, ExitOK, "baocao export", ""},
		{"no args prints usage", nil, ExitOK, "baocao templates", ""},
		{"unknown", []string{"frobnicate"}, ExitUsage, "", "không có lệnh"},
		{"templates", []string{"templates"}, ExitOK, "dang-uy-dan-van-kheo", ""},
		{"sample", []string{"sample", "-o", sampleFile}, ExitOK, "Đã ghi", ""},
		{"sample refuses overwrite", []string{"sample", "-o", sampleFile}, ExitProblem, "", "--force"},
		{"sample force", []string{"sample", "-o", sampleFile, "--force"}, ExitOK, "Đã ghi", ""},
		{"validate sample", []string{"validate", sampleFile}, ExitOK, "hợp lệ", ""},
		{"new", []string{"new", "--template", "dan-van-chinh-quyen", "--year", "2016", "-o", newFile}, ExitOK, "Đã tạo", ""},
		{"validate new draft has errors", []string{"validate", newFile}, ExitProblem, "Lỗi [signature.signer]", ""},
		{"new unknown template", []string{"new", "--template", "nope", "--year", "2016", "-o", filepath.Join(dir, "x.json")}, ExitProblem, "", "không có mẫu"},
		{"new bad year", []string{"new", "--template", "dan-van-chinh-quyen", "--year", "16", "-o", filepath.Join(dir, "x.json")}, ExitUsage, "", "--year"},
		{"new missing -o", []string{"new", "--template", "dan-van-chinh-quyen", "--year", "2016"}, ExitUsage, "", "-o"},
		{"validate missing file", []string{"validate", filepath.Join(dir, "none.json")}, ExitProblem, "", "không có bản nháp"},
		{"validate two files", []string{"validate", "a", "b"}, ExitUsage, "", "đúng một"},
		{"bad flag", []string{"validate", "--nope", sampleFile}, ExitUsage, "", "nope"},
		{"export needs a format", []string{"export", sampleFile}, ExitUsage, "", "--pdf"},
		{"export draft with errors", []string{"export", "--pdf", filepath.Join(dir, "x.pdf"), newFile}, ExitProblem, "", "thêm --draft"},
		{"version", []string{"version"}, ExitOK, "baocao", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errs)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout %q lacks %q", out, tt.stdout)
			}
			if !strings.Contains(errs, tt.stderr) {
				t.Errorf("stderr %q lacks %q", errs, tt.stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.pdf")); err == nil {
		t.Error("a draft with errors must not be exported")
	}
	r, err := draft.Load(newFile)
	if err != nil || r.Profile != "state" || r.Year != 2016 {
		t.Errorf("new draft: %v %+v", err, r)
	}
}

func TestBrokenUserTemplateIsReported(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "hong.json"), []byte("{"), 0o600)
	code, out, errs := run(t, dir, "templates")
	if code != ExitOK || !strings.Contains(out, "dan-van-chinh-quyen") {
		t.Errorf("built-in templates must still be listed: %d %q", code, out)
	}
	if !strings.Contains(errs, "hong.json") {
		t.Errorf("the broken template must be named on stderr: %q", errs)
	}
}

func TestFlagsAfterArguments(t *testing.T) {
	f := filepath.Join(t.TempDir(), "s.json")
	if code, _, errs := run(t, "", "sample", "--force", "-o", f); code != ExitOK {
		t.Fatal(errs)
	}
	code, _, errs := run(t, "", "export", f, "--pdf")
	if code != ExitUsage {
		t.Errorf("a flag without its value is a usage error, got %d %s", code, errs)
	}
}
