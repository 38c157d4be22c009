package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/report"
	"baocao/app/sample"
)

// personSummary lists each row as "line name|birth year|gender|note",
// with " (lặp lại)" for a dropped repeat.
func personSummary(res *Result) []string {
	var out []string
	for _, r := range res.Rows {
		s := fmt.Sprintf("%d %s|%d|%s|%s", r.Line, r.Honoree.Name, r.Honoree.BirthYear, r.Honoree.Gender, r.Honoree.Note)
		if r.Dropped() {
			s += " (lặp lại)"
		}
		out = append(out, s)
	}
	return out
}

// TestReadBirthYearAndGender: the shapes official lists give the birth
// year and gender in.
func TestReadBirthYearAndGender(t *testing.T) {
	tests := []struct {
		name    string
		rows    [][]any
		merges  []string
		columns string
		want    []string
	}{
		{
			name: "Năm sinh and Giới tính columns",
			rows: withTitle([]any{"STT", "Họ và tên", "Năm sinh", "Giới tính", "Đơn vị"},
				[]any{1, "Nguyễn Văn An", 1975, "Nam", "Phòng A"},
				[]any{2, "Trần Thị Bích", "1988", "nữ", "Phòng A"},
				[]any{3, "Lê Văn Cường", "", "", "Phòng A"},
				[]any{4, "Phạm Thị Dung", "khoảng 70", "x", "Phòng A"}),
			columns: "stt=A, name=B, birth=C, gender=D, unit=E",
			want: []string{"5 Nguyễn Văn An|1975|nam|", "6 Trần Thị Bích|1988|nữ|", "7 Lê Văn Cường|0||",
				"8 Phạm Thị Dung|0||Năm sinh: khoảng 70; Giới tính: x"},
		},
		{
			name: "NS with a full date of birth, numbered titles",
			rows: withTitle([]any{"STT (1)", "Họ và tên (2)", "NS (3)", "Đơn vị (4)"},
				[]any{1, "Nguyễn Văn An", "15/03/1975", "Phòng A"},
				[]any{2, "Trần Thị Bích", "1988-11-02", "Phòng A"},
				[]any{3, "Lê Văn Cường", "03/1990", "Phòng A"}),
			columns: "stt=A, name=B, birth=C, unit=D",
			want:    []string{"5 Nguyễn Văn An|1975||", "6 Trần Thị Bích|1988||", "7 Lê Văn Cường|1990||"},
		},
		{
			name: "Năm sinh merged over Nam | Nữ: the year's column gives the gender",
			rows: withTitle([]any{"STT", "Họ và tên", "Năm sinh", nil, "Chức vụ", "Đơn vị"},
				[]any{nil, nil, "Nam", "Nữ"},
				[]any{1, "Nguyễn Văn An", 1975, nil, "Trưởng phòng", "Phòng A"},
				[]any{2, "Trần Thị Bích", nil, 1988, "Chuyên viên", "Phòng A"},
				[]any{3, "Lê Văn Cường", nil, nil, "Chuyên viên", "Phòng A"}),
			merges:  []string{"C4:D4", "A4:A5", "B4:B5", "E4:E5", "F4:F5"},
			columns: "stt=A, name=B, male=C, female=D, position=E, unit=F",
			want:    []string{"6 Nguyễn Văn An|1975|nam|", "7 Trần Thị Bích|1988|nữ|", "8 Lê Văn Cường|0||"},
		},
		{
			name: "Giới tính merged over Nam | Nữ with marks, Năm sinh beside it",
			rows: withTitle([]any{"STT", "Họ và tên", "Năm sinh", "Giới tính", nil, "Đơn vị"},
				[]any{nil, nil, nil, "Nam", "Nữ"},
				[]any{1, "Nguyễn Văn An", 1975, "x", nil, "Phòng A"},
				[]any{2, "Trần Thị Bích", 1988, nil, "X", "Phòng A"},
				[]any{3, "Lê Văn Cường", 1990, "x", "x", "Phòng A"}),
			merges:  []string{"D4:E4", "A4:A5", "B4:B5", "C4:C5", "F4:F5"},
			columns: "stt=A, name=B, birth=C, male=D, female=E, unit=F",
			want:    []string{"6 Nguyễn Văn An|1975|nam|", "7 Trần Thị Bích|1988|nữ|", "8 Lê Văn Cường|1990||Nam: x; Nữ: x"},
		},
		{
			name: "titles Năm sinh Nam | Năm sinh Nữ in one row",
			rows: withTitle([]any{"STT", "Họ và tên", "Năm sinh Nam", "Năm sinh Nữ", "Đơn vị"},
				[]any{1, "Nguyễn Văn An", "1975", nil, "Phòng A"},
				[]any{2, "Trần Thị Bích", nil, "20/10/1988", "Phòng A"}),
			columns: "stt=A, name=B, male=C, female=D, unit=E",
			want:    []string{"5 Nguyễn Văn An|1975|nam|", "6 Trần Thị Bích|1988|nữ|"},
		},
		{
			name: "the two-row header repeated on the next page",
			rows: withTitle([]any{"STT", "Họ và tên", "Năm sinh", nil, "Đơn vị"},
				[]any{nil, nil, "Nam", "Nữ"},
				[]any{1, "Nguyễn Văn An", 1975, nil, "Phòng A"},
				[]any{"STT", "Họ và tên", "Năm sinh", nil, "Đơn vị"},
				[]any{nil, nil, "Nam", "Nữ"},
				[]any{2, "Trần Thị Bích", nil, 1988, "Phòng A"}),
			merges:  []string{"C4:D4", "A4:A5", "B4:B5", "E4:E5", "C7:D7", "A7:A8", "B7:B8", "E7:E8"},
			columns: "stt=A, name=B, male=C, female=D, unit=E",
			want:    []string{"6 Nguyễn Văn An|1975|nam|", "9 Trần Thị Bích|1988|nữ|"},
		},
		{
			name: "only a Nữ column ticked",
			rows: withTitle([]any{"STT", "Họ và tên", "Nữ", "Đơn vị"},
				[]any{1, "Nguyễn Văn An", nil, "Phòng A"},
				[]any{2, "Trần Thị Bích", "x", "Phòng A"}),
			columns: "stt=A, name=B, female=C, unit=D",
			want:    []string{"5 Nguyễn Văn An|0||", "6 Trần Thị Bích|0|nữ|"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Read(bytes.NewReader(sheetBook(t, tt.rows, tt.merges...)), Options{Source: "t.xlsx"})
			must(t, err)
			if got := res.Sheets[0].Columns.String(); got != tt.columns {
				t.Errorf("columns %s, want %s", got, tt.columns)
			}
			if got, want := strings.Join(personSummary(res), "\n"), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("rows:\n%s\nwant:\n%s", got, want)
			}
			for _, sk := range res.Skipped {
				if !strings.Contains(sk.Reason, "tiêu đề cột") {
					t.Errorf("row %d skipped: %s", sk.Line, sk.Reason)
				}
			}
			if n := len(res.Sheets[0].Notes); n != 0 {
				t.Errorf("notes %q", res.Sheets[0].Notes)
			}
		})
	}
}

