package xlsx

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/report"
	"baocao/app/sample"
)

func readFixture(t *testing.T, name string, opts Options) *Result {
	t.Helper()
	res, err := ReadFile(filepath.Join("testdata", name), opts)
	if err != nil {
		t.Fatalf("ReadFile(%s): %v", name, err)
	}
	return res
}

func rowByLine(res *Result, sheet string, line int) *Row {
	for i := range res.Rows {
		if res.Rows[i].Sheet == sheet && res.Rows[i].Line == line {
			return &res.Rows[i]
		}
	}
	return nil
}

func skipReason(res *Result, sheet string, line int) string {
	for _, s := range res.Skipped {
		if s.Sheet == sheet && s.Line == line {
			return s.Reason
		}
	}
	return ""
}

func TestReadMessy(t *testing.T) {
	res := readFixture(t, "units-messy.xlsx", Options{})
	if len(res.Sheets) != 3 {
		t.Fatalf("sheets = %d, want 3", len(res.Sheets))
	}
	ind, col, guide := res.Sheets[0], res.Sheets[1], res.Sheets[2]
	if ind.HeaderRow != 6 || ind.Kind != Individual {
		t.Errorf("individuals sheet: header row %d kind %v, want 6 cá nhân", ind.HeaderRow, ind.Kind)
	}
	if got, want := ind.Columns.String(), "stt=A, name=B, birth=C, position=D, unit=E, achievement=F, award=H, note=I"; got != want {
		t.Errorf("columns = %q, want %q", got, want)
	}
	if got := strings.Join(ind.Unused, "; "); got != "G: Ngày vào Đảng" {
		t.Errorf("unused columns = %q", got)
	}
	if col.HeaderRow != 3 || col.Kind != Collective || col.Imported != 3 {
		t.Errorf("collectives sheet: %+v", col)
	}
	if guide.Problem == "" || guide.HeaderRow != 0 {
		t.Errorf("instructions sheet should be reported as not read: %+v", guide)
	}

	rows := []struct {
		line                   int
		name, unit, note, dupe string
	}{
		{8, "Nguyễn Văn An", "Phòng Văn hóa và Thông tin", "", ""},
		{9, "Trần Thị Bích", "Phòng Văn hóa và Thông tin", "2016", ""}, // NFD → NFC; unit from the merged cell
		{10, "Lê Hoàng Nam", "Phòng Văn hóa và Thông tin", "26/03/2005", ""},
		{13, `=HYPERLINK("http://x","bấm")`, "UBND Phường Bến Nghé", "", ""},
		{14, "+cmd", "UBND Phường Bến Nghé", "", ""},
		{15, "@SUM(1)", "UBND Phường Bến Thành", "", ""},
		{17, "nguyễn văn an", "phòng văn hóa và thông tin", "", "giống hệt dòng 8 trang “DS cá nhân” tệp units-messy.xlsx"},
	}
	for _, want := range rows {
		r := rowByLine(res, "DS cá nhân", want.line)
		if r == nil {
			t.Errorf("row %d not imported", want.line)
			continue
		}
		h := r.Honoree
		if h.Name != want.name || h.Unit != want.unit || h.Note != want.note || r.DuplicateOf != want.dupe || h.Source != "units-messy.xlsx" || r.Kind != Individual {
			t.Errorf("row %d = %+v (kind %v, dup %q), want name %q unit %q note %q dup %q", want.line, h, r.Kind, r.DuplicateOf, want.name, want.unit, want.note, want.dupe)
		}
	}
	if n := ind.Imported; n != len(rows) {
		t.Errorf("imported %d individuals, want %d", n, len(rows))
	}
	skips := []struct {
		sheet  string
		line   int
		reason string
	}{
		{"DS cá nhân", 7, "dòng đánh số cột"},
		{"DS cá nhân", 12, "dòng tiêu đề nhóm"},
		{"DS cá nhân", 16, "không có họ và tên"},
		{"DS cá nhân", 19, "dòng tổng cộng"},
		{"DS cá nhân", 21, "dưới dòng tổng cộng"},
		{"DS cá nhân", 22, "dưới dòng tổng cộng"},
		{"DS cá nhân", 25, "dưới dòng tổng cộng"},
		{"Tập thể", 8, "dòng tổng cộng"},
	}
	for _, s := range skips {
		if got := skipReason(res, s.sheet, s.line); !strings.Contains(got, s.reason) {
			t.Errorf("%s row %d: skip reason %q, want it to contain %q", s.sheet, s.line, got, s.reason)
		}
	}
	if len(res.Skipped) != len(skips) {
		t.Errorf("%d rows skipped, want %d: %+v", len(res.Skipped), len(skips), res.Skipped)
	}
	ni, nc, nd, ns := res.Counts()
	if ni != 6 || nc != 3 || nd != 1 || ns != len(skips) {
		t.Errorf("Counts() = %d, %d, %d, %d; want 6, 3, 1, %d", ni, nc, nd, ns, len(skips))
	}
}

