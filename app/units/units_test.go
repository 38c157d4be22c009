package units

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"baocao/app/legacyvn"
	"baocao/app/movement"
	"baocao/app/report"
)

const python = "/usr/bin/python3" // the system's, with python3-openpyxl

func needOpenpyxl(t *testing.T) {
	t.Helper()
	if err := exec.Command(python, "-c", "import openpyxl").Run(); err != nil {
		msg := fmt.Sprintf("%s with openpyxl is needed (apt-get install python3-openpyxl): %v", python, err)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
}

// testReport is a draft with five units and one model of its own.
func testReport(t testing.TB) *report.Report {
	r := &report.Report{Year: 2016, IssuingBody: "ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO"}
	for _, u := range [][3]string{
		{"Phòng Văn hóa", "PVH", "chị Lan, 0903 111 222"},
		{"Phòng Nội vụ", "", ""},
		{"Chi bộ Thư viện", "", ""},
		{"Trung tâm Thể thao", "", ""},
		{"Nhà văn hóa Thanh niên", "NVHTN", ""},
	} {
		if _, _, err := r.AddUnit(u[0], u[1], u[2]); err != nil {
			t.Fatal(err)
		}
	}
	r.Movement.Register = []movement.Entry{{Name: "Mô hình của Văn phòng", Unit: "Văn phòng Đảng ủy", Kind: movement.KindModel, Field: "Kinh tế", Stage: movement.StageRegistered}}
	return r
}

type job struct {
	Src string `json:"src,omitempty"`
	Out string `json:"out"`
	Ops []op   `json:"ops"`
}

type op struct {
	Op     string  `json:"op"`
	Sheet  string  `json:"sheet,omitempty"`
	Key    string  `json:"key,omitempty"`
	Value  any     `json:"value,omitempty"`
	Start  int     `json:"start,omitempty"`
	Rows   [][]any `json:"rows,omitempty"`
	At     int     `json:"at,omitempty"`
	Amount int     `json:"amount,omitempty"`
	Idx    int     `json:"idx,omitempty"`
	Range  string  `json:"range,omitempty"`
}

func fill(t *testing.T, jobs []job) {
	t.Helper()
	spec := filepath.Join(t.TempDir(), "spec.json")
	data, _ := json.Marshal(jobs)
	if err := os.WriteFile(spec, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(python, "testdata/fill.py", spec).CombinedOutput(); err != nil {
		t.Fatalf("fill.py: %v\n%s", err, out)
	}
}

// encRows writes every string of rows in e.
func encRows(t *testing.T, e legacyvn.Encoding, rows [][]any) [][]any {
	out := make([][]any, len(rows))
	for i, row := range rows {
		out[i] = make([]any, len(row))
		for j, v := range row {
			if s, ok := v.(string); ok {
				c, ok := legacyvn.Encode(s, e)
				if !ok {
					t.Fatalf("%q has no %v code", s, e)
				}
				v = c
			}
			out[i][j] = v
		}
	}
	return out
}

func figures(m map[string]int) []op {
	var ops []op
	for k, v := range m {
		ops = append(ops, op{Op: "figure", Sheet: SheetFigures, Key: k, Value: v})
	}
	return ops
}

var (
	vhxh   = movement.FieldKey("Văn hóa – xã hội")
	kinhte = movement.FieldKey("Kinh tế")
)

// unitA fills Phòng Văn hóa's form: figures, two models, four people
// (a row inserted in the middle, the unit column merged over two rows,
// two namesakes told apart by birth year) and a collective.
func unitA(src, out string, withThu bool) job {
	ops := figures(map[string]int{"models.registered": 5, "models.recognised": 3, "models.outstanding": 1,
		"exemplars.registered": 2, kinhte: 4, vhxh: 3, "level.grassroots": 3})
	ops = append(ops,
		op{Op: "rows", Sheet: SheetModels, Start: 5, Rows: [][]any{
			{1, "Dân vận khéo trong cải cách hành chính", nil, "Mô hình (tập thể)", "Kinh tế", "Được công nhận", "Cấp cơ sở", 2015, "Giảm 30% thời gian giải quyết hồ sơ"},
			{2, "Nguyễn Thị Lan, người giữ lửa văn nghệ", "Tổ Văn nghệ", "Điển hình (cá nhân)", "Văn hóa – xã hội", "Đăng ký", nil, 2016},
		}},
		op{Op: "rows", Sheet: SheetIndividuals, Start: 5, Rows: [][]any{
			{1, "Nguyễn Văn Hùng", 1975, "Nam", "Trưởng phòng", nil, "Hoàn thành xuất sắc nhiệm vụ", "Giấy khen"},
			{2, "Trần Thị Mai", 1990, "Nữ", "Chuyên viên", "Tổ Văn nghệ", "Hoàn thành tốt nhiệm vụ", "Giấy khen"},
			{3, "Nguyễn Văn Hùng", 1988, "Nam", "Chuyên viên", nil, "Hoàn thành tốt nhiệm vụ", "Giấy khen"},
		}},
		op{Op: "rows", Sheet: SheetCollectives, Start: 5, Rows: [][]any{{1, "Tổ Văn nghệ quần chúng", nil, "Tập thể lao động xuất sắc", "Giấy khen"}}},
	)
	if withThu {
		ops = append(ops,
			op{Op: "insert_rows", Sheet: SheetIndividuals, At: 6, Amount: 1},
			op{Op: "rows", Sheet: SheetIndividuals, Start: 6, Rows: [][]any{{nil, "Lê Thị Thu", 1985, "Nữ", "Phó phòng", "Tổ Văn nghệ", "Hoàn thành xuất sắc nhiệm vụ", "Bằng khen"}}},
			op{Op: "merge", Sheet: SheetIndividuals, Range: "F6:F7"},
		)
	}
	return job{Src: src, Out: out, Ops: ops}
}

func TestRoundTrip(t *testing.T) {
	needOpenpyxl(t)
	r := testReport(t)
	forms := t.TempDir()
	paths, err := WriteForms(r, forms, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 5 {
		t.Fatalf("%d forms", len(paths))
	}
	if _, err := WriteForms(r, forms, false); err == nil {
		t.Error("forms overwritten without force")
	}
	back := t.TempDir()
	form := func(i int) string { return filepath.Join(forms, FileName(2016, r.Units[i])) }
	ret := func(name string) string { return filepath.Join(back, name) }

	tcvnPeople := encRows(t, legacyvn.TCVN3, [][]any{
		{"DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM 2016"},
		{"Đơn vị: Phòng Nội vụ"},
		{},
		{"STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng", "Ghi chú"},
		{1, "Phạm Thị Hương", 1980, "Nữ", "Chuyên viên", "Phòng Nội vụ", "Hoàn thành tốt nhiệm vụ", "Giấy khen", "ghi chú"},
		{2, "Đỗ Văn Bình", 1979, "Nam", "Phó trưởng phòng", "Phòng Nội vụ", "Hoàn thành xuất sắc nhiệm vụ", "Giấy khen"},
	})
	vniPeople := encRows(t, legacyvn.VNI, [][]any{
		{"DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM 2016"},
		{"Đơn vị: Chi bộ Thư viện"},
		{},
		{"STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng", "Ghi chú"},
		{1, "Võ Thị Hồng", 1992, "Nữ", "Thủ thư", nil, "Hoàn thành xuất sắc nhiệm vụ", "Giấy khen"},
		{2, "Đặng Quốc Việt", 1970, "Nam", "Bí thư chi bộ", "Chi bộ Thư viện", "Lãnh đạo chi bộ trong sạch vững mạnh", "Bằng khen"},
	})
	fill(t, []job{
		unitA(form(0), ret("pvh-da-dien.xlsx"), true),
		{Src: form(1), Out: ret(FileName(2016, r.Units[1])), Ops: append(figures(map[string]int{
			"models.registered": 2, "exemplars.registered": 1, kinhte: 3, "total.registered": 99}),
			op{Op: "rows", Sheet: SheetIndividuals, Start: 1, Rows: tcvnPeople},
			op{Op: "delete_cols", Sheet: SheetIndividuals, Idx: 4}, // Giới tính
			op{Op: "delete_cols", Sheet: SheetIndividuals, Idx: 8}, // Ghi chú
		)},
		{Src: form(2), Out: ret("thu-vien.xlsx"), Ops: []op{
			{Op: "rows", Sheet: SheetModels, Start: 5, Rows: [][]any{{1, "Thư viện thân thiện", nil, "Mô hình (tập thể)", "Văn hóa – xã hội", "Tiêu biểu", "Cấp quận, huyện, xã", 2014}}},
			{Op: "rows", Sheet: SheetIndividuals, Start: 1, Rows: vniPeople},
		}},
		{Out: ret("ds-khen-thuong.xlsx"), Ops: []op{{Op: "rows", Start: 1, Rows: [][]any{
			{"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2016"},
			{"Đơn vị: Nhà văn hóa Thanh niên"},
			{},
			{"STT", "Họ và tên", "Chức vụ", "Thành tích"},
			{1, "Hoàng Minh Tuấn", "Giám đốc", "Hoàn thành xuất sắc nhiệm vụ"},
			{2, "Bùi Thị Ngọc", "Kế toán", "Hoàn thành tốt nhiệm vụ"},
			{"Tổng cộng: 3 người"},
		}}}},
		{Out: ret("linh-tinh.xlsx"), Ops: []op{{Op: "rows", Start: 1, Rows: [][]any{{"Họ và tên", "Ghi chú"}, {"Ai đó", "không rõ đơn vị"}}}}},
	})

	b, err := Collect(back, r)
	if err != nil {
		t.Fatal(err)
	}
	var board strings.Builder
	b.Print(&board)
	t.Log(board.String())
	received, problems, missing := b.Counts()
	if received != 4 || missing != 1 || problems != 2 {
		t.Errorf("received %d, problems %d, missing %d; want 4, 2, 1", received, problems, missing)
	}
	status := map[string]Status{}
	for _, u := range b.Units {
		status[u.Unit.Name] = u.Status
	}
	wantStatus := map[string]Status{"Phòng Văn hóa": Received, "Phòng Nội vụ": Problems, "Chi bộ Thư viện": Received,
		"Trung tâm Thể thao": Missing, "Nhà văn hóa Thanh niên": Problems}
	for n, s := range wantStatus {
		if status[n] != s {
			t.Errorf("%s: %v; want %v", n, status[n].Label(), s.Label())
		}
	}
	if len(b.Unmatched) != 1 || b.Unmatched[0].File != "linh-tinh.xlsx" {
		t.Errorf("unmatched %+v", b.Unmatched)
	}
	for _, want := range []string{
		"trang “Số liệu”, dòng 16: dòng “Tổng số mô hình, điển hình — Đăng ký” đơn vị ghi 99 nhưng cộng các dòng được 3",
		"trang “Sheet”, dòng 7: dòng tổng cộng của đơn vị ghi 3 nhưng danh sách phía trên có 2 dòng",
		"ô tiêu đề “Đơn vị: Nhà văn hóa Thanh niên”",
		"có thể trùng tên", "TCVN3", "VNI",
		"Trung tâm Thể thao", "chưa gửi",
	} {
		if !strings.Contains(board.String(), want) {
			t.Errorf("board lacks %q", want)
		}
	}

	a := b.ApplyTo(r)
	if a.Units != 4 || a.Replaced != 0 || !a.FiguresFromUnits {
		t.Errorf("applied %+v", a)
	}
	// The honorees as filled, each with its origin.
	type person struct{ name, position, unit, origin string }
	var got []person
	for _, h := range slices.Concat(r.Honorees.Individuals, r.Honorees.Collectives) {
		got = append(got, person{h.Name, h.Position, h.Unit, fmt.Sprintf("%s|%s|%s|%d|%d", h.Origin.UnitID, h.Origin.File, h.Origin.Sheet, h.Origin.Row, h.BirthYear)})
	}
	want := []person{
		{"Nguyễn Văn Hùng", "Trưởng phòng", "Phòng Văn hóa", "phong-van-hoa|pvh-da-dien.xlsx|Khen thưởng cá nhân|5|1975"},
		{"Lê Thị Thu", "Phó phòng", "Tổ Văn nghệ", "phong-van-hoa|pvh-da-dien.xlsx|Khen thưởng cá nhân|6|1985"},
		{"Trần Thị Mai", "Chuyên viên", "Tổ Văn nghệ", "phong-van-hoa|pvh-da-dien.xlsx|Khen thưởng cá nhân|7|1990"},
		{"Nguyễn Văn Hùng", "Chuyên viên", "Phòng Văn hóa", "phong-van-hoa|pvh-da-dien.xlsx|Khen thưởng cá nhân|8|1988"},
		{"Phạm Thị Hương", "Chuyên viên", "Phòng Nội vụ", "phong-noi-vu|bieu-mau-2016-phong-noi-vu.xlsx|Khen thưởng cá nhân|5|1980"},
		{"Đỗ Văn Bình", "Phó trưởng phòng", "Phòng Nội vụ", "phong-noi-vu|bieu-mau-2016-phong-noi-vu.xlsx|Khen thưởng cá nhân|6|1979"},
		{"Võ Thị Hồng", "Thủ thư", "Chi bộ Thư viện", "chi-bo-thu-vien|thu-vien.xlsx|Khen thưởng cá nhân|5|1992"},
		{"Đặng Quốc Việt", "Bí thư chi bộ", "Chi bộ Thư viện", "chi-bo-thu-vien|thu-vien.xlsx|Khen thưởng cá nhân|6|1970"},
		{"Hoàng Minh Tuấn", "Giám đốc", "Nhà văn hóa Thanh niên", "nha-van-hoa-thanh-nien|ds-khen-thuong.xlsx|Sheet|5|0"},
		{"Bùi Thị Ngọc", "Kế toán", "Nhà văn hóa Thanh niên", "nha-van-hoa-thanh-nien|ds-khen-thuong.xlsx|Sheet|6|0"},
		{"Tổ Văn nghệ quần chúng", "", "Phòng Văn hóa", "phong-van-hoa|pvh-da-dien.xlsx|Khen thưởng tập thể|5|0"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("honorees\n got %q\nwant %q", got, want)
	}
	if h := r.Honorees.Individuals[0]; h.Achievement != "Hoàn thành xuất sắc nhiệm vụ" || h.Award != "Giấy khen" || h.Gender != report.GenderMale {
		t.Errorf("first honoree %+v", h)
	}
	// The register: its own entry, then the units' models.
	var models []string
	for _, e := range r.Movement.Register {
		models = append(models, fmt.Sprintf("%s|%s|%s|%s|%s|%s|%d", e.Name, e.Unit, e.Kind, e.Field, e.Stage, e.Level, e.Origin.Row))
	}
	wantModels := []string{
		"Mô hình của Văn phòng|Văn phòng Đảng ủy|model|Kinh tế|registered||0",
		"Dân vận khéo trong cải cách hành chính|Phòng Văn hóa|model|Kinh tế|recognised|grassroots|5",
		"Nguyễn Thị Lan, người giữ lửa văn nghệ|Tổ Văn nghệ|exemplar|Văn hóa – xã hội|registered||6",
		"Thư viện thân thiện|Chi bộ Thư viện|model|Văn hóa – xã hội|outstanding|district|5",
	}
	if !slices.Equal(models, wantModels) {
		t.Errorf("register\n got %q\nwant %q", models, wantModels)
	}
	// The figures: the sum over the units (typed, or counted from the
	// models of a unit that typed none) plus the register's own entry.
	fig := r.Figures()
	for key, n := range map[string]int{
		"models.registered": 5 + 2 + 1 + 1, "models.recognised": 3 + 1, "models.outstanding": 1 + 1, "models.proposed": 0,
		"exemplars.registered": 2 + 1, "total.registered": 9 + 3, kinhte: 4 + 3 + 1, vhxh: 3 + 1,
		"level.grassroots": 3, "level.district": 1,
	} {
		if got := fig.Value(key); got != n {
			t.Errorf("figure %s = %d; want %d", key, got, n)
		}
	}

	// Phòng Văn hóa corrects its workbook (Lê Thị Thu taken out) and sends
	// it again: its rows are replaced, not added; the others stay.
	fill(t, []job{unitA(form(0), ret("pvh-da-dien.xlsx"), false)})
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(ret("pvh-da-dien.xlsx"), later, later); err != nil {
		t.Fatal(err)
	}
	before := len(r.Honorees.Individuals)
	b2, err := Collect(back, r)
	if err != nil {
		t.Fatal(err)
	}
	a2 := b2.ApplyTo(r)
	if len(r.Honorees.Individuals) != before-1 || a2.Replaced != 14 {
		t.Errorf("after the correction %d individuals (was %d), replaced %d", len(r.Honorees.Individuals), before, a2.Replaced)
	}
	n := 0
	for _, h := range r.Honorees.Individuals {
		if h.Name == "Lê Thị Thu" {
			t.Error("the corrected workbook's removed row is still there")
		}
		if h.Name == "Nguyễn Văn Hùng" {
			n++
		}
	}
	fig = r.Figures()
	if n != 2 || len(r.Movement.Register) != 4 || fig.Value("models.registered") != 9 {
		t.Errorf("after the correction: %d Hùng, %d models, %d registered", n, len(r.Movement.Register), fig.Value("models.registered"))
	}
}