// TestReadDateOfBirthCell: a date typed as a date (not text) keeps its
// year.
func TestReadDateOfBirthCell(t *testing.T) {
	f := excelize.NewFile()
	for i, r := range [][]any{{"STT", "Họ và tên", "Ngày sinh", "Đơn vị"}, {1, "Nguyễn Văn An", nil, "Phòng A"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		must(t, f.SetSheetRow("Sheet1", cell, &r))
	}
	must(t, f.SetCellFormula("Sheet1", "C2", "DATE(1975,3,15)"))
	must(t, f.SetCellValue("Sheet1", "C2", 27468)) // 15/03/1975
	style, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	must(t, err)
	must(t, f.SetCellStyle("Sheet1", "C2", "C2", style))
	res, err := Read(bytes.NewReader(save(t, f)), Options{})
	must(t, err)
	if y := res.Rows[0].Honoree.BirthYear; y != 1975 {
		t.Errorf("birth year %d from a date cell, want 1975", y)
	}
}

// The list from the issue: two people named Nguyễn Văn Hùng in one unit,
// born 1975 and 1988, and a row typed twice.
var namesakeRows = withTitle([]any{"STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"},
	[]any{1, "Nguyễn Văn Hùng", 1975, "Trưởng phòng", "Phòng Văn hóa", "Giấy khen"},
	[]any{2, "Nguyễn Văn Hùng", 1988, "Chuyên viên", "Phòng Văn hóa", "Giấy khen"},
	[]any{3, "Trần Thị Mai", 1980, "Chuyên viên", "Phòng Văn hóa", "Giấy khen"},
	[]any{4, "nguyễn văn  hùng", 1988, "chuyên viên", "Phòng Văn hóa", "Giấy khen"},
	[]any{5, "Nguyễn Văn Hùng", nil, "Trưởng phòng", "Phòng Văn hóa", "Giấy khen"},
)

func TestReadNamesakes(t *testing.T) {
	res, err := Read(bytes.NewReader(sheetBook(t, namesakeRows)), Options{Source: "ds.xlsx"})
	must(t, err)
	want := []string{"5 Nguyễn Văn Hùng|1975||", "6 Nguyễn Văn Hùng|1988||", "7 Trần Thị Mai|1980||",
		"8 nguyễn văn hùng|1988|| (lặp lại)", "9 Nguyễn Văn Hùng|0||"}
	if got := strings.Join(personSummary(res), "\n"); got != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	r8 := res.Rows[3]
	if r8.DuplicateOf != "giống hệt dòng 6 trang “Sheet1” tệp ds.xlsx" || r8.Repeats != (Ref{Source: "ds.xlsx", Sheet: "Sheet1", Line: 6, Kind: Individual}) {
		t.Errorf("row 8: %q, repeats %+v", r8.DuplicateOf, r8.Repeats)
	}
	notes := []struct {
		first, second int
		match         report.Match
		words         string
	}{
		{5, 6, report.Namesakes, "Dòng 5 và dòng 6 trang “Sheet1” tệp ds.xlsx cùng tên Nguyễn Văn Hùng, cùng đơn vị Phòng Văn hóa, khác năm sinh 1975 và 1988, chức vụ “Trưởng phòng” và “Chuyên viên”: có thể là hai người trùng tên"},
		{5, 9, report.Unclear, "không có gì phân biệt"},
		{6, 9, report.Namesakes, "chức vụ “Chuyên viên” và “Trưởng phòng”"},
	}
	if len(res.Namesakes) != len(notes) {
		t.Fatalf("namesake notes %+v, want %d", res.Namesakes, len(notes))
	}
	for i, w := range notes {
		n := res.Namesakes[i]
		if n.First.Line != w.first || n.Second.Line != w.second || n.Match != w.match || !strings.Contains(n.Note, w.words) {
			t.Errorf("note %d = %+v, want rows %d, %d %v %q", i, n, w.first, w.second, w.match, w.words)
		}
	}
	if ni, _, nd, _ := res.Counts(); ni != 4 || nd != 1 {
		t.Errorf("Counts = %d individuals, %d repeats; want 4, 1", ni, nd)
	}
	if s := res.Summary(); !strings.Contains(s, "3 cặp dòng cùng tên") {
		t.Errorf("summary %q does not mention the namesakes", s)
	}
	r := &report.Report{}
	if n := res.ApplyTo(r); n != 4 {
		t.Errorf("ApplyTo added %d, want 4 (both namesakes kept, the repeat dropped)", n)
	}
}

// TestKeepRepeats: a row the program would drop is added when the user
// keeps it, by reference or all at once; nothing else changes.
func TestKeepRepeats(t *testing.T) {
	tests := []struct {
		name  string
		keep  func(res *Result) int
		kept  int
		added int
	}{
		{"none", func(*Result) int { return 0 }, 0, 4},
		{"by reference", func(res *Result) int { return res.KeepRows(Ref{Source: "ds.xlsx", Sheet: "Sheet1", Line: 8}) }, 1, 5},
		{"a row that is no repeat", func(res *Result) int { return res.KeepRows(Ref{Source: "ds.xlsx", Sheet: "Sheet1", Line: 5}) }, 0, 4},
		{"another file", func(res *Result) int { return res.KeepRows(Ref{Source: "x.xlsx", Sheet: "Sheet1", Line: 8}) }, 0, 4},
		{"all", func(res *Result) int { return res.KeepAll() }, 1, 5},
		{"flag set by the window", func(res *Result) int { res.Rows[3].Keep = true; return 1 }, 1, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Read(bytes.NewReader(sheetBook(t, namesakeRows)), Options{Source: "ds.xlsx"})
			must(t, err)
			if n := tt.keep(res); n != tt.kept {
				t.Errorf("kept %d, want %d", n, tt.kept)
			}
			if ni, _, nd, _ := res.Counts(); ni != tt.added || nd != 5-tt.added {
				t.Errorf("Counts = %d, %d repeats; want %d, %d", ni, nd, tt.added, 5-tt.added)
			}
			r := &report.Report{}
			if n := res.ApplyTo(r); n != tt.added {
				t.Errorf("ApplyTo added %d, want %d", n, tt.added)
			}
			var buf bytes.Buffer
			must(t, WriteList(&buf, res, nil))
			back, err := Read(&buf, Options{})
			must(t, err)
			if len(back.Rows) != tt.added {
				t.Errorf("written list holds %d rows, want %d", len(back.Rows), tt.added)
			}
		})
	}
}