func TestReadGroupHeadings(t *testing.T) {
	res := readFixture(t, "single-sheet-groups.xlsx", Options{})
	var kinds []string
	for _, r := range res.Rows {
		kinds = append(kinds, r.Kind.String()+":"+r.Honoree.Name)
	}
	want := "tập thể:Chi bộ Thư viện, tập thể:Chi bộ Nhà hát, cá nhân:Nguyễn Thị Thu Hà, cá nhân:Lê Văn Phúc, cá nhân:Phạm Minh Tuấn"
	if got := strings.Join(kinds, ", "); got != want {
		t.Errorf("rows = %s\nwant   %s", got, want)
	}
	if r := skipReason(res, "Sheet1", 4); !strings.Contains(r, "tập thể") {
		t.Errorf("group heading row 4: %q", r)
	}
}

// TestReadBadFiles: every bad file gives its own error, and no result.
func TestReadBadFiles(t *testing.T) {
	tests := []struct {
		file string
		want error
		hint string // part of the message that says what to do
	}{
		{"empty.xlsx", ErrEmpty, "chọn đúng tệp"},
		{"text-renamed.xlsx", ErrNotWorkbook, "lưu lại dạng"},
		{"html-as-xls.xls", ErrNotWorkbook, "lưu lại dạng"},
		{"old-format.xls", ErrOldFormat, ".xlsx"},
		{"encrypted.xlsx", ErrEncrypted, "gỡ mật khẩu"},
		{"no-header.xlsx", ErrNoHeader, "dòng tiêu đề"},
		{"zip-bomb.xlsx", ErrTooLarge, "MB"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, err := ReadFile(filepath.Join("testdata", tt.file), Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if res != nil {
				t.Errorf("a result came with the error")
			}
			if !strings.Contains(err.Error(), tt.hint) || !strings.Contains(err.Error(), tt.file) {
				t.Errorf("message %q should name the file and say %q", err, tt.hint)
			}
		})
	}
}

func TestReadTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.xlsx")
	must(t, os.WriteFile(path, []byte("PK\x03\x04"), 0o600))
	must(t, os.Truncate(path, MaxFileSize+1)) // sparse: costs no disk
	if _, err := ReadFile(path, Options{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadFile: err = %v, want ErrTooLarge", err)
	}
	f, err := os.Open(path)
	must(t, err)
	defer f.Close()
	if _, err := Read(f, Options{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Read: err = %v, want ErrTooLarge", err)
	}
}

// TestReadSignatureWithoutTotal: a signature block straight under the
// rows, with no total line, is not taken for honorees.
func TestReadSignatureWithoutTotal(t *testing.T) {
	f := excelize.NewFile()
	for i, r := range [][]any{
		{"STT", "Họ và tên", "Đơn vị"},
		{1, "Nguyễn Văn A", "Phòng Văn hóa"},
		{nil, nil, "Quận 1, ngày 10 tháng 11 năm 2016"},
		{nil, "Người lập bảng", "Thủ trưởng đơn vị"},
		{nil, "Trần Văn B", "Lê Thị C"},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		must(t, f.SetSheetRow("Sheet1", cell, &r))
	}
	res, err := Read(bytes.NewReader(save(t, f)), Options{Source: "x.xlsx"})
	must(t, err)
	if len(res.Rows) != 1 || res.Rows[0].Honoree.Name != "Nguyễn Văn A" {
		t.Errorf("rows = %+v, want only Nguyễn Văn A", res.Rows)
	}
	if len(res.Skipped) != 3 {
		t.Errorf("skipped = %+v, want the 3 footer rows", res.Skipped)
	}
}

// TestReadOverride: the caller corrects the detected columns and reads
// again; a header the program cannot find can be named.
func TestReadOverride(t *testing.T) {
	res := readFixture(t, "units-messy.xlsx", Options{Override: map[string]Override{
		"DS cá nhân": {Columns: Mapping{FieldNote: 2}}, // take the birth year as the note
		"Hướng dẫn":  {Skip: true},
	}})
	s := res.Sheets[0]
	if c, _ := s.Columns.Column(FieldNote); c != 2 {
		t.Errorf("note column = %d, want 2 (C)", c)
	}
	if r := rowByLine(res, "DS cá nhân", 8); r == nil || r.Honoree.Note != "1975" {
		t.Errorf("row 8 note = %+v, want 1975", r)
	}
	if res.Sheets[2].Problem != "bỏ qua theo yêu cầu" {
		t.Errorf("skipped sheet: %+v", res.Sheets[2])
	}

	m, err := ParseMapping("name=A, unit=3")
	must(t, err)
	res2, err := ReadFile("testdata/no-header.xlsx", Options{Override: map[string]Override{"": {HeaderRow: 1, Columns: m, Kind: Collective}}})
	must(t, err)
	if len(res2.Rows) != 1 || res2.Rows[0].Honoree.Name != "Giấy A4" || res2.Rows[0].Honoree.Unit != "55000" || res2.Rows[0].Kind != Collective {
		t.Errorf("forced mapping rows = %+v", res2.Rows)
	}
	if _, err := ReadFile("testdata/no-header.xlsx", Options{Override: map[string]Override{"": {Columns: m}}}); !errors.Is(err, ErrNoHeader) {
		t.Errorf("columns without a header row: err = %v, want ErrNoHeader", err)
	}
}

func TestParseMapping(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"name=C,unit=E", "name=C, unit=E", ""},
		{"Họ và tên=2; Đơn vị công tác=aa", "name=B, unit=AA", ""},
		{"stt=1,award=F,note=G,position=d,achievement=E,source=H", "stt=A, position=D, achievement=E, award=F, note=G, source=H", ""},
		{"name", "", "thiếu dấu ="},
		{"tuoi=C", "", "không biết cột"},
		{"name=0", "", "không hợp lệ"},
		{"name=C3", "", "không phải tên cột"},
		{"", "", "trống"},
	}
	for _, tt := range tests {
		m, err := ParseMapping(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseMapping(%q) err = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || m.String() != tt.want {
			t.Errorf("ParseMapping(%q) = %q, %v; want %q", tt.in, m.String(), err, tt.want)
		}
	}
}

