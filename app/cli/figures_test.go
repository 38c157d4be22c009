package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/app/draft"
	"baocao/app/movement"
)

// lastYear writes the 2016 sample and returns its path.
func lastYear(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "bao-cao-2016.bcdv")
	if code, _, errs := run(t, "", "sample", "-o", path); code != ExitOK {
		t.Fatalf("sample: %s", errs)
	}
	return path
}

func TestNewFromLastYear(t *testing.T) {
	dir := t.TempDir()
	last := lastYear(t, dir)
	out := filepath.Join(dir, "bao-cao-2017.bcdv")
	code, stdout, errs := run(t, "", "new", "--from", last, "--year", "2017", "-o", out)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"cho năm 2017 từ báo cáo năm 2016", "17 mô hình, điển hình mang sang", "Số liệu năm 2016", "4 nhiệm vụ năm trước", "Đã để trống: số văn bản, ngày ban hành"} {
		if !strings.Contains(stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, stdout)
		}
	}
	r, err := draft.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if r.Year != 2017 || r.Number != "" || !r.IssueDate.IsZero() || len(r.Honorees.Individuals) != 0 || r.IssuingBody != "ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO" || r.Signature.Signer != "Trần Thị Minh Hạnh" {
		t.Errorf("draft %d %q %v %d %q %q", r.Year, r.Number, r.IssueDate, len(r.Honorees.Individuals), r.IssuingBody, r.Signature.Signer)
	}
	// The template refills the opening and the starting points for 2017.
	if !strings.Contains(r.Opening, "87 năm") || !strings.Contains(r.Summary, "năm 2017") || len(r.Achievements.Points) == 0 || len(r.Tasks.Points) != 0 {
		t.Errorf("template texts: %q / %q / %d points", r.Opening, r.Summary, len(r.Achievements.Points))
	}
	if len(r.Movement.Register) != 17 || !r.Movement.Register[0].FromLastYear || r.Movement.Baseline == nil || r.Movement.Baseline.Source != "bao-cao-2016.bcdv" || len(r.Movement.Checklist) != 4 {
		t.Errorf("movement %+v", r.Movement)
	}
	// --year defaults to the year after.
	out2 := filepath.Join(dir, "next")
	if code, _, errs := run(t, "", "new", "--from", last, "-o", out2); code != ExitOK {
		t.Fatalf("without --year: %s", errs)
	}
	if r, err := draft.Load(out2 + draft.Extension); err != nil || r.Year != 2017 {
		t.Errorf("without --year: %v %+v", err, r)
	}
}

func TestNewFromErrors(t *testing.T) {
	dir := t.TempDir()
	last := lastYear(t, dir)
	out := filepath.Join(dir, "x.bcdv")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"same year", []string{"new", "--from", last, "--year", "2016", "-o", out}, ExitProblem, "không trước năm 2016"},
		{"missing file", []string{"new", "--from", filepath.Join(dir, "none.bcdv"), "-o", out}, ExitProblem, "không có bản nháp"},
		{"no -o", []string{"new", "--from", last}, ExitUsage, "-o"},
		{"bad year", []string{"new", "--from", last, "--year", "20170", "-o", out}, ExitUsage, "--year"},
		{"unknown template", []string{"new", "--from", last, "--template", "nope", "-o", out}, ExitProblem, "không có mẫu"},
		{"refuses overwrite", []string{"new", "--from", last, "-o", last}, ExitProblem, "--force"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := run(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tt.code, tt.stderr)
			}
		})
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed new must write nothing")
	}
}