// TestReadRepeatOfDraft: a row already in the draft is dropped with the
// draft's row named, and can be kept.
func TestReadRepeatOfDraft(t *testing.T) {
	d := &report.Report{}
	d.Honorees.Individuals = []report.Honoree{{Name: "Trần Thị Mai", BirthYear: 1980, Position: "Chuyên viên", Unit: "Phòng Văn hóa", Award: "Giấy khen"}}
	res, err := Read(bytes.NewReader(sheetBook(t, namesakeRows)), Options{Source: "ds.xlsx", Existing: d})
	must(t, err)
	mai := res.Rows[2]
	if mai.DuplicateOf != "giống hệt cá nhân thứ 1 trong bản nháp" || !mai.Dropped() {
		t.Fatalf("row 7: %+v", mai)
	}
	res.Rows[2].Keep = true
	if n := res.ApplyTo(d); n != 4 || len(d.Honorees.Individuals) != 5 {
		t.Errorf("added %d, draft holds %d; want 4, 5", n, len(d.Honorees.Individuals))
	}
	// The draft then warns of the identical rows.
	found := false
	for _, p := range d.Validate() {
		found = found || strings.Contains(p.Message, "giống hệt dòng 1")
	}
	if !found {
		t.Errorf("no warning for the kept repeat: %v", d.Validate())
	}
}

