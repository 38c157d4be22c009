package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/draft"
	"baocao/app/sample"
	"baocao/app/xlsx"
	"baocao/templates"
)

// checkOutput fails t unless the command exited with wantCode, its
// stdout holds every one of wantStdout and its stderr holds wantStderr.
func checkOutput(t *testing.T, code int, stdout, stderr string, wantCode int, wantStdout []string, wantStderr string) {
	t.Helper()
	if code != wantCode {
		t.Fatalf("exit %d, want %d\n%s\n%s", code, wantCode, stdout, stderr)
	}
	for _, want := range wantStdout {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, wantStderr) {
		t.Errorf("stderr lacks %q: %s", wantStderr, stderr)
	}
}

// runIn runs a command line with the given standard input.
func runIn(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(stdin), Builtin: templates.Builtin}
	code := Run(env, args)
	return code, out.String(), errb.String()
}

const messy = "../xlsx/testdata/units-messy.xlsx"

// newDraft writes the sample draft without honorees and returns its path.
func newDraft(t *testing.T) string {
	t.Helper()
	r := sample.Report()
	r.Honorees.Individuals = r.Honorees.Individuals[:1]
	r.Honorees.Collectives = nil
	path := filepath.Join(t.TempDir(), "draft.json")
	if err := draft.Save(path, r, "test"); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExportXLSX(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "sample.json")
	if err := draft.Save(src, sample.Report(), "test"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.xlsx")
	code, stdout, stderr := runIn(t, "", "export", "--xlsx", out, src)
	if code != ExitOK || !strings.Contains(stdout, "24 cá nhân, 6 tập thể") {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	res, err := xlsx.ReadFile(out, xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if ni, nc, _, _ := res.Counts(); ni != 24 || nc != 6 {
		t.Errorf("exported workbook holds %d individuals, %d collectives", ni, nc)
	}
}

func TestHonoreesImport(t *testing.T) {
	tests := []struct {
		name    string
		stdin   string
		args    []string
		code    int
		stdout  []string
		stderr  string
		changed bool
		added   int
	}{
		{"dry run", "", []string{"--dry-run"}, ExitOK, []string{"tiêu đề cột ở dòng 6", "Các dòng bỏ qua", "dòng 19: dòng tổng cộng",
			"dòng 17: nguyễn văn an (phòng văn hóa và thông tin) — giống hệt dòng 8", "--keep-repeats", "Chạy thử"}, "", false, 0},
		{"answer yes", "c\n", nil, ExitOK, []string{"Thêm 9 dòng vào bản nháp", "Đã thêm 9 dòng"}, "", true, 9},
		{"answer no", "k\n", nil, ExitOK, []string{"Đã hủy"}, "", false, 0},
		{"no answer", "", nil, ExitOK, []string{"Đã hủy"}, "", false, 0},
		{"--yes", "", []string{"--yes"}, ExitOK, []string{"Đã thêm 9 dòng"}, "", true, 9},
		{"--map", "", []string{"--yes", "--map", "note=C"}, ExitOK, []string{"Ghi chú ← C “Năm sinh”"}, "", true, 9},
		{"bad --map", "", []string{"--map", "tuoi=C"}, ExitUsage, nil, "không biết cột", false, 0},
		{"--kind tap-the", "", []string{"--dry-run", "--kind", "tap-the"}, ExitOK, []string{"trang “DS cá nhân” (tập thể)", "Tìm thấy 0 cá nhân, 9 tập thể"}, "", false, 0},
		{"--kind ca-nhan", "", []string{"--yes", "--kind", "ca-nhan"}, ExitOK, []string{"trang “Tập thể” (cá nhân)", "Đã thêm 9 dòng"}, "", true, 9},
		{"bad --kind", "", []string{"--kind", "nhom"}, ExitUsage, nil, "--kind", false, 0},
		{"--keep-repeats", "", []string{"--yes", "--keep-repeats"}, ExitOK, []string{"vẫn thêm theo --keep-repeats:\n    units-messy.xlsx, trang “DS cá nhân”, dòng 17", "Đã thêm 10 dòng"}, "", true, 10},
		{"--keep-repeats=17", "", []string{"--yes", "--keep-repeats=17"}, ExitOK, []string{"Đã thêm 10 dòng"}, "", true, 10},
		{"--keep-repeats=SHEET!17", "", []string{"--yes", "--keep-repeats=DS cá nhân!17"}, ExitOK, []string{"Đã thêm 10 dòng"}, "", true, 10},
		{"--keep-repeats of another sheet", "", []string{"--yes", "--keep-repeats=Tập thể!17"}, ExitOK, []string{"Đã thêm 9 dòng"}, "không phải dòng lặp lại", true, 9},
		{"--keep-repeats of no repeat", "", []string{"--yes", "--keep-repeats=8,17"}, ExitOK, []string{"Đã thêm 10 dòng"}, "nêu dòng 8", true, 10},
		{"bad --keep-repeats", "", []string{"--keep-repeats=abc"}, ExitUsage, nil, "“abc” không phải số dòng", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := newDraft(t)
			before, _ := os.ReadFile(path)
			args := append([]string{"honorees", "import", messy, "--into", path}, tt.args...)
			code, stdout, stderr := runIn(t, tt.stdin, args...)
			checkOutput(t, code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			after, _ := os.ReadFile(path)
			if changed := !bytes.Equal(before, after); changed != tt.changed {
				t.Fatalf("draft changed = %v, want %v", changed, tt.changed)
			}
			if tt.changed {
				r, err := draft.Load(path)
				if err != nil {
					t.Fatal(err)
				}
				if n := len(r.Honorees.Individuals) + len(r.Honorees.Collectives); n != 1+tt.added {
					t.Errorf("draft holds %d honorees, want %d", n, 1+tt.added)
				}
				if _, err := os.Stat(path + ".bak"); err != nil {
					t.Errorf("no backup of the old draft: %v", err)
				}
			}
		})
	}
}

func TestHonoreesImportBadFiles(t *testing.T) {
	for _, f := range []string{"empty.xlsx", "old-format.xls", "encrypted.xlsx", "no-header.xlsx", "zip-bomb.xlsx"} {
		t.Run(f, func(t *testing.T) {
			path := newDraft(t)
			before, _ := os.ReadFile(path)
			code, _, stderr := runIn(t, "c\n", "honorees", "import", "../xlsx/testdata/"+f, "--into", path, "--yes")
			if code != ExitProblem || !strings.Contains(stderr, "Bản nháp không thay đổi") {
				t.Errorf("exit %d, stderr %s", code, stderr)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Error("draft changed")
			}
		})
	}
}

func TestHonoreesMerge(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "merged.xlsx")
	groups := "../xlsx/testdata/single-sheet-groups.xlsx"
	code, stdout, stderr := runIn(t, "", "honorees", "merge", messy, groups, "-o", out)
	if code != ExitOK || !strings.Contains(stdout, "Đã ghi danh sách tổng hợp") {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	res, err := xlsx.ReadFile(out, xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if ni, nc, _, _ := res.Counts(); ni != 6+3 || nc != 3+2 {
		t.Errorf("merged list holds %d individuals, %d collectives; want 9, 5", ni, nc)
	}
	if code, _, stderr := runIn(t, "", "honorees", "merge", messy, "-o", out); code != ExitProblem || !strings.Contains(stderr, "--force") {
		t.Errorf("overwrite without --force: exit %d %s", code, stderr)
	}
	// One bad file: nothing is written.
	out2 := filepath.Join(dir, "none.xlsx")
	if code, _, stderr := runIn(t, "", "honorees", "merge", messy, "../xlsx/testdata/old-format.xls", "-o", out2); code != ExitProblem || !strings.Contains(stderr, "chưa ghi gì") {
		t.Errorf("bad file: exit %d %s", code, stderr)
	}
	if _, err := os.Stat(out2); err == nil {
		t.Error("a merged file was written although one input was bad")
	}
	// Into a draft.
	path := newDraft(t)
	if code, stdout, stderr := runIn(t, "c\n", "honorees", "merge", messy, groups, "--into", path); code != ExitOK || !strings.Contains(stdout, "Đã thêm 14 dòng") ||
		!strings.Contains(stdout, "Cá nhân thứ 1 trong bản nháp và dòng 8 trang “Sheet1” tệp single-sheet-groups.xlsx cùng tên Nguyễn Thị Thu Hà") {
		t.Errorf("merge --into: exit %d\n%s\n%s", code, stdout, stderr)
	}
	// --kind forces the kind of every row.
	path = newDraft(t)
	if code, stdout, stderr := runIn(t, "", "honorees", "merge", messy, groups, "--into", path, "--kind", "ca-nhan", "--yes"); code != ExitOK || !strings.Contains(stdout, "Tìm thấy 14 cá nhân, 0 tập thể") {
		t.Errorf("merge --kind ca-nhan: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, args := range [][]string{{"honorees"}, {"honorees", "frob"}, {"honorees", "merge", messy}, {"honorees", "import", messy}, {"honorees", "merge", messy, "-o", out2, "--kind", "x"}} {
		if code, _, _ := runIn(t, "", args...); code != ExitUsage {
			t.Errorf("%v: exit %d, want usage error", args, code)
		}
	}
}

// headerlessList writes a list with no title and no header row (data
// from row 1): STT, name, year of birth, gender, unit, award.
func headerlessList(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	for i, row := range [][]any{
		{1, "Phạm Văn Hùng", 1968, "Nam", "Thôn Bắc", "Giấy khen"},
		{2, "Đỗ Thị Mai", 1979, "Nữ", "Hội Phụ nữ xã", "Giấy khen"},
		{3, "Vũ Văn Tâm", 1985, "Nam", "Chi đoàn thôn Nam", "Bằng khen"},
	} {
		if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &row); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "khong-tieu-de.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// A list without header row is imported with --no-header and the columns
// given by --map; without the map the error suggests one from the data.
func TestHonoreesImportWithoutHeader(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr string
		added  int
	}{
		{"not read on its own", nil, ExitProblem, nil, "dòng tiêu đề", 0},
		{"--no-header without --map", []string{"--no-header"}, ExitUsage, nil,
			"--map name=B,birth=C,gender=D,award=F", 0},
		{"--no-header --map", []string{"--no-header", "--map", "name=B,birth=C,gender=D,unit=E,award=F", "--yes"}, ExitOK,
			[]string{"không có dòng tiêu đề, dữ liệu từ dòng 1; 3 dòng nhận", "Tên tập thể ← B; Năm sinh ← C;", "Đã thêm 3 dòng"}, "", 3},
		{"--data-row 2", []string{"--no-header", "--data-row", "2", "--map", "name=B,unit=E", "--yes"}, ExitOK,
			[]string{"dữ liệu từ dòng 2; 2 dòng nhận", "Đã thêm 2 dòng"}, "", 2},
		{"--data-row without --no-header", []string{"--data-row", "2", "--map", "name=B"}, ExitUsage, nil, "--data-row chỉ dùng cùng --no-header", 0},
		{"--no-header with --header-row", []string{"--no-header", "--header-row", "1", "--map", "name=B"}, ExitUsage, nil, "không dùng cùng nhau", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := newDraft(t)
			args := append([]string{"honorees", "import", headerlessList(t), "--into", path}, tc.args...)
			code, stdout, stderr := runIn(t, "", args...)
			checkOutput(t, code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
			r, err := draft.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if n := len(r.Honorees.Individuals); n != 1+tc.added {
				t.Fatalf("draft holds %d individuals, want %d", n, 1+tc.added)
			}
			if tc.added == 3 {
				h := r.Honorees.Individuals[2]
				if h.Name != "Đỗ Thị Mai" || h.BirthYear != 1979 || h.Gender != "nữ" || h.Unit != "Hội Phụ nữ xã" {
					t.Errorf("second row imported as %+v", h)
				}
			}
		})
	}
}
