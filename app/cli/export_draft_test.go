package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/draft"
	"baocao/app/report"
	"baocao/app/sample"
)

// pdfText is the text of the PDF at path, read back with pdftotext.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("pdftotext is missing (poppler-utils; make test installs it): %v", err)
		}
		t.Skip("pdftotext not installed; run make test to install it")
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// withErrors saves the sample without its signer (an error) and the
// given draft round, and returns its path.
func withErrors(t *testing.T, dir string, round int) string {
	t.Helper()
	r := sample.Report()
	r.Signature.Signer = ""
	r.DraftRound = round
	path := filepath.Join(dir, "dự thảo.json")
	if err := draft.Save(path, r, "test"); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestExportDraft: --draft exports a report with errors as a marked draft
// (with the round of --round or of the draft file) and lists the errors;
// without it the export is refused with a message naming --draft.
func TestExportDraft(t *testing.T) {
	dir := t.TempDir()
	src := withErrors(t, dir, 0)
	src3 := withErrors(t, t.TempDir(), 3)
	good := filepath.Join(dir, "mẫu.json")
	if err := draft.Save(good, sample.Report(), "test"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name       string
		args       []string
		src        string
		code       int
		mark       string // the mark read back from the PDF; "" for none
		stdout     string
		stderr     []string
		notWritten bool
	}{
		{"errors refused without --draft", []string{"--pdf"}, src, ExitProblem, "", "",
			[]string{"Lỗi [signature.signer]", "còn 1 lỗi", "--draft"}, true},
		{"draft with errors", []string{"--draft", "--pdf"}, src, ExitOK, "DỰ THẢO", "Đã xuất PDF bản dự thảo (“DỰ THẢO”)",
			[]string{"Lỗi [signature.signer]", "Còn 1 lỗi", "bản dự thảo"}, false},
		{"draft round from the command line", []string{"--draft", "--round", "2", "--pdf"}, src, ExitOK, "DỰ THẢO LẦN 2", "DỰ THẢO LẦN 2", nil, false},
		{"draft round from the draft file", []string{"--draft", "--pdf"}, src3, ExitOK, "DỰ THẢO LẦN 3", "DỰ THẢO LẦN 3", nil, false},
		{"--round overrides the file", []string{"--round=5", "--draft", "--pdf"}, src3, ExitOK, "DỰ THẢO LẦN 5", "", nil, false},
		{"draft of a report without errors", []string{"--draft", "--pdf"}, good, ExitOK, "DỰ THẢO", "bản dự thảo", nil, false},
		{"final of a report without errors", []string{"--pdf"}, good, ExitOK, "", "Đã xuất PDF: ", nil, false},
		{"--round without --draft", []string{"--round", "2", "--pdf"}, src, ExitUsage, "", "", []string{"--round", "--draft"}, true},
		{"--round 0", []string{"--draft", "--round", "0", "--pdf"}, src, ExitUsage, "", "", []string{"từ 1 đến 99"}, true},
		{"--round 100", []string{"--draft", "--round", "100", "--pdf"}, src, ExitUsage, "", "", []string{"từ 1 đến 99"}, true},
		{"--round not a number", []string{"--draft", "--round", "hai", "--pdf"}, src, ExitUsage, "", "", []string{"round"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "báo cáo.pdf")
			args := append([]string{"export"}, tc.args...)
			args = append(args, out, tc.src)
			code, stdout, stderr := run(t, "", args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, stdout, stderr)
			}
			if !strings.Contains(stdout, tc.stdout) {
				t.Errorf("stdout %q lacks %q", stdout, tc.stdout)
			}
			for _, s := range tc.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr %q lacks %q", stderr, s)
				}
			}
			if _, err := os.Stat(out); (err != nil) != tc.notWritten {
				t.Fatalf("PDF written = %v, want %v", err == nil, !tc.notWritten)
			}
			if tc.notWritten {
				return
			}
			text := pdfText(t, out)
			if tc.mark == "" {
				if strings.Contains(text, "DỰ THẢO") {
					t.Error("a final export carries the draft mark")
				}
				return
			}
			if !strings.Contains(text, tc.mark) {
				t.Errorf("the PDF lacks %q: %.300s", tc.mark, text)
			}
			if !strings.Contains(tc.mark, "LẦN") && strings.Contains(text, "DỰ THẢO LẦN") {
				t.Error("a round is printed though none was given")
			}
		})
	}
	// --round is for the export only: the draft file keeps its round.
	if r, err := draft.Load(src3); err != nil || r.DraftRound != 3 {
		t.Errorf("draft file changed by the export: round %v, %v", r, err)
	}
}

// TestExportDraftXLSX: the workbook of a draft carries the mark too.
func TestExportDraftXLSX(t *testing.T) {
	dir := t.TempDir()
	src := withErrors(t, dir, 2)
	out := filepath.Join(dir, "ds.xlsx")
	code, stdout, stderr := run(t, "", "export", "--draft", "--xlsx", out, src)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "bản dự thảo") {
		t.Errorf("stdout %q does not say it is a draft", stdout)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil || len(rows) == 0 || !strings.Contains(strings.Join(rows[0], " "), "DỰ THẢO LẦN 2") {
		t.Errorf("first row of the first sheet: %q (%v)", rows[:min(1, len(rows))], err)
	}
	if r, _ := draft.Load(src); r == nil || !r.Validate().HasErrors() || r.Profile != report.ProfileParty {
		t.Error("the test draft should still have its errors")
	}
}
