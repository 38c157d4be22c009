package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/report"
)

// headerlessRows is a list typed straight into a sheet: no title, no
// header row; STT, name, year of birth, gender, position, unit,
// achievement, award.
var headerlessRows = [][]any{
	{1, "Nguyễn Văn An", 1975, "Nam", "Trưởng thôn", "Thôn Đông", "Có nhiều đóng góp trong vận động nhân dân hiến đất làm đường giao thông nông thôn", "Giấy khen"},
	{2, "Trần Thị Bình", 1988, "Nữ", "Chi hội trưởng", "Hội Phụ nữ xã", "Tích cực vận động hội viên tham gia mô hình tiết kiệm, giúp nhau phát triển kinh tế", "Bằng khen"},
	{3, "Lê Văn Cường", 1962, "Nam", "Trưởng ban công tác Mặt trận", "Thôn Tây", "Gương mẫu đi đầu trong phong trào toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Giấy khen"},
	{4, "Nguyễn Văn An", 1990, "Nam", "Đoàn viên", "Chi đoàn thôn Đông", "Xung kích trong các hoạt động tình nguyện, giúp đỡ gia đình chính sách sửa chữa nhà ở", "Giấy khen"},
}

// headerlessWorkbook writes headerlessRows from row first (from 1), under
// the given lines of title.
func headerlessWorkbook(t testing.TB, first int, above ...string) []byte {
	f := excelize.NewFile()
	for i, s := range above {
		must(t, f.SetCellValue("Sheet1", cellName(1, i+1), s))
	}
	for i, r := range headerlessRows {
		row := r
		must(t, f.SetSheetRow("Sheet1", cellName(1, first+i), &row))
	}
	return save(t, f)
}

// A list without header row cannot be read on its own; with NoHeader and
// the columns named (here the guess from the data, with the position and
// unit given by hand) every person is read, the namesakes as two people.
func TestReadWithoutHeaderRow(t *testing.T) {
	for _, tc := range []struct {
		name     string
		first    int
		above    []string
		dataRow  int // Override.DataRow
		columns  func(rows [][]string, start int) Mapping
		problem  string // the sheet's problem, when it cannot be read
		wantRows int
	}{
		{name: "data from row 1", first: 1, dataRow: 0, columns: byHand, wantRows: 4},
		{name: "data from row 1, said", first: 1, dataRow: 1, columns: byHand, wantRows: 4},
		{name: "under a title, data from row 3", first: 3, above: []string{"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", ""}, dataRow: 3, columns: byHand, wantRows: 4},
		{name: "no name column", first: 1, columns: func([][]string, int) Mapping { return Mapping{FieldUnit: 5} }, problem: "ít nhất cột"},
		{name: "data row beyond the sheet", first: 1, dataRow: 40, columns: byHand, problem: "nằm ngoài trang"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := headerlessWorkbook(t, tc.first, tc.above...)
			if _, err := Read(bytes.NewReader(data), Options{Source: "ds.xlsx"}); !errors.Is(err, ErrNoHeader) {
				t.Fatalf("without override: err %v, want ErrNoHeader", err)
			}
			raw, err := FirstRows(bytes.NewReader(data), 60)
			if err != nil {
				t.Fatal(err)
			}
			ov := Override{NoHeader: true, DataRow: tc.dataRow, Columns: tc.columns(raw[0].Rows, max(tc.dataRow, 1)-1)}
			res, err := Read(bytes.NewReader(data), Options{Source: "ds.xlsx", Override: map[string]Override{"": ov}})
			if tc.problem != "" {
				if err == nil && (len(res.Sheets) != 1 || !strings.Contains(res.Sheets[0].Problem, tc.problem)) {
					t.Fatalf("sheets %+v, want the problem %q", res.Sheets, tc.problem)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rows) != tc.wantRows {
				t.Fatalf("%d rows, want %d; skipped %+v", len(res.Rows), tc.wantRows, res.Skipped)
			}
			sh := res.Sheets[0]
			if sh.HeaderRow != 0 || sh.DataRow != max(tc.dataRow, 1) || sh.Kind != Individual {
				t.Errorf("sheet: header %d, data row %d, kind %v", sh.HeaderRow, sh.DataRow, sh.Kind)
			}
			want := []report.Honoree{
				{Name: "Nguyễn Văn An", BirthYear: 1975, Gender: report.GenderMale, Position: "Trưởng thôn", Unit: "Thôn Đông", Award: "Giấy khen"},
				{Name: "Trần Thị Bình", BirthYear: 1988, Gender: report.GenderFemale, Position: "Chi hội trưởng", Unit: "Hội Phụ nữ xã", Award: "Bằng khen"},
			}
			for i, w := range want {
				h := res.Rows[i].Honoree
				if h.Name != w.Name || h.BirthYear != w.BirthYear || h.Gender != w.Gender || h.Position != w.Position || h.Unit != w.Unit || h.Award != w.Award || h.Achievement == "" {
					t.Errorf("row %d: %+v, want %+v with an achievement", i, h, w)
				}
				if res.Rows[i].Line != tc.first+i {
					t.Errorf("row %d at line %d, want %d", i, res.Rows[i].Line, tc.first+i)
				}
			}
			if res.Rows[3].DuplicateOf != "" {
				t.Errorf("the namesake born 1990 was taken for a repeat of %s", res.Rows[3].DuplicateOf)
			}
		})
	}
}

// byHand is what the user does: the guess, and the position and unit,
// which the data alone do not tell.
func byHand(rows [][]string, start int) Mapping {
	m := GuessColumns(rows, start)
	m[FieldPosition], m[FieldUnit] = 4, 5
	return m
}

// GuessColumns guesses from the data: years, gender, award, long texts
// and the first column of names; what it cannot tell it leaves out.
func TestGuessColumns(t *testing.T) {
	toRows := func(rs [][]any) [][]string {
		var out [][]string
		for _, r := range rs {
			var row []string
			for _, v := range r {
				row = append(row, fmt.Sprint(v))
			}
			out = append(out, row)
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		rows  [][]string
		start int
		want  Mapping
	}{
		{"the list", toRows(headerlessRows), 0,
			Mapping{FieldName: 1, FieldBirthYear: 2, FieldGender: 3, FieldAchievement: 6, FieldAward: 7}},
		{"under a title", append([][]string{{"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2016"}, {}}, toRows(headerlessRows)...), 2,
			Mapping{FieldName: 1, FieldBirthYear: 2, FieldGender: 3, FieldAchievement: 6, FieldAward: 7}},
		{"a unit before the name", [][]string{{"thôn Đông", "Phạm Thị Hoa", "1970"}, {"thôn Tây", "Vũ Đức Long", "1981"}}, 0,
			Mapping{FieldName: 1, FieldBirthYear: 2}},
		{"years outside 1930–2010 are no birth years", [][]string{{"Đỗ Văn Nam", "2016"}, {"Hà Thị Lan", "1925"}}, 0,
			Mapping{FieldName: 0}},
		{"one word is no name", [][]string{{"An", "Nam"}, {"Bình", "Nữ"}}, 0, Mapping{FieldGender: 1}},
		{"nothing", nil, 0, Mapping{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := GuessColumns(tc.rows, tc.start)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for f, c := range tc.want {
				if got[f] != c {
					t.Errorf("%v in column %d, want %d (got %v)", f, got[f], c, got)
				}
			}
		})
	}
}
