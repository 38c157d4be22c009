package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/draft"
	"baocao/app/legacyvn"
	"baocao/app/units"
)

func TestUnitsList(t *testing.T) {
	path := newDraft(t)
	code, out, errOut := runIn(t, "", "units", "list", path)
	if code != ExitOK || !strings.Contains(out, " 1. Thư viện Khoa học Tổng hợp") || !strings.Contains(out, "22. Đoàn Thanh niên Sở Văn hóa và Thể thao") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestUnitsEdit(t *testing.T) {
	path := newDraft(t)
	book := filepath.Join(t.TempDir(), "don-vi.xlsx")
	f := excelize.NewFile()
	tcvn, _ := legacyvn.Encode("Hội Cựu chiến binh", legacyvn.TCVN3)
	for i, v := range []any{"Tên đơn vị", "Phòng Kế hoạch - Tài chính", tcvn, "Hội Cựu chiến binh", 12} {
		c, _ := excelize.CoordinatesToCellName(2, i+1)
		if err := f.SetCellValue("Sheet1", c, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		stdin string
		args  []string
		code  int
		out   []string
	}{
		{"", []string{"add", "Phòng Mới", "--short", "PM", "--contact", "anh Nam", "--into", path}, ExitOK, []string{"Đã thêm đơn vị “Phòng Mới”", "23 đơn vị", ".bak"}},
		{"", []string{"add", "phòng  mới", "--into", path}, ExitOK, []string{"đã có trong danh sách; bản nháp giữ nguyên"}},
		{"Chi bộ Một\tCB1\t0903\n\nChi bộ Hai | CB2\n", []string{"paste", "--into", path}, ExitOK, []string{"+ Chi bộ Một (CB1)", "+ Chi bộ Hai (CB2)", "25 đơn vị"}},
		{"", []string{"import", book, "--column", "B", "--into", path}, ExitOK, []string{"= Phòng Kế hoạch - Tài chính (đã có)", "+ Hội Cựu chiến binh", "Đã thêm 1 đơn vị từ cột B", "26 đơn vị"}},
		{"", []string{"suggest", "--into", path}, ExitOK, []string{"không nêu đơn vị nào chưa có"}},
		{"", []string{"add", "--into", path}, ExitUsage, nil},
		{"", []string{"import", book, "--into", path}, ExitUsage, nil},
		{"", []string{"frobnicate"}, ExitUsage, nil},
		{"", []string{"collect", t.TempDir()}, ExitUsage, nil},
	} {
		code, out, errOut := runIn(t, tt.stdin, append([]string{"units"}, tt.args...)...)
		if code != tt.code {
			t.Errorf("%q: exit %d, want %d\n%s\n%s", tt.args, code, tt.code, out, errOut)
		}
		for _, s := range tt.out {
			if !strings.Contains(out, s) {
				t.Errorf("%q: stdout lacks %q:\n%s", tt.args, s, out)
			}
		}
	}
	r, err := draft.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if u := r.Units[22]; u.Name != "Phòng Mới" || u.Short != "PM" || u.Contact != "anh Nam" || u.ID != "phong-moi" {
		t.Errorf("added unit %+v", u)
	}
}

// TestUnitsFormsCollect: forms for the sample's units, one filled and
// returned; a dry run changes nothing, a collection takes the rows and
// the figures, a second one replaces them.
func TestUnitsFormsCollect(t *testing.T) {
	path := newDraft(t)
	forms := filepath.Join(t.TempDir(), "bieu")
	code, out, errOut := runIn(t, "", "units", "forms", "--into", path, "-o", forms)
	if code != ExitOK || !strings.Contains(out, "Đã ghi 22 biểu (năm 2016)") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if code, _, errOut := runIn(t, "", "units", "forms", "--into", path, "-o", forms); code != ExitProblem || !strings.Contains(errOut, "--force") {
		t.Errorf("second forms without --force: exit %d, %s", code, errOut)
	}
	r, err := draft.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	back := t.TempDir()
	f, err := excelize.OpenFile(filepath.Join(forms, units.FileName(2016, r.Units[2])))
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetCellValue(units.SheetFigures, "C6", 4))
	must(f.SetSheetRow(units.SheetIndividuals, "A5", &[]any{1, "Trương Văn Tâm", 1981, "Nam", "Chuyên viên", nil, "Hoàn thành tốt nhiệm vụ", "Giấy khen"}))
	must(f.SaveAs(filepath.Join(back, "van-phong.xlsx")))
	f.Close()

	before, _ := os.ReadFile(path)
	code, out, errOut = runIn(t, "", "units", "collect", back, "--into", path, "--dry-run")
	if code != ExitOK || !strings.Contains(out, "1/22 đơn vị đã gửi") || !strings.Contains(out, "Văn phòng Sở") || !strings.Contains(out, "Chạy thử") {
		t.Fatalf("dry run: exit %d\n%s\n%s", code, out, errOut)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("--dry-run changed the draft")
	}
	n0 := len(r.Honorees.Individuals)
	for round, want := range []string{"Đã lấy 1 dòng của 1 đơn vị", "1 dòng của lần tổng hợp trước được thay bằng bản mới"} {
		code, out, errOut = runIn(t, "", "units", "collect", back, "--into", path)
		if code != ExitOK || !strings.Contains(out, want) || !strings.Contains(out, "Biểu thống kê") {
			t.Fatalf("round %d: exit %d\n%s\n%s", round, code, out, errOut)
		}
		r, err = draft.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		last := r.Honorees.Individuals[len(r.Honorees.Individuals)-1]
		if len(r.Honorees.Individuals) != n0+1 || last.Name != "Trương Văn Tâm" || last.Unit != "Văn phòng Sở" || last.Origin.Row != 5 || last.Origin.File != "van-phong.xlsx" {
			t.Fatalf("round %d: %d individuals, last %+v", round, len(r.Honorees.Individuals), last)
		}
		if c := r.Units[2].Collected; c == nil || c.Counts["models.registered"] != 4 || c.Honorees != 1 {
			t.Fatalf("round %d: collected %+v", round, c)
		}
	}
}

// TestUnitsSend: a unit's own draft sent as a form is collected by the
// superior body like any returned form.
func TestUnitsSend(t *testing.T) {
	own := newDraft(t) // the sample (17 models, 1 honoree), as if it were a unit's report
	form := filepath.Join(t.TempDir(), "gui", "bieu.xlsx")
	if err := os.MkdirAll(filepath.Dir(form), 0o755); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runIn(t, "", "units", "send", own, "--unit", "Văn phòng Sở", "-o", form)
	if code != ExitOK || !strings.Contains(out, "Đã ghi biểu năm 2016 của Văn phòng Sở") || !strings.Contains(out, "17 mô hình, điển hình (đăng ký 17)") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if code, _, errOut := runIn(t, "", "units", "send", own, "--unit", "Văn phòng Sở", "-o", form); code != ExitProblem || !strings.Contains(errOut, "--force") {
		t.Errorf("overwrite: exit %d %s", code, errOut)
	}
	if code, _, _ := runIn(t, "", "units", "send", own, "-o", form); code != ExitUsage {
		t.Errorf("no --unit: exit %d", code)
	}
	superior := newDraft(t)
	code, out, errOut = runIn(t, "", "units", "collect", filepath.Dir(form), "--into", superior, "--dry-run")
	if code != ExitOK || !strings.Contains(out, "1/22 đơn vị đã gửi (0 có vấn đề)") {
		t.Fatalf("collect: exit %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "Văn phòng Sở") || !strings.Contains(out, "   18  bieu.xlsx") {
		t.Errorf("board:\n%s", out)
	}
}