func TestFiguresCommand(t *testing.T) {
	dir := t.TempDir()
	last := lastYear(t, dir)
	code, stdout, errs := run(t, "", "figures", last)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"BIỂU THỐNG KÊ", "Năm 2016", "Năm 2015", "Mô hình (tập thể)", "cộng dồn"} {
		if !strings.Contains(stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, stdout)
		}
	}
	// The models' registered line: 13 this year, 11 last, +2 (+18,2%), counted.
	if !containsLine(stdout, "Đăng ký", "13", "11", "+2 (+18,2%)", "đếm từ sổ") {
		t.Errorf("no line for the models registered:\n%s", stdout)
	}

	// A draft made without --from takes last year's figures later.
	fresh := filepath.Join(dir, "2017.bcdv")
	if code, _, errs := run(t, "", "new", "--template", "dang-uy-dan-van-kheo", "--year", "2017", "-o", fresh); code != ExitOK {
		t.Fatal(errs)
	}
	code, stdout, errs = run(t, "", "figures", fresh)
	if code != ExitOK || strings.Contains(stdout, "Năm 2016") || !strings.Contains(stdout, "chưa có sổ mô hình") {
		t.Errorf("before the baseline: %d %s %s", code, stdout, errs)
	}
	code, stdout, errs = run(t, "", "figures", "--baseline", last, fresh)
	if code != ExitOK || !strings.Contains(stdout, "Đã lấy số liệu năm 2016") || !strings.Contains(stdout, "Năm 2016") {
		t.Fatalf("--baseline: %d %s %s", code, stdout, errs)
	}
	r, err := draft.Load(fresh)
	if err != nil || r.Movement.Baseline == nil || r.Movement.Baseline.Values["total.registered"] != 17 {
		t.Fatalf("the baseline should be saved into the draft: %v %+v", err, r.Movement.Baseline)
	}
	if _, err := os.Stat(fresh + ".bak"); err != nil {
		t.Error("the draft's previous version should be kept as .bak")
	}

	// A body without a register types its counts.
	code, stdout, errs = run(t, "", "figures", "--set", "so_mo_hinh_dang_ky=45, so_mo_hinh_cong_nhan=30,so_linh_vuc_1=45,so_cap_co_so=30", "-o", filepath.Join(dir, "typed"), fresh)
	if code != ExitOK || !containsLine(stdout, "Đăng ký", "45", "13", "nhập tay") {
		t.Fatalf("--set: %d\n%s\n%s", code, stdout, errs)
	}
	typed, err := draft.Load(filepath.Join(dir, "typed.bcdv"))
	if err != nil || typed.Movement.Typed["models.registered"] != 45 || typed.Movement.Typed[movement.FieldKey("Kinh tế")] != 45 {
		t.Fatalf("typed counts: %v %v", err, typed.Movement.Typed)
	}
	if ps := typed.Validate().ForField("movement"); len(ps) != 0 {
		t.Errorf("consistent typed counts raise nothing: %v", ps)
	}
	// NAME= clears a typed count.
	if code, _, errs := run(t, "", "figures", "--set", "so_mo_hinh_dang_ky=", filepath.Join(dir, "typed.bcdv")); code != ExitOK {
		t.Fatal(errs)
	}
	if again, _ := draft.Load(filepath.Join(dir, "typed.bcdv")); again.Movement.Typed["models.registered"] != 0 || len(again.Movement.Typed) != 3 {
		t.Errorf("cleared: %v", again.Movement.Typed)
	}
}

func TestFiguresErrors(t *testing.T) {
	dir := t.TempDir()
	last := lastYear(t, dir)
	other := filepath.Join(dir, "khac.bcdv")
	os.WriteFile(other, []byte("giữ nguyên"), 0o600)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no draft", []string{"figures"}, ExitUsage, "đúng một"},
		{"-o without a change", []string{"figures", "-o", filepath.Join(dir, "o"), last}, ExitUsage, "-o chỉ dùng"},
		{"baseline of the same year", []string{"figures", "--baseline", last, last}, ExitProblem, "không trước năm 2016"},
		{"unknown name", []string{"figures", "--set", "so_mo_hinh=3", last}, ExitUsage, "so_mo_hinh_dang_ky"},
		{"negative", []string{"figures", "--set", "so_mo_hinh_dang_ky=-3", last}, ExitUsage, "không âm"},
		{"not a number", []string{"figures", "--set", "so_mo_hinh_dang_ky=ba", last}, ExitUsage, "không âm"},
		{"missing draft", []string{"figures", filepath.Join(dir, "other.bcdv")}, ExitProblem, "không có bản nháp"},
		{"refuses overwrite", []string{"figures", "--set", "so_mo_hinh_dang_ky=3", "-o", other, last}, ExitProblem, "--force"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := run(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tt.code, tt.stderr)
			}
		})
	}
	if b, _ := os.ReadFile(other); string(b) != "giữ nguyên" {
		t.Error("an existing file was overwritten without --force")
	}
}

// containsLine reports whether some line holds all the words in order.
func containsLine(text string, words ...string) bool {
	for _, l := range strings.Split(text, "\n") {
		rest, ok := l, true
		for _, w := range words {
			i := strings.Index(rest, w)
			if i < 0 {
				ok = false
				break
			}
			rest = rest[i+len(w):]
		}
		if ok {
			return true
		}
	}
	return false
}
