package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/draft"
	"baocao/app/movement"
	"baocao/app/sample"
)

// modelsBook writes a list of models as an office sends it: a title, a
// header, field headings merged across, x-mark columns, a repeat of a
// model the sample's register holds, an unknown field, a total line.
func modelsBook(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	rows := [][]any{
		{"DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2016"},
		{"STT", "Tên mô hình, điển hình", "Đơn vị", "Loại", "Được công nhận", "Tiêu biểu", "Cấp công nhận", "Năm xây dựng", "Kết quả"},
		{"I. LĨNH VỰC KINH TẾ"},
		{1, "Tổ hợp tác may gia công", "Phường Bến Nghé", "Mô hình", "x", nil, "Cấp quận", 2014, "20 lao động có việc làm"},
		{2, "Chị Nguyễn Thị Hoa", "Hội LHPN phường Đa Kao", "Cá nhân", "x", "x", "cấp Thành phố", 2015},
		{"II. LĨNH VỰC Y TẾ"},
		{3, "Trạm y tế xanh", "Phường 7"},
		{"Tổng cộng", nil, nil, nil, 2, 1},
	}
	for i, r := range rows {
		c, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", c, &r); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range [][2]string{{"A3", "I3"}, {"A6", "I6"}} {
		if err := f.MergeCell("Sheet1", m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "mô hình.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestModelsImport(t *testing.T) {
	book := modelsBook(t)
	tests := []struct {
		name    string
		stdin   string
		args    []string
		code    int
		stdout  []string
		stderr  string
		changed bool
	}{
		{"dry run lists what would be added", "", []string{"--dry-run"}, ExitOK, []string{
			"tiêu đề cột ở dòng 2; 3 dòng nhận",
			"Tên mô hình, điển hình ← B “Tên mô hình, điển hình”", "Được công nhận (dấu x) ← E",
			"dòng 3: dòng tiêu đề nhóm; các dòng sau thuộc lĩnh vực “Kinh tế”", "dòng 8: dòng tổng cộng",
			"Các dòng cần xem lại", "dòng 7: Trạm y tế xanh — lĩnh vực “Y tế” (theo tiêu đề nhóm) không có trong danh sách",
			"Sẽ thêm vào sổ mô hình:",
			"dòng 4: Tổ hợp tác may gia công (Phường Bến Nghé) — Mô hình (tập thể); Kinh tế; Được công nhận, Cấp quận, huyện, xã; từ năm 2014",
			"dòng 5: Chị Nguyễn Thị Hoa (Hội LHPN phường Đa Kao) — Điển hình (cá nhân); Kinh tế; Tiêu biểu, Cấp tỉnh, thành phố; từ năm 2015",
			"Tìm thấy 2 mô hình, 1 điển hình có thể thêm", "Chạy thử"}, "", false},
		{"answer yes", "c\n", nil, ExitOK, []string{"Thêm 3 mô hình, điển hình vào sổ", "Đã thêm 3 mô hình, điển hình", ".bak", "baocao figures"}, "", true},
		{"answer no", "k\n", nil, ExitOK, []string{"Đã hủy"}, "", false},
		{"--yes with --map and --header-row", "", []string{"--yes", "--header-row", "2", "--map", "results=I,note=H"}, ExitOK, []string{"Ghi chú ← H", "Đã thêm 3"}, "", true},
		{"bad --map", "", []string{"--map", "tuoi=C"}, ExitUsage, nil, "không biết cột “tuoi”", false},
		{"bad --keep-repeats", "", []string{"--dry-run", "--keep-repeats=5"}, ExitOK, []string{"Chạy thử"}, "--keep-repeats nêu dòng 5, nhưng đó không phải dòng lặp lại", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := newDraft(t)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			n0 := len(sample.Report().Movement.Register)
			args := append([]string{"models", "import", book, "--into", path}, tt.args...)
			code, stdout, stderr := runIn(t, tt.stdin, args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\n%s\n%s", code, tt.code, stdout, stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout)
				}
			}
			if tt.stderr != "" && !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, stderr)
			}
			after, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if changed := string(after) != string(before); changed != tt.changed {
				t.Fatalf("draft changed = %v, want %v", changed, tt.changed)
			}
			if !tt.changed {
				return
			}
			if bak, err := os.ReadFile(path + ".bak"); err != nil || string(bak) != string(before) {
				t.Errorf("no .bak of the old draft (%v)", err)
			}
			r, err := draft.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			reg := r.Movement.Register
			if len(reg) != n0+3 {
				t.Fatalf("register %d entries, want %d", len(reg), n0+3)
			}
			if e := reg[n0+1]; e.Kind != movement.KindExemplar || e.Stage != movement.StageOutstanding || e.Level != movement.LevelProvince || e.Field != "Kinh tế" {
				t.Errorf("entry %+v", e)
			}
		})
	}
}

