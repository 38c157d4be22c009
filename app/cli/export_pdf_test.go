package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/app/draft"
	"baocao/app/sample"
)

// TestExportPDF runs "export --pdf" on the sample with a character the
// font lacks: the PDF is written, the warning goes to stderr and the page
// count to stdout.
func TestExportPDF(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "mẫu.json")
	r := sample.Report()
	r.Honorees.Individuals[0].Name += " 🎉"
	if err := draft.Save(src, r, "test"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "báo cáo.pdf")
	code, stdout, stderr := run(t, "", "export", "--pdf", out, src)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if want := "Đã xuất PDF: " + out + " (10 trang)\n"; stdout != want {
		t.Errorf("stdout = %q, want %q", stdout, want)
	}
	if !strings.Contains(stderr, "Cảnh báo") || !strings.Contains(stderr, "🎉") || !strings.Contains(stderr, "dòng 1") {
		t.Errorf("stderr lacks the warning about the emoji: %q", stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}

	// Exporting into a folder that does not exist fails and says so.
	code, _, stderr = run(t, "", "export", "--pdf", filepath.Join(dir, "không có", "x.pdf"), src)
	if code != ExitProblem || !strings.Contains(stderr, "PDF") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
