package cli

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/app/draft"
	"baocao/app/sample"
)

// docxBody is the text of word/document.xml of the .docx at path.
func docxBody(t *testing.T, path string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s is not a .docx (zip): %v", path, err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		data, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	t.Fatalf("%s has no word/document.xml", path)
	return ""
}

// TestExportDOCX: "export --docx" writes the Word copy beside the PDF and
// the workbook in one run, with the draft mark under --draft; the
// decision and the proposal take --docx too; a folder that does not exist
// fails with a message naming Word.
func TestExportDOCX(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "mẫu.bcdv")
	if err := draft.Save(src, sample.Report(), "test"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		out    string
		stdout string
		words  []string
	}{
		{"with the PDF and the workbook", []string{"export", "--pdf", filepath.Join(dir, "a.pdf"), "--xlsx", filepath.Join(dir, "a.xlsx"), "--docx", "@"}, "báo cáo.docx",
			"Đã xuất bản Word: ", []string{"BÁO CÁO", "Nguyễn Thị Thu Hà"}},
		{"draft", []string{"export", "--draft", "--docx", "@"}, "dự thảo.docx", "Đã xuất bản Word dự thảo (“DỰ THẢO”)", []string{"DỰ THẢO"}},
		{"decision", []string{"decision", "--docx", "@"}, "qđ.docx", "Đã xuất bản Word của quyết định", []string{"QUYẾT ĐỊNH", "Điều 1."}},
		{"proposal", []string{"proposal", "--all", "--docx", "@"}, "ttr.docx", "Đã xuất bản Word của tờ trình", []string{"TỜ TRÌNH", "Kính gửi:"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.out)
			args := append([]string(nil), tc.args...)
			for i, a := range args {
				if a == "@" {
					args[i] = out
				}
			}
			code, stdout, stderr := run(t, "", append(args, src)...)
			if code != ExitOK {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if !strings.Contains(stdout, tc.stdout+out) && !strings.Contains(stdout, tc.stdout) {
				t.Errorf("stdout %q lacks %q", stdout, tc.stdout)
			}
			body := docxBody(t, out)
			for _, w := range tc.words {
				if !strings.Contains(body, w) {
					t.Errorf("the Word copy lacks %q", w)
				}
			}
			if tc.name == "with the PDF and the workbook" {
				for _, f := range []string{"a.pdf", "a.xlsx"} {
					if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
						t.Errorf("%s not written in the same run: %v", f, err)
					}
				}
				if strings.Contains(body, "DỰ THẢO") {
					t.Error("the final Word copy carries the draft mark")
				}
			}
		})
	}

	code, _, stderr := run(t, "", "export", "--docx", filepath.Join(dir, "không có", "x.docx"), src)
	if code != ExitProblem || !strings.Contains(stderr, "Word") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