func TestMatchHeader(t *testing.T) {
	tests := map[string]Field{
		"STT": FieldNumber, "Số TT": FieldNumber, "Họ và tên": FieldName, "HỌ TÊN": FieldName,
		"Ho va ten": FieldName, "Tên tập thể": FieldName, "Tên tập thể, cá nhân": FieldName,
		"Chức danh": FieldPosition, "Chức vụ, chức danh": FieldPosition, "Đơn vị công tác": FieldUnit,
		"Cơ quan, đơn vị": FieldUnit, "Thành tích đạt được": FieldAchievement, "Tóm tắt thành tích": FieldAchievement,
		"Hình thức khen thưởng": FieldAward, "Khen thưởng": FieldAward, "Ghi chú": FieldNote, "Nguồn": FieldSource,
		"STT\n(1)": FieldNumber, "TT (1)": FieldNumber, "Tên tập thể\n(2)": FieldName, "(3)": 0,
		"Năm sinh": FieldBirthYear, "Năm sinh (3)": FieldBirthYear, "NS": FieldBirthYear, "Ngày tháng năm sinh": FieldBirthYear,
		"Nam": FieldMale, "Nữ": FieldFemale, "NỮ": FieldFemale, "Năm sinh - Nữ": FieldFemale, "Năm sinh (Nam)": FieldMale,
		"Giới tính": FieldGender, "Nam/Nữ": FieldGender, "Năm": 0, "Ngày vào Đảng": 0, "": 0,
		"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐẠT THÀNH TÍCH XUẤT SẮC TRONG PHONG TRÀO THI ĐUA DÂN VẬN KHÉO NĂM 2016": 0,
	}
	for in, want := range tests {
		if got := matchHeader(in); got != want {
			t.Errorf("matchHeader(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestApplyTo(t *testing.T) {
	plain := readFixture(t, "units-messy.xlsx", Options{})
	r := &report.Report{}
	// The draft holds row 10 already (another case), and a person of row
	// 8's name and unit with nothing else: perhaps the same, kept with a note.
	nam := rowByLine(plain, "DS cá nhân", 10).Honoree
	nam.Name, nam.Source = "LÊ HOÀNG NAM", ""
	r.Honorees.Individuals = []report.Honoree{nam, {Name: "Nguyễn Văn An", Unit: "Phòng Văn hóa và Thông tin"}}
	res := readFixture(t, "units-messy.xlsx", Options{Existing: r})
	d := rowByLine(res, "DS cá nhân", 10)
	if d == nil || d.DuplicateOf != "giống hệt cá nhân thứ 1 trong bản nháp" || d.Repeats != (Ref{Kind: Individual, Draft: 1}) || !d.Dropped() {
		t.Fatalf("row 10 should repeat the draft's first person: %+v", d)
	}
	if len(res.Namesakes) != 1 || res.Namesakes[0].First.Draft != 2 || res.Namesakes[0].Second.Line != 8 || res.Namesakes[0].Match != report.Unclear {
		t.Errorf("namesakes = %+v, want the draft's second person and row 8", res.Namesakes)
	}
	before := len(r.Honorees.Individuals)
	// The draft changes between Read and ApplyTo (the user added row 9).
	bich := rowByLine(plain, "DS cá nhân", 9).Honoree
	bich.Name = "TRẦN THỊ BÍCH"
	r.Honorees.Individuals = append(r.Honorees.Individuals, bich)
	added := res.ApplyTo(r)
	if added != 4+3 {
		t.Errorf("added %d, want 7 (4 individuals, 3 collectives)", added)
	}
	if got := len(r.Honorees.Individuals); got != before+1+4 {
		t.Errorf("individuals = %d, want %d", got, before+5)
	}
	if got := len(r.Honorees.Collectives); got != 3 {
		t.Errorf("collectives = %d, want 3", got)
	}
	// Row 9, left out, says why.
	if d := rowByLine(res, "DS cá nhân", 9); d.DuplicateOf != "giống hệt cá nhân thứ 3 trong bản nháp" {
		t.Errorf("row 9 left out without a reason: %+v", d)
	}
	if again := res.ApplyTo(r); again != 0 {
		t.Errorf("applying twice added %d more", again)
	}
}

// TestRoundTrip: what Write exports, Read imports unchanged.
func TestRoundTrip(t *testing.T) {
	r := sample.Report()
	var buf bytes.Buffer
	must(t, Write(&buf, r))
	res, err := Read(&buf, Options{Source: "sample.xlsx"})
	must(t, err)
	back := &report.Report{}
	if n := res.ApplyTo(back); n != len(r.Honorees.Individuals)+len(r.Honorees.Collectives) {
		t.Fatalf("ApplyTo added %d", n)
	}
	for _, pair := range []struct{ got, want []report.Honoree }{
		{back.Honorees.Individuals, r.Honorees.Individuals},
		{back.Honorees.Collectives, r.Honorees.Collectives},
	} {
		if len(pair.got) != len(pair.want) {
			t.Fatalf("got %d rows, want %d", len(pair.got), len(pair.want))
		}
		for i := range pair.got {
			g := pair.got[i]
			g.Source = ""
			if g != pair.want[i] {
				t.Errorf("row %d: got %+v\nwant %+v", i+1, g, pair.want[i])
			}
		}
	}
	for _, s := range res.Sheets[2:] {
		if s.Problem == "" {
			t.Errorf("sheet %s should not be read as an honoree list", s.Name)
		}
	}
}

func TestMerge(t *testing.T) {
	a := readFixture(t, "units-messy.xlsx", Options{})
	b := readFixture(t, "single-sheet-groups.xlsx", Options{})
	// A third unit sends a person the first unit already listed (case
	// and spacing differ; a name without its diacritics would be another
	// person).
	f := excelize.NewFile()
	// It also sends a namesake of his, born 1988, and a person of that
	// name in its own unit: both are kept, the namesake with a note.
	for i, r := range [][]any{{"STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng"},
		{1, "NGUYỄN  VĂN AN", 1975, "Trưởng phòng", "phòng văn hóa và thông tin", "Vận động nhân dân xây dựng nếp sống văn minh", "Giấy khen"},
		{2, "Hồ Văn Mới", nil, nil, "Phòng Văn hóa và Thông tin"},
		{3, "Nguyễn Văn An", 1988, "Chuyên viên", "Phòng Văn hóa và Thông tin", "Tuyên truyền", "Giấy khen"},
		{4, "Nguyễn Văn An", 1988, "Chuyên viên", "Trường THCS A", "Tuyên truyền", "Giấy khen"},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		must(t, f.SetSheetRow("Sheet1", cell, &r))
	}
	c, err := Read(bytes.NewReader(save(t, f)), Options{Source: "c.xlsx"})
	must(t, err)
	m := Merge(a, b, c)
	if got := strings.Join(m.Files, ","); got != "units-messy.xlsx,single-sheet-groups.xlsx,c.xlsx" {
		t.Errorf("files = %s", got)
	}
	var order []string
	for _, r := range m.Rows {
		if r.Kind == Individual && r.DuplicateOf == "" {
			order = append(order, r.Honoree.Name+"@"+r.Honoree.Source)
		}
	}
	// Grouped by unit in order of first appearance: c.xlsx's new person
	// joins the other people of Phòng Văn hóa và Thông tin.
	want := []string{
		"Nguyễn Văn An@units-messy.xlsx", "Trần Thị Bích@units-messy.xlsx", "Lê Hoàng Nam@units-messy.xlsx", "Hồ Văn Mới@c.xlsx",
		"Nguyễn Văn An@c.xlsx", `=HYPERLINK("http://x","bấm")@units-messy.xlsx`, "+cmd@units-messy.xlsx", "@SUM(1)@units-messy.xlsx",
		"Nguyễn Thị Thu Hà@single-sheet-groups.xlsx", "Lê Văn Phúc@single-sheet-groups.xlsx", "Phạm Minh Tuấn@single-sheet-groups.xlsx",
		"Nguyễn Văn An@c.xlsx",
	}
	if strings.Join(order, "\n") != strings.Join(want, "\n") {
		t.Errorf("merged individuals:\n%s\nwant\n%s", strings.Join(order, "\n"), strings.Join(want, "\n"))
	}
	var dups []string
	for _, r := range m.Rows {
		if r.DuplicateOf != "" {
			dups = append(dups, r.Honoree.Source+":"+r.DuplicateOf)
		}
	}
	if len(dups) != 2 || dups[1] != "c.xlsx:giống hệt dòng 8 trang “DS cá nhân” tệp units-messy.xlsx" {
		t.Errorf("duplicates = %q", dups)
	}
	if len(m.Namesakes) != 1 || m.Namesakes[0].Match != report.Namesakes ||
		m.Namesakes[0].Note != "Dòng 8 trang “DS cá nhân” tệp units-messy.xlsx và dòng 4 trang “Sheet1” tệp c.xlsx cùng tên Nguyễn Văn An, cùng đơn vị Phòng Văn hóa và Thông tin, khác năm sinh 1975 và 1988, chức vụ “Trưởng phòng” và “Chuyên viên”: có thể là hai người trùng tên" {
		t.Errorf("namesakes = %+v", m.Namesakes)
	}
	// Written and read back, every row keeps its source file.
	var buf bytes.Buffer
	must(t, WriteList(&buf, m, nil))
	back, err := Read(&buf, Options{Source: "merged.xlsx"})
	must(t, err)
	if len(back.Rows) != 12+5 || len(back.Namesakes) != 1 {
		t.Errorf("read back %d rows, %d namesake notes; want 17, 1", len(back.Rows), len(back.Namesakes))
	}
	for _, r := range back.Rows {
		if r.Honoree.Source == "merged.xlsx" || r.Honoree.Source == "" {
			t.Errorf("row %d lost its source: %+v", r.Line, r.Honoree)
		}
	}
	if back.Sheets[2].Name != SheetCheck {
		t.Errorf("third sheet = %s, want %s", back.Sheets[2].Name, SheetCheck)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.xlsx")
	must(t, os.WriteFile(path, []byte("old"), 0o600))
	r := sample.Report()
	must(t, WriteFile(path, r))
	data, err := os.ReadFile(path)
	must(t, err)
	if !bytes.HasPrefix(data, []byte("PK")) {
		t.Fatalf("file not replaced")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestReadHeaderPlacement: the header is found on any of the first 20
// rows and not below; a header repeated mid-table (a list pasted page by
// page) is skipped, not imported.
func TestReadHeaderPlacement(t *testing.T) {
	build := func(headerRow int, repeat bool) []byte {
		f := excelize.NewFile()
		must(t, f.SetCellValue("Sheet1", "A1", "DANH SÁCH CÁ NHÂN"))
		rows := [][]any{{"STT", "Họ và tên", "Đơn vị công tác"}, {1, "Nguyễn Văn A", "Phòng Văn hóa"}}
		if repeat {
			rows = append(rows, []any{"STT", "Họ và tên", "Đơn vị công tác"})
		}
		rows = append(rows, []any{2, "Trần Thị B", "Phòng Thể thao"})
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, headerRow+i)
			must(t, f.SetSheetRow("Sheet1", cell, &r))
		}
		return save(t, f)
	}
	tests := []struct {
		header  int
		repeat  bool
		err     error
		rows    int
		skipped int
	}{
		{2, false, nil, 2, 0},
		{20, false, nil, 2, 0},
		{21, false, ErrNoHeader, 0, 0},
		{5, true, nil, 2, 1},
	}
	for _, tt := range tests {
		res, err := Read(bytes.NewReader(build(tt.header, tt.repeat)), Options{Source: "h.xlsx"})
		if !errors.Is(err, tt.err) {
			t.Errorf("header on row %d: err = %v, want %v", tt.header, err, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		if res.Sheets[0].HeaderRow != tt.header || len(res.Rows) != tt.rows || len(res.Skipped) != tt.skipped {
			t.Errorf("header on row %d (repeat %v): header %d, %d rows, skipped %+v", tt.header, tt.repeat, res.Sheets[0].HeaderRow, len(res.Rows), res.Skipped)
		}
	}
}

// TestKeyerMatchesReport: rows are compared under report.Honoree.PersonKey.
func TestKeyerMatchesReport(t *testing.T) {
	kc := keyer{}
	for _, h := range []report.Honoree{
		{Name: "Nguyễn  Văn An", Unit: "Phòng Văn hóa"},
		{Name: "nguyễn văn an", Unit: "PHÒNG VĂN HÓA"},
		{Name: "Đặng Thị Hồng", Unit: ""},
		{Name: "Đặng Thị Hồng", Position: "Tổ trưởng"},
	} {
		want := "1\x00" + h.PersonKey()
		if got := kc.key(Individual, h); got != want {
			t.Errorf("key(%+v) = %q, want %q", h, got, want)
		}
		if got := kc.key(Individual, h); got != want {
			t.Errorf("cached key(%+v) = %q, want %q", h, got, want)
		}
	}
}

func TestReadHeaderRowOutside(t *testing.T) {
	m, _ := ParseMapping("name=B")
	_, err := ReadFile("testdata/no-header.xlsx", Options{Override: map[string]Override{"": {HeaderRow: 50, Columns: m}}})
	if !errors.Is(err, ErrNoHeader) || !strings.Contains(err.Error(), "nằm ngoài trang") {
		t.Errorf("err = %v", err)
	}
}