// TestRoundTripBirth: the export's birth year and gender columns (either
// form, a draft's mark above them or not) are read back as written.
func TestRoundTripBirth(t *testing.T) {
	m, f := report.GenderMale, report.GenderFemale
	tests := []struct {
		name   string
		births func(i int) (int, report.Gender)
		opts   ExportOptions
		titles []string // header titles of the individuals' columns C, D
	}{
		{"Năm sinh over Nam | Nữ", func(i int) (int, report.Gender) {
			return []int{1975, 1988, 0, 0}[i%4], []report.Gender{m, f, f, ""}[i%4]
		}, ExportOptions{}, []string{"Năm sinh / Nam", "Năm sinh / Nữ"}},
		{"as a draft", func(i int) (int, report.Gender) { return 1960 + i, []report.Gender{m, f}[i%2] }, ExportOptions{Draft: true}, []string{"Năm sinh / Nam", "Năm sinh / Nữ"}},
		{"a year without gender", func(i int) (int, report.Gender) {
			return []int{1975, 1988, 0}[i%3], []report.Gender{m, "", f}[i%3]
		}, ExportOptions{}, []string{"Năm sinh", "Giới tính"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sample.Report()
			for i := range r.Honorees.Individuals {
				r.Honorees.Individuals[i].BirthYear, r.Honorees.Individuals[i].Gender = tt.births(i)
			}
			var buf bytes.Buffer
			must(t, Write(&buf, r, tt.opts))
			res, err := Read(&buf, Options{Source: "x.xlsx"})
			must(t, err)
			sh := res.Sheets[0]
			if got := []string{sh.Titles[2], sh.Titles[3]}; strings.Join(got, "|") != strings.Join(tt.titles, "|") {
				t.Errorf("titles %q, want %q", got, tt.titles)
			}
			back := &report.Report{}
			if n := res.ApplyTo(back); n != len(r.Honorees.Individuals)+len(r.Honorees.Collectives) {
				t.Fatalf("ApplyTo added %d", n)
			}
			for i, g := range back.Honorees.Individuals {
				g.Source = ""
				if g != r.Honorees.Individuals[i] {
					t.Errorf("row %d: got %+v\nwant %+v", i+1, g, r.Honorees.Individuals[i])
				}
			}
			// Collectives never get the columns.
			if c := res.Sheets[1]; hasField(c.Columns, FieldBirthYear) || hasField(c.Columns, FieldMale) {
				t.Errorf("collectives sheet has birth columns: %s", c.Columns)
			}
		})
	}
}