func TestModelsImportErrors(t *testing.T) {
	path := newDraft(t)
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"models"}, ExitUsage, "cần “import”"},
		{[]string{"models", "export"}, ExitUsage, "không có lệnh con"},
		{[]string{"models", "import", "--into", path}, ExitUsage, "cần đúng một tệp"},
		{[]string{"models", "import", "a.xlsx"}, ExitUsage, "cần --into"},
		{[]string{"models", "import", "../xlsx/testdata/no-header.xlsx", "--into", path}, ExitProblem, "không tìm thấy dòng tiêu đề cột (Tên mô hình, Đơn vị …)"},
		{[]string{"models", "import", "khong-co.xlsx", "--into", path}, ExitProblem, "Bản nháp không thay đổi"},
	} {
		code, _, stderr := runIn(t, "", tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%q: exit %d, stderr %q; want %d, %q", tt.args, code, stderr, tt.code, tt.stderr)
		}
	}
	// The usage lists every flag.
	_, out, _ := runIn(t, "", "help")
	for _, fl := range []string{"models import", "--into", "--map", "--header-row", "--no-header", "--data-row", "--keep-repeats", "--dry-run", "--yes"} {
		if !strings.Contains(out[strings.Index(out, "baocao models"):], fl) {
			t.Errorf("usage of models lacks %s", fl)
		}
	}
}

// headerlessModels writes a list of models without header row: number,
// name, unit, year of start.
func headerlessModels(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	for i, row := range [][]any{
		{1, "Tổ tự quản đường làng sạch", "Thôn Bắc", 2014},
		{2, "Bếp ăn tình thương", "Hội Phụ nữ xã", 2015},
		{3, "Nhóm trẻ vui khỏe", "Chi đoàn thôn Nam", 2016},
	} {
		c, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", c, &row); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "mo-hinh-khong-tieu-de.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// A list of models without header row is imported with --no-header and
// the columns given by --map, as "honorees import --no-header" does.
func TestModelsImportWithoutHeader(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr string
		added  int
	}{
		{"not read on its own", nil, ExitProblem, nil, "dòng tiêu đề", 0},
		{"--no-header without --map", []string{"--no-header"}, ExitUsage, nil, "phải chỉ rõ các cột bằng --map", 0},
		{"--no-header --map", []string{"--no-header", "--map", "name=B,unit=C", "--yes"}, ExitOK,
			[]string{"không có dòng tiêu đề, dữ liệu từ dòng 1; 3 dòng nhận", "Đã thêm 3 mô hình"}, "", 3},
		{"--data-row 2", []string{"--no-header", "--data-row", "2", "--map", "name=B,unit=C", "--yes"}, ExitOK,
			[]string{"dữ liệu từ dòng 2; 2 dòng nhận", "Đã thêm 2 mô hình"}, "", 2},
		{"--data-row without --no-header", []string{"--data-row", "2", "--map", "name=B"}, ExitUsage, nil, "--data-row chỉ dùng cùng --no-header", 0},
		{"--no-header with --header-row", []string{"--no-header", "--header-row", "1", "--map", "name=B"}, ExitUsage, nil, "không dùng cùng nhau", 0},
		{"negative --data-row", []string{"--no-header", "--data-row", "-1", "--map", "name=B"}, ExitUsage, nil, "--data-row phải là số dòng", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := newDraft(t)
			before, err := draft.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			args := append([]string{"models", "import", headerlessModels(t), "--into", path}, tc.args...)
			code, stdout, stderr := runIn(t, "", args...)
			checkOutput(t, code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
			r, err := draft.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			reg := r.Movement.Register
			if n, want := len(reg), len(before.Movement.Register)+tc.added; n != want {
				t.Fatalf("register holds %d entries, want %d", n, want)
			}
			if tc.added > 0 {
				last := reg[len(reg)-1]
				if last.Name != "Nhóm trẻ vui khỏe" || last.Unit != "Chi đoàn thôn Nam" {
					t.Errorf("last row imported as %+v", last)
				}
			}
		})
	}
}
