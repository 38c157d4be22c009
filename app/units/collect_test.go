package units

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao/app/movement"
	"baocao/app/report"
)

// save writes f into dir as name, modified at mod.
func save(t *testing.T, f *excelize.File, dir, name string, mod time.Time) {
	t.Helper()
	if err := f.SaveAs(filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Chtimes(filepath.Join(dir, name), mod, mod); err != nil {
		t.Fatal(err)
	}
}

func ownList(t *testing.T, rows ...[]any) *excelize.File {
	f := excelize.NewFile()
	for i, r := range rows {
		c, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", c, &r); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func formFor(t *testing.T, r *report.Report, i int) *excelize.File {
	f, err := Form(r, r.Units[i])
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func set(t *testing.T, f *excelize.File, sheet, cell string, vals ...any) {
	t.Helper()
	if err := f.SetSheetRow(sheet, cell, &vals); err != nil {
		t.Fatal(err)
	}
}

// TestCollectCases: how files are given to units, and what is flagged.
func TestCollectCases(t *testing.T) {
	r := testReport(t)
	dir := t.TempDir()
	old, now := time.Now().Add(-time.Hour), time.Now()

	// Phòng Văn hóa: an own list named by its short name in the file name,
	// and a newer form that replaces it.
	save(t, ownList(t, []any{"Họ và tên", "Chức vụ"}, []any{"Người Cũ", "Chuyên viên"}), dir, "PVH - danh sach.xlsx", old)
	f := formFor(t, r, 0)
	set(t, f, SheetIndividuals, "A5", 1, "Người Mới", 1980, "Nữ", "Chuyên viên")
	set(t, f, SheetFigures, "C6", "mười")                    // not a number
	if err := f.InsertRows(SheetFigures, 8, 1); err != nil { // a row inserted among the figures
		t.Fatal(err)
	}
	set(t, f, SheetFigures, "B8", "Mô hình khác", 7)
	save(t, f, dir, "pvh-moi.xlsx", now)
	// Phòng Nội vụ returns its form blank.
	save(t, formFor(t, r, 1), dir, "noi-vu.xlsx", now)
	// Chi bộ Thư viện: the form of another year.
	last := *r
	last.Year = 2015
	f = formFor(t, &last, 2)
	set(t, f, SheetCollectives, "A5", 1, "Tổ Thư viện")
	save(t, f, dir, "thu-vien-2015.xlsx", now)
	// A form of a unit the draft does not have, a damaged file, a lock file.
	other := &report.Report{Year: 2016}
	other.AddUnit("Đơn vị lạ", "", "")
	save(t, formFor(t, other, 0), dir, "la.xlsx", now)
	if err := os.WriteFile(filepath.Join(dir, "hong.xlsx"), []byte("PK\x03\x04 không phải zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "~$pvh-moi.xlsx"), []byte("lock"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Nhà văn hóa Thanh niên: an own list whose file name is its id.
	save(t, ownList(t, []any{"STT", "Họ và tên", "Đơn vị"}, []any{1, "Lý Văn Sáu", "Đội Văn nghệ"}), dir, "nha-van-hoa-thanh-nien.xlsx", now)

	b, err := Collect(dir, r)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	b.Print(&sb)
	board := sb.String()
	byName := map[string]UnitResult{}
	for _, u := range b.Units {
		byName[u.Unit.Name] = u
	}
	check := func(name string, status Status, file string, rows int, want ...string) {
		t.Helper()
		u := byName[name]
		if u.Status != status || u.File != file || u.Rows() != rows {
			t.Errorf("%s: %s, %s, %d rows; want %s, %s, %d", name, u.Status.Label(), u.File, u.Rows(), status.Label(), file, rows)
		}
		all := strings.Join(append(slices.Clone(u.Notes), func() (s []string) {
			for _, p := range u.Problems {
				s = append(s, p.String())
			}
			return s
		}()...), "\n")
		for _, w := range want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: lacks %q in\n%s", name, w, all)
			}
		}
	}
	check("Phòng Văn hóa", Problems, "pvh-moi.xlsx", 1,
		"có 2 tệp của đơn vị: lấy tệp mới hơn pvh-moi.xlsx, bỏ qua PVH - danh sach.xlsx",
		"trang “Số liệu”, dòng 6: “mười” không phải một số đếm",
		"trang “Số liệu”, dòng 8: số “7” ở dòng không thuộc chỉ tiêu nào")
	check("Phòng Nội vụ", Problems, "noi-vu.xlsx", 0, "biểu chưa điền gì")
	check("Chi bộ Thư viện", Problems, "thu-vien-2015.xlsx", 1, "biểu của năm 2015, bản nháp là năm 2016")
	check("Trung tâm Thể thao", Missing, "", 0)
	check("Nhà văn hóa Thanh niên", Received, "nha-van-hoa-thanh-nien.xlsx", 1)
	if u := byName["Nhà văn hóa Thanh niên"]; u.NamedBy != "tên tệp" || u.Individuals[0].Unit != "Đội Văn nghệ" {
		t.Errorf("own list: %+v", u)
	}
	var unmatched []string
	for _, m := range b.Unmatched {
		unmatched = append(unmatched, m.File)
	}
	if !slices.Equal(unmatched, []string{"hong.xlsx", "la.xlsx"}) || !strings.Contains(board, "biểu của đơn vị “Đơn vị lạ”") {
		t.Errorf("unmatched %q\n%s", unmatched, board)
	}

	// The blank form of Phòng Nội vụ does not wipe what it sent before.
	r.Honorees.Individuals = append(r.Honorees.Individuals, report.Honoree{Name: "Đã gửi trước", Unit: "Phòng Nội vụ"})
	r.Honorees.Individuals[0].Origin.UnitID = "phong-noi-vu"
	a := b.ApplyTo(r)
	if a.Units != 3 || r.Honorees.Individuals[0].Name != "Đã gửi trước" || a.Replaced != 0 {
		t.Errorf("applied %+v; individuals %+v", a, r.Honorees.Individuals)
	}
	if r.Units[1].Collected != nil {
		t.Errorf("blank form recorded as collected: %+v", r.Units[1].Collected)
	}
}

func TestParseCount(t *testing.T) {
	for s, want := range map[string]int{"12": 12, " 1.234 ": 1234, "1 234": 1234, "7,0": 7, "0": 0} {
		if n, ok := parseCount(s); !ok || n != want {
			t.Errorf("parseCount(%q) = %d, %v", s, n, ok)
		}
	}
	for _, s := range []string{"", "mười", "-3", "1,5", "12a"} {
		if n, ok := parseCount(s); ok {
			t.Errorf("parseCount(%q) = %d, true", s, n)
		}
	}
}

// TestFormFromOwnDraft: a unit keeping its own draft sends its form from
// it; the superior body collects exactly its rows and figures.
func TestFormFromOwnDraft(t *testing.T) {
	own := &report.Report{Year: 2016, IssuingBody: "CHI BỘ THƯ VIỆN"}
	own.Movement.Register = []movement.Entry{
		{Name: "Thư viện thân thiện", Unit: "Chi bộ Thư viện", Kind: movement.KindModel, Field: "Văn hóa – xã hội", Stage: movement.StageOutstanding, Level: movement.LevelDistrict, StartYear: 2014, Results: "2.000 lượt bạn đọc"},
		{Name: "Chị Võ Thị Hồng", Unit: "Tổ Phục vụ", Kind: movement.KindExemplar, Field: "Kinh tế", Stage: movement.StageRegistered},
	}
	own.Honorees.Individuals = []report.Honoree{
		{Name: "Võ Thị Hồng", BirthYear: 1992, Gender: report.GenderFemale, Position: "Thủ thư", Unit: "Tổ Phục vụ", Achievement: "Hoàn thành xuất sắc nhiệm vụ", Award: "Giấy khen"},
		{Name: "Đặng Quốc Việt", Gender: report.GenderMale, Position: "Bí thư chi bộ", Achievement: "Lãnh đạo chi bộ trong sạch", Award: "Bằng khen", Note: "đề nghị cấp trên"},
	}
	own.Honorees.Collectives = []report.Honoree{{Name: "Tổ Phục vụ bạn đọc", Achievement: "Tập thể lao động xuất sắc", Award: "Giấy khen"}}
	f, err := FormFrom(own, "Chi bộ Thư viện")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	save(t, f, dir, "chi-bo-thu-vien-gui.xlsx", time.Now())
	r := testReport(t)
	b, err := Collect(dir, r)
	if err != nil {
		t.Fatal(err)
	}
	u := b.Units[r.UnitIndex("Chi bộ Thư viện")]
	if u.Status != Received || !u.Form || len(u.Problems) != 0 {
		t.Fatalf("%s, form %v, problems %v", u.Status.Label(), u.Form, u.Problems)
	}
	strip := func(hs []report.Honoree, unit string) []report.Honoree {
		var out []report.Honoree
		for _, h := range hs {
			h.Origin, h.Source = movement.Origin{}, ""
			if h.Unit == "Chi bộ Thư viện" && unit == "" {
				h.Unit = ""
			}
			out = append(out, h)
		}
		return out
	}
	if got := strip(u.Individuals, ""); !slices.Equal(got, own.Honorees.Individuals) {
		t.Errorf("individuals\n got %+v\nwant %+v", got, own.Honorees.Individuals)
	}
	if got := strip(u.Collectives, ""); !slices.Equal(got, own.Honorees.Collectives) {
		t.Errorf("collectives\n got %+v\nwant %+v", got, own.Honorees.Collectives)
	}
	for i, e := range u.Models {
		e.Origin = movement.Origin{}
		if !slices.EqualFunc([]movement.Entry{e}, own.Movement.Register[i:i+1], func(a, b movement.Entry) bool {
			return a.Name == b.Name && a.Unit == b.Unit && a.Kind == b.Kind && a.Field == b.Field && a.Stage == b.Stage && a.Level == b.Level && a.StartYear == b.StartYear && a.Results == b.Results
		}) {
			t.Errorf("model %d: %+v; want %+v", i, e, own.Movement.Register[i])
		}
	}
	fig := own.Figures()
	for key, n := range u.Counts {
		if fig.Value(key) != n {
			t.Errorf("count %s = %d; want %d", key, n, fig.Value(key))
		}
	}
	if u.Counts["models.outstanding"] != 1 || u.Counts["exemplars.registered"] != 1 {
		t.Errorf("counts %v", u.Counts)
	}
}

// TestAlreadyInDraft: a person the officer already typed, sent again by
// the unit, is kept twice with a note (never dropped silently).
func TestAlreadyInDraft(t *testing.T) {
	r := testReport(t)
	r.Honorees.Individuals = []report.Honoree{{Name: "Người Mới", Unit: "Phòng Văn hóa", Position: "Chuyên viên", BirthYear: 1980, Gender: report.GenderFemale}}
	dir := t.TempDir()
	f := formFor(t, r, 0)
	set(t, f, SheetIndividuals, "A5", 1, "Người Mới", 1980, "Nữ", "Chuyên viên")
	set(t, f, SheetIndividuals, "A6", 2, "Người Mới", 1991, "Nữ", "Chuyên viên")
	save(t, f, dir, "pvh.xlsx", time.Now())
	b, err := Collect(dir, r)
	if err != nil {
		t.Fatal(err)
	}
	notes := strings.Join(b.Units[0].Notes, "\n")
	for _, want := range []string{
		"Người Mới (trang “Khen thưởng cá nhân”, dòng 5) và dòng cá nhân Người Mới đã có (nhập trong bản nháp): giống hệt; đã giữ cả hai",
		"Người Mới (trang “Khen thưởng cá nhân”, dòng 6) và dòng cá nhân Người Mới đã có (nhập trong bản nháp): có thể là hai người trùng tên",
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}
	b.ApplyTo(r)
	if len(r.Honorees.Individuals) != 3 {
		t.Errorf("%d individuals; want all 3 kept", len(r.Honorees.Individuals))
	}
}