// TestExportNoBirthColumns: no row with a birth year or gender, no
// column for them.
func TestExportNoBirthColumns(t *testing.T) {
	var buf bytes.Buffer
	must(t, Write(&buf, sample.Report()))
	res, err := Read(&buf, Options{})
	must(t, err)
	for _, s := range res.Sheets[:2] {
		for _, title := range s.Titles {
			if strings.Contains(title, "sinh") || strings.Contains(title, "Giới") {
				t.Errorf("sheet %s has column %q", s.Name, title)
			}
		}
	}
}

// TestMergeNamesakesRoundTrip: a consolidated list keeps both namesakes
// with their birth years, lists the note in its check sheet, and reads
// back with the same note.
func TestMergeNamesakesRoundTrip(t *testing.T) {
	a, err := Read(bytes.NewReader(sheetBook(t, namesakeRows)), Options{Source: "a.xlsx"})
	must(t, err)
	other := withTitle([]any{"STT", "Họ và tên", "Năm sinh", nil, "Chức vụ", "Đơn vị", "Hình thức khen thưởng"},
		[]any{nil, nil, "Nam", "Nữ"},
		[]any{1, "Nguyễn Văn Hùng", 1975, nil, "Trưởng phòng", "Phòng Văn hóa", "Giấy khen"},
		[]any{2, "Nguyễn Văn Hùng", 1992, nil, "Nhân viên", "Phòng Văn hóa", "Giấy khen"})
	b, err := Read(bytes.NewReader(sheetBook(t, other, "C4:D4", "A4:A5", "B4:B5", "E4:E5", "F4:F5", "G4:G5")), Options{Source: "b.xlsx"})
	must(t, err)
	m := Merge(a, b)
	// b's 1975 row has a gender a's has not: told apart by nothing, not
	// identical: kept with a note; the 1992 one is a namesake of all.
	var hung []string
	for _, r := range m.Rows {
		if r.Honoree.Name == "Nguyễn Văn Hùng" && !r.Dropped() {
			hung = append(hung, fmt.Sprintf("%s:%d:%d", r.Honoree.Source, r.Line, r.Honoree.BirthYear))
		}
	}
	if got := strings.Join(hung, " "); got != "a.xlsx:5:1975 a.xlsx:6:1988 a.xlsx:9:0 b.xlsx:6:1975 b.xlsx:7:1992" {
		t.Errorf("Nguyễn Văn Hùng rows: %s", got)
	}
	var buf bytes.Buffer
	must(t, WriteList(&buf, m, nil))
	list := buf.Bytes()
	back, err := Read(bytes.NewReader(list), Options{Source: "gop.xlsx"})
	must(t, err)
	// The rows keep their unit's file in Source, but are referred to
	// where they now are.
	if n := back.Namesakes; len(n) == 0 || n[0].First.Source != "gop.xlsx" || !strings.Contains(n[0].Note, "tệp gop.xlsx") {
		t.Errorf("notes on the merged list: %+v", n)
	}
	if back.Rows[0].Honoree.Source != "a.xlsx" {
		t.Errorf("first row's source %q, want a.xlsx", back.Rows[0].Honoree.Source)
	}
	// The check sheet lists the repeat left out and every namesake note.
	book, err := excelize.OpenReader(bytes.NewReader(list))
	must(t, err)
	rows, err := book.GetRows(SheetCheck)
	must(t, err)
	var check []string
	for _, r := range rows {
		check = append(check, strings.Join(r, " | "))
	}
	joined := strings.Join(check, "\n")
	for _, want := range []string{"a.xlsx | Sheet1 | 8 | Không đưa vào, dòng lặp lại: giống hệt dòng 6 trang “Sheet1” tệp a.xlsx",
		"Đưa vào cả hai dòng, hãy xem lại: Dòng 5 và dòng 6 trang “Sheet1” tệp a.xlsx cùng tên Nguyễn Văn Hùng",
		"khác năm sinh 1988 và 1992"} {
		if !strings.Contains(joined, want) {
			t.Errorf("check sheet lacks %q:\n%s", want, joined)
		}
	}
	if len(back.Namesakes) != len(m.Namesakes) || len(back.Rows) != len(m.Rows)-1 {
		t.Errorf("read back %d rows, %d notes; want %d, %d", len(back.Rows), len(back.Namesakes), len(m.Rows)-1, len(m.Namesakes))
	}
	found := false
	for _, s := range back.Sheets {
		found = found || (s.Name == SheetCheck && s.Problem != "")
	}
	if !found {
		t.Errorf("no check sheet: %+v", back.Sheets)
	}
}
