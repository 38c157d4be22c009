package xlsx

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/report"
)

// sheetBook builds a one-sheet workbook from rows written from A1 (nil
// for a blank row) and merged ranges such as "B4:C4".
func sheetBook(t testing.TB, rows [][]any, merges ...string) []byte {
	t.Helper()
	f := excelize.NewFile()
	for i, r := range rows {
		if r == nil {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		must(t, f.SetSheetRow("Sheet1", cell, &r))
	}
	for _, m := range merges {
		a, b, _ := strings.Cut(m, ":")
		must(t, f.MergeCell("Sheet1", a, b))
	}
	return save(t, f)
}

// rowsSummary lists the imported rows as "line kind name|position|unit"
// and the skipped rows as "line: reason", for comparing in tests.
func rowsSummary(res *Result) (rows, skipped []string) {
	for _, r := range res.Rows {
		s := fmt.Sprintf("%d %s %s|%s|%s", r.Line, r.Kind, r.Honoree.Name, r.Honoree.Position, r.Honoree.Unit)
		if r.DuplicateOf != "" {
			s += " (trùng)"
		}
		rows = append(rows, s)
	}
	for _, s := range res.Skipped {
		skipped = append(skipped, fmt.Sprintf("%d: %s", s.Line, s.Reason))
	}
	return rows, skipped
}

type readCase struct {
	name   string
	rows   [][]any
	merges []string
	opts   Options
	want   []string // rowsSummary's rows
	skips  []string // each skipped row's "line: " and part of its reason, in order
}

func (tt readCase) run(t *testing.T) *Result {
	t.Helper()
	opts := tt.opts
	opts.Source = "t.xlsx"
	res, err := Read(bytes.NewReader(sheetBook(t, tt.rows, tt.merges...)), opts)
	if err != nil {
		t.Fatal(err)
	}
	rows, skipped := rowsSummary(res)
	if got, want := strings.Join(rows, "\n"), strings.Join(tt.want, "\n"); got != want {
		t.Errorf("rows:\n%s\nwant:\n%s", got, want)
	}
	ok := len(skipped) == len(tt.skips)
	for i := 0; ok && i < len(skipped); i++ {
		line, reason, _ := strings.Cut(tt.skips[i], ": ")
		ok = strings.HasPrefix(skipped[i], line+": ") && strings.Contains(skipped[i], reason)
	}
	if !ok {
		t.Errorf("skipped:\n%s\nwant:\n%s", strings.Join(skipped, "\n"), strings.Join(tt.skips, "\n"))
	}
	return res
}

var title = [][]any{{"ĐẢNG ỦY PHƯỜNG BẾN NGHÉ"}, {"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG DÂN VẬN KHÉO NĂM 2016"}, nil}

func withTitle(rows ...[]any) [][]any { return append(append([][]any{}, title...), rows...) }

// TestReadTotalLines: only a row labelled "Cộng", "Tổng cộng", "Tổng
// số" or "Tổng" (with a count at most) is a total line; names that
// begin with those words are rows of the list. STT headers and numbers
// come in several forms.
func TestReadTotalLines(t *testing.T) {
	tests := []readCase{
		{
			name: "collective names beginning with Công, Cộng, Tổng, no STT column",
			rows: withTitle(
				[]any{"Tên tập thể", "Thành tích", "Hình thức khen thưởng"},
				[]any{"Chi bộ Khu phố 1", "Vận động nhân dân hiến đất", "Giấy khen"},
				[]any{"Công an phường Bến Nghé", "Giữ gìn an ninh trật tự", "Giấy khen"},
				[]any{"Công đoàn cơ sở Sở Văn hóa", "Chăm lo đời sống đoàn viên", "Giấy khen"},
				[]any{"Cộng đồng dân cư khu phố 3", "Giữ vệ sinh", "Giấy khen"},
				[]any{"Tổng công ty Điện lực", "Điện về nông thôn", "Giấy khen"},
				[]any{"Cộng: 5 tập thể"},
			),
			want: []string{
				"5 tập thể Chi bộ Khu phố 1||", "6 tập thể Công an phường Bến Nghé||", "7 tập thể Công đoàn cơ sở Sở Văn hóa||",
				"8 tập thể Cộng đồng dân cư khu phố 3||", "9 tập thể Tổng công ty Điện lực||",
			},
			skips: []string{"10: dòng tổng cộng"},
		},
		{
			name: "individuals whose names begin with Tống, Công",
			rows: withTitle(
				[]any{"Họ và tên", "Chức vụ", "Đơn vị"},
				[]any{"Tống Văn Minh", "Tổ trưởng", "Khu phố 1"},
				[]any{"Công Tằng Tôn Nữ Thu", "Tổ phó", "Khu phố 1"},
				[]any{"Tổng số: 2 người"},
			),
			want:  []string{"5 cá nhân Tống Văn Minh|Tổ trưởng|Khu phố 1", "6 cá nhân Công Tằng Tôn Nữ Thu|Tổ phó|Khu phố 1"},
			skips: []string{"7: dòng tổng cộng"},
		},
		{
			name: "STT header with its column number, names after Công",
			rows: withTitle(
				[]any{"STT\n(1)", "Tên tập thể\n(2)", "Thành tích\n(3)", "Hình thức khen thưởng\n(4)"},
				[]any{1, "Chi bộ Khu phố 1", "a", "Giấy khen"},
				[]any{2, "Công đoàn cơ sở phường", "b", "Giấy khen"},
				[]any{3, "Hội Nông dân", "c", "Giấy khen"},
				[]any{"Tổng cộng", "3 tập thể"},
			),
			want:  []string{"5 tập thể Chi bộ Khu phố 1||", "6 tập thể Công đoàn cơ sở phường||", "7 tập thể Hội Nông dân||"},
			skips: []string{"8: dòng tổng cộng"},
		},
		{
			name: "TT (1) header, numbers written 1) and 1.",
			rows: withTitle(
				[]any{"TT (1)", "Tên tập thể (2)", "Thành tích (3)"},
				[]any{"1)", "Chi bộ Khu phố 1", "a"},
				[]any{"2)", "Cộng đồng dân cư khu phố 3", "b"},
				[]any{"3.", "Công an phường", "c"},
				[]any{"Tổng", 3},
			),
			want:  []string{"5 tập thể Chi bộ Khu phố 1||", "6 tập thể Cộng đồng dân cư khu phố 3||", "7 tập thể Công an phường||"},
			skips: []string{"8: dòng tổng cộng"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := tt.run(t)
			if c, ok := res.Sheets[0].Columns[FieldNumber]; strings.HasPrefix(tt.name, "STT") || strings.HasPrefix(tt.name, "TT") {
				if !ok || c != 0 {
					t.Errorf("STT column not recognised: %v", res.Sheets[0].Columns)
				}
			}
		})
	}
}

func TestTotalLine(t *testing.T) {
	tests := map[string]bool{
		"Cộng": true, "Cộng:": true, "Cộng: 2 người": true, "Tổng cộng": true, "TỔNG CỘNG: 8 cá nhân": true,
		"Tổng số": true, "Tổng số: 12": true, "Tổng": true, "Tổng cộng (I + II)": true, "Cộng 3 tập thể": true,
		"Công an phường Bến Nghé": false, "Công đoàn cơ sở": false, "Cộng đồng dân cư khu phố 3": false,
		"Tổng công ty Điện lực": false, "Tống Văn Minh": false, "Cộng tác viên dân vận": false, "": false,
	}
	for in, want := range tests {
		if got := totalLine(in); got != want {
			t.Errorf("totalLine(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestReadSubtotals: a subtotal line under each group does not end the
// table; the groups after it are read. Only the signature block ends it,
// and a numbered row under it is listed with its own reason.
func TestReadSubtotals(t *testing.T) {
	header := []any{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"}
	tests := []readCase{
		{
			name: "subtotal per group, group headings",
			rows: withTitle(header,
				[]any{"I", "KHỐI PHƯỜNG"},
				[]any{1, "Nguyễn Văn An", "Bí thư", "Phường 1", "Giấy khen"},
				[]any{2, "Trần Thị Bình", "Phó Bí thư", "Phường 2", "Giấy khen"},
				[]any{nil, "Cộng: 2 người"},
				[]any{"II", "KHỐI TRƯỜNG HỌC"},
				[]any{1, "Lê Văn Cường", "Hiệu trưởng", "Trường THCS A", "Giấy khen"},
				[]any{2, "Phạm Thị Dung", "Giáo viên", "Trường THCS B", "Giấy khen"},
				[]any{nil, "Cộng: 2 người"},
				[]any{nil, "Tổng cộng: 4 người"},
				nil,
				[]any{nil, "Người lập biểu", nil, "Thủ trưởng đơn vị"},
				[]any{nil, "Võ Thị Lập", nil, "Ngô Văn Trưởng"},
				[]any{5, "Đinh Văn Sót", "Tổ viên", "Phường 3", "Giấy khen"},
			),
			want: []string{
				"6 cá nhân Nguyễn Văn An|Bí thư|Phường 1", "7 cá nhân Trần Thị Bình|Phó Bí thư|Phường 2",
				"10 cá nhân Lê Văn Cường|Hiệu trưởng|Trường THCS A", "11 cá nhân Phạm Thị Dung|Giáo viên|Trường THCS B",
			},
			skips: []string{
				"5: dòng tiêu đề nhóm", "8: dòng tổng cộng", "9: dòng tiêu đề nhóm", "12: dòng tổng cộng", "13: dòng tổng cộng",
				"15: dưới dòng tổng cộng", "16: dưới dòng tổng cộng", "17: có số thứ tự nhưng nằm dưới phần ký tên",
			},
		},
		{
			name: "subtotal, then numbered rows with no heading",
			rows: withTitle(header,
				[]any{1, "Nguyễn Văn An", "Bí thư", "Phường 1", "Giấy khen"},
				[]any{"Cộng", nil, nil, nil, "1 người"},
				[]any{"Ghi chú: khối trường học"},
				[]any{2, "Lê Văn Cường", "Hiệu trưởng", "Trường THCS A", "Giấy khen"},
			),
			want:  []string{"5 cá nhân Nguyễn Văn An|Bí thư|Phường 1", "8 cá nhân Lê Văn Cường|Hiệu trưởng|Trường THCS A"},
			skips: []string{"6: dòng tổng cộng", "7: dưới dòng tổng cộng"},
		},
		{
			name: "no STT column: a full row after a subtotal",
			rows: withTitle(
				[]any{"Họ và tên", "Chức vụ", "Đơn vị"},
				[]any{"Nguyễn Văn An", "Bí thư", "Phường 1"},
				[]any{"Cộng: 1 người"},
				[]any{"Lê Văn Cường", "Hiệu trưởng", "Trường THCS A"},
				[]any{nil, nil, "Bến Nghé, ngày 10 tháng 10 năm 2016"},
				[]any{nil, nil, "T/M ĐẢNG ỦY"},
			),
			want:  []string{"5 cá nhân Nguyễn Văn An|Bí thư|Phường 1", "7 cá nhân Lê Văn Cường|Hiệu trưởng|Trường THCS A"},
			skips: []string{"6: dòng tổng cộng", "8: phần ký tên", "9: phần ký tên"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t) })
	}
}

// TestReadStackedTables: one sheet holding two tables one under the
// other, each with its own header, is read as two tables; rows with data
// above the first header are listed, not lost.
func TestReadStackedTables(t *testing.T) {
	collectives := [][]any{
		{"I. TẬP THỂ"},
		{"STT", "Tên tập thể", "Đơn vị", "Thành tích", "Hình thức khen thưởng"},
		{1, "Chi bộ Khu phố 1", "Phường Bến Nghé", "Vận động hiến đất", "Giấy khen"},
		{2, "Hội Cựu chiến binh", "Phường Bến Nghé", "Giúp hội viên nghèo", "Giấy khen"},
	}
	individuals := [][]any{
		nil,
		{"II. CÁ NHÂN"},
		{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng"},
		{1, "Nguyễn Văn An", "Bí thư chi bộ", "Khu phố 1", "Vận động hiến đất", "Giấy khen"},
		{2, "Trần Thị Bình", "Tổ trưởng", "Khu phố 2", "Nuôi heo đất", "Giấy khen"},
	}
	sameColumns := [][]any{
		nil,
		{"II. CÁ NHÂN"},
		{"STT", "Họ và tên", "Đơn vị", "Thành tích", "Hình thức khen thưởng"},
		{1, "Nguyễn Văn An", "Khu phố 1", "Vận động hiến đất", "Giấy khen"},
	}
	cat := func(parts ...[][]any) [][]any {
		out := append([][]any{}, title...)
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	coll := []string{"6 tập thể Chi bộ Khu phố 1||Phường Bến Nghé", "7 tập thể Hội Cựu chiến binh||Phường Bến Nghé"}
	tests := []readCase{
		{
			name:  "second table with more columns",
			rows:  cat(collectives, individuals),
			want:  append(coll, "11 cá nhân Nguyễn Văn An|Bí thư chi bộ|Khu phố 1", "12 cá nhân Trần Thị Bình|Tổ trưởng|Khu phố 2"),
			skips: []string{"9: dòng tiêu đề nhóm; các dòng sau là cá nhân", "10: dòng tiêu đề cột của bảng tiếp theo"},
		},
		{
			name:  "each table with its total line",
			rows:  cat(collectives, [][]any{{nil, "Cộng: 2 tập thể"}}, individuals, [][]any{{nil, "Cộng: 2 cá nhân"}}),
			want:  append(coll, "12 cá nhân Nguyễn Văn An|Bí thư chi bộ|Khu phố 1", "13 cá nhân Trần Thị Bình|Tổ trưởng|Khu phố 2"),
			skips: []string{"8: dòng tổng cộng", "10: dòng tiêu đề nhóm", "11: dòng tiêu đề cột của bảng tiếp theo", "14: dòng tổng cộng"},
		},
		{
			name:  "second table with the same columns",
			rows:  cat(collectives, sameColumns),
			want:  append(coll, "11 cá nhân Nguyễn Văn An||Khu phố 1"),
			skips: []string{"9: dòng tiêu đề nhóm", "10: dòng tiêu đề cột"},
		},
		{
			name: "a row of data above the header",
			rows: withTitle(
				[]any{1, "Nguyễn Văn Sớm", "Tổ trưởng", "Khu phố 1"},
				[]any{"STT", "Họ và tên", "Chức vụ", "Đơn vị"},
				[]any{2, "Lê Thị Hoa", "Tổ phó", "Khu phố 2"},
			),
			want:  []string{"6 cá nhân Lê Thị Hoa|Tổ phó|Khu phố 2"},
			skips: []string{"4: nằm trên dòng tiêu đề cột"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t) })
	}
}

// TestReadSectionHeadings: a heading written in the name column with no
// number ("I. TẬP THỂ", "Khối phường") is not an honoree; a kind word in
// it switches the kind. A name column titled for both kinds leaves the
// kind to the headings and rows.
func TestReadSectionHeadings(t *testing.T) {
	both := []any{"STT", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"}
	tests := []readCase{
		{
			name: "sections in the name column",
			rows: withTitle(both,
				[]any{nil, "I. TẬP THỂ"},
				[]any{1, "Chi bộ Khu phố 1", nil, "Phường Bến Nghé", "Giấy khen"},
				[]any{2, "Hội Cựu chiến binh", nil, "Phường Bến Nghé", "Giấy khen"},
				[]any{nil, "II. CÁ NHÂN"},
				[]any{1, "Nguyễn Văn An", "Bí thư chi bộ", "Khu phố 1", "Giấy khen"},
				[]any{2, "Trần Thị Bình", "Tổ trưởng", "Khu phố 2", "Giấy khen"},
			),
			want: []string{
				"6 tập thể Chi bộ Khu phố 1||Phường Bến Nghé", "7 tập thể Hội Cựu chiến binh||Phường Bến Nghé",
				"9 cá nhân Nguyễn Văn An|Bí thư chi bộ|Khu phố 1", "10 cá nhân Trần Thị Bình|Tổ trưởng|Khu phố 2",
			},
			skips: []string{"5: các dòng sau là tập thể", "8: các dòng sau là cá nhân"},
		},
		{
			name: "blocks under kinds",
			rows: withTitle([]any{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"},
				[]any{"A", "TẬP THỂ"},
				[]any{1, "Chi bộ Khu phố 1", nil, "Phường 1", "Giấy khen"},
				[]any{"B", "CÁ NHÂN"},
				[]any{nil, "Khối phường"},
				[]any{1, "Nguyễn Văn An", "Tổ trưởng", "Phường 1", "Giấy khen"},
				[]any{nil, "Khối trường học", nil, nil, nil},
				[]any{2, "Lê Thị Hoa", "Giáo viên", "Trường A", "Giấy khen"},
				[]any{nil, "A) Cụm 2"},
				[]any{3, "Võ Văn Ba", "Tổ viên", "Phường 2", "Giấy khen"},
			),
			want: []string{
				"6 tập thể Chi bộ Khu phố 1||Phường 1", "9 cá nhân Nguyễn Văn An|Tổ trưởng|Phường 1",
				"11 cá nhân Lê Thị Hoa|Giáo viên|Trường A", "13 cá nhân Võ Văn Ba|Tổ viên|Phường 2",
			},
			skips: []string{"5: tập thể", "7: cá nhân", "8: dòng tiêu đề nhóm", "10: dòng tiêu đề nhóm", "12: dòng tiêu đề nhóm"},
		},
		{
			name: "both kinds in the name title, no headings: each row decides",
			rows: withTitle(both,
				[]any{1, "Chi bộ Khu phố 1", nil, "Phường Bến Nghé", "Giấy khen"},
				[]any{2, "Trường Tiểu học Kim Đồng", nil, "Phường Bến Nghé", "Giấy khen"},
				[]any{3, "Trương Văn Tám", nil, "Khu phố 2", "Giấy khen"},
				[]any{4, "Nguyễn Văn An", "Bí thư chi bộ", "Khu phố 1", "Giấy khen"},
			),
			want: []string{
				"5 tập thể Chi bộ Khu phố 1||Phường Bến Nghé", "6 tập thể Trường Tiểu học Kim Đồng||Phường Bến Nghé",
				"7 cá nhân Trương Văn Tám||Khu phố 2", "8 cá nhân Nguyễn Văn An|Bí thư chi bộ|Khu phố 1",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t) })
	}
}

func TestNameHeaderKind(t *testing.T) {
	tests := map[string]Kind{
		"Họ và tên": Individual, "Họ tên": Individual, "Tên tập thể": Collective, "Tên đơn vị": Collective,
		"Họ và tên / Tên tập thể": 0, "Tên tập thể, cá nhân": 0, "Tên tập thể hoặc họ tên cá nhân": 0, "Tên": 0,
	}
	for in, want := range tests {
		if got := nameHeaderKind(in); got != want {
			t.Errorf("nameHeaderKind(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestReadDuplicatesKeepDiacritics: names that differ only by a
// diacritic are two people, in one file, against the draft and across
// merged files; case and spacing still do not count.
func TestReadDuplicatesKeepDiacritics(t *testing.T) {
	header := []any{"STT", "Họ và tên", "Chức vụ", "Đơn vị"}
	tt := readCase{
		rows: withTitle(header,
			[]any{1, "Nguyễn Văn Hùng", "Tổ trưởng", "Khu phố 3"},
			[]any{2, "Nguyễn Văn Hưng", "Tổ phó", "Khu phố 3"},
			[]any{3, "Trần Thị Thu", "Chi hội trưởng", "Khu phố 3"},
			[]any{4, "Trần Thị Thư", "Chi hội phó", "Khu phố 3"},
			[]any{5, "Đào Văn Đông", "Tổ viên", "Khu phố 3"},
			[]any{6, "Dao Van Dong", "Tổ viên", "Khu phố 3"},
			[]any{7, "  NGUYỄN  văn hùng ", "Tổ trưởng", "khu phố 3"},
		),
		want: []string{
			"5 cá nhân Nguyễn Văn Hùng|Tổ trưởng|Khu phố 3", "6 cá nhân Nguyễn Văn Hưng|Tổ phó|Khu phố 3",
			"7 cá nhân Trần Thị Thu|Chi hội trưởng|Khu phố 3", "8 cá nhân Trần Thị Thư|Chi hội phó|Khu phố 3",
			"9 cá nhân Đào Văn Đông|Tổ viên|Khu phố 3", "10 cá nhân Dao Van Dong|Tổ viên|Khu phố 3",
			"11 cá nhân NGUYỄN văn hùng|Tổ trưởng|khu phố 3 (trùng)",
		},
	}
	res := tt.run(t)

	// Against a draft.
	draft := &report.Report{}
	draft.Honorees.Individuals = []report.Honoree{{Name: "Nguyễn Văn Hưng", Position: "tổ phó", Unit: "Khu phố 3"}}
	tt.opts = Options{Existing: draft}
	tt.want = slices.Clone(tt.want)
	tt.want[1] += " (trùng)"
	tt.run(t)

	// Across files.
	other, err := Read(bytes.NewReader(sheetBook(t, withTitle(header, []any{1, "Trần Thị Thứ", "Tổ viên", "Khu phố 3"}, []any{2, "Trần Thị Thư", "Chi hội phó", "Khu phố 3"}))), Options{Source: "u.xlsx"})
	must(t, err)
	var dups []string
	for _, r := range Merge(res, other).Rows {
		if r.DuplicateOf != "" {
			dups = append(dups, r.Honoree.Source+" "+r.Honoree.Name)
		}
	}
	if got := strings.Join(dups, ", "); got != "t.xlsx NGUYỄN văn hùng, u.xlsx Trần Thị Thư" {
		t.Errorf("merged duplicates: %s", got)
	}
}

// TestReadColumnChoice: an exact column title beats a loose one, the
// unit where a person works beats the unit that proposes, "Tên đơn vị"
// beside a person's name is the unit, and a column holding position and
// unit together fills the position (noted) and keeps namesakes apart.
func TestReadColumnChoice(t *testing.T) {
	tests := []struct {
		readCase
		columns string
		note    string
	}{
		{
			readCase: readCase{
				rows: withTitle(
					[]any{"TT", "Họ và tên", "Năm sinh", "Đơn vị đề nghị", "Chức vụ", "Đơn vị công tác", "Hình thức khen thưởng"},
					[]any{1, "Nguyễn Văn An", 1975, "Đảng ủy phường Bến Nghé", "Tổ trưởng", "Khu phố 1", "Giấy khen"},
					[]any{2, "Nguyễn Văn An", 1980, "Đảng ủy phường Bến Nghé", "Giáo viên", "Trường THCS A", "Giấy khen"},
				),
				want: []string{"5 cá nhân Nguyễn Văn An|Tổ trưởng|Khu phố 1", "6 cá nhân Nguyễn Văn An|Giáo viên|Trường THCS A"},
			},
			columns: "stt=A, name=B, birth=C, position=E, unit=F, award=G",
		},
		{
			readCase: readCase{
				rows: withTitle(
					[]any{"STT", "Tên đơn vị", "Họ và tên", "Chức vụ", "Hình thức khen thưởng"},
					[]any{1, "Khu phố 1", "Nguyễn Văn An", "Tổ trưởng", "Giấy khen"},
				),
				want: []string{"5 cá nhân Nguyễn Văn An|Tổ trưởng|Khu phố 1"},
			},
			columns: "stt=A, name=C, position=D, unit=B, award=E",
		},
		{
			readCase: readCase{
				rows: withTitle(
					[]any{"STT", "Họ và tên", "Chức vụ", "Tên đơn vị", "Hình thức khen thưởng"},
					[]any{1, "Lê Thị Hoa", "Tổ phó", "Khu phố 2", "Giấy khen"},
				),
				want: []string{"5 cá nhân Lê Thị Hoa|Tổ phó|Khu phố 2"},
			},
			columns: "stt=A, name=B, position=C, unit=D, award=E",
		},
		{
			readCase: readCase{
				rows: withTitle(
					[]any{"STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Thành tích", "Hình thức khen thưởng"},
					[]any{1, "Nguyễn Văn Hùng", "Bí thư Chi bộ Khu phố 1, phường Bến Nghé", "x", "Giấy khen"},
					[]any{2, "Nguyễn Văn Hùng", "Trưởng Công an phường Đa Kao", "y", "Giấy khen"},
					[]any{3, "Nguyễn Văn Hùng", "Trưởng Công an phường Đa Kao", "y", "Giấy khen"},
				),
				want: []string{
					"5 cá nhân Nguyễn Văn Hùng|Bí thư Chi bộ Khu phố 1, phường Bến Nghé|",
					"6 cá nhân Nguyễn Văn Hùng|Trưởng Công an phường Đa Kao|",
					"7 cá nhân Nguyễn Văn Hùng|Trưởng Công an phường Đa Kao| (trùng)",
				},
			},
			columns: "stt=A, name=B, position=C, achievement=D, award=E",
			note:    "gồm cả chức vụ và đơn vị",
		},
	}
	for _, tt := range tests {
		t.Run(tt.columns, func(t *testing.T) {
			res := tt.run(t)
			if got := res.Sheets[0].Columns.String(); got != tt.columns {
				t.Errorf("columns %s, want %s", got, tt.columns)
			}
			if got := strings.Join(res.Sheets[0].Notes, "; "); !strings.Contains(got, tt.note) || (tt.note == "") != (got == "") {
				t.Errorf("notes %q, want %q", got, tt.note)
			}
		})
	}
}

// TestReadMergedAcross: a data cell merged across columns fills only its
// own column (a name merged over a blank Chức vụ does not become the
// position); merged down, it fills each row; a header merged across
// still names every column under it.
func TestReadMergedAcross(t *testing.T) {
	tests := []readCase{
		{
			name: "name merged over the position",
			rows: withTitle(
				[]any{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"},
				[]any{"I", "TẬP THỂ"},
				[]any{1, "Chi bộ Khu phố 1", nil, "Phường 1", "Giấy khen"},
				[]any{2, "Hội Cựu chiến binh phường", nil, "Phường 1", "Giấy khen"},
				[]any{"II", "CÁ NHÂN"},
				[]any{1, "Nguyễn Văn An", "Tổ trưởng", "Khu phố 1", "Giấy khen"},
				[]any{2, "Lê Thị Hoa", "Tổ phó", nil, "Giấy khen"},
				[]any{3, "Trần Văn Ba", "Tổ viên", nil, "Giấy khen"},
			),
			merges: []string{"B6:C6", "B7:C7", "D9:D11"},
			want: []string{
				"6 tập thể Chi bộ Khu phố 1||Phường 1", "7 tập thể Hội Cựu chiến binh phường||Phường 1",
				"9 cá nhân Nguyễn Văn An|Tổ trưởng|Khu phố 1", "10 cá nhân Lê Thị Hoa|Tổ phó|Khu phố 1", "11 cá nhân Trần Văn Ba|Tổ viên|Khu phố 1",
			},
			skips: []string{"5: tập thể", "8: cá nhân"},
		},
		{
			name: "award title merged over two columns",
			rows: withTitle(
				[]any{"STT", "Họ và tên", "Đơn vị", "Hình thức khen thưởng"},
				[]any{nil, nil, nil, "Giấy khen", "Bằng khen"},
				[]any{1, "Nguyễn Văn An", "Khu phố 1", "x"},
			),
			merges: []string{"D4:E4"},
			want:   []string{"6 cá nhân Nguyễn Văn An||Khu phố 1"},
			skips:  []string{"5: không có họ và tên"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t) })
	}
}

// TestReadSplitName: a name written over two columns (a "Họ và tên"
// title merged over both, or "Họ và tên đệm" | "Tên") is joined.
func TestReadSplitName(t *testing.T) {
	tests := []readCase{
		{
			name: "title merged over two columns",
			rows: withTitle(
				[]any{"STT", "Họ và tên", nil, "Chức vụ", "Đơn vị"},
				[]any{1, "Nguyễn Văn", "An", "Tổ trưởng", "Khu phố 1"},
				[]any{2, "Trần Thị", "Cúc", "Chi hội trưởng", "Khu phố 1"},
			),
			merges: []string{"B4:C4"},
			want:   []string{"5 cá nhân Nguyễn Văn An|Tổ trưởng|Khu phố 1", "6 cá nhân Trần Thị Cúc|Chi hội trưởng|Khu phố 1"},
		},
		{
			name: "Họ và tên đệm, Tên",
			rows: withTitle(
				[]any{"STT", "Họ và tên đệm", "Tên", "Chức vụ", "Đơn vị"},
				[]any{1, "Nguyễn Văn", "An", "Tổ trưởng", "Khu phố 1"},
				[]any{2, "Nguyễn Văn", "Bình", "Tổ phó", "Khu phố 1"},
			),
			want: []string{"5 cá nhân Nguyễn Văn An|Tổ trưởng|Khu phố 1", "6 cá nhân Nguyễn Văn Bình|Tổ phó|Khu phố 1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if res := tt.run(t); len(res.Sheets[0].Unused) != 0 {
				t.Errorf("unused columns %v", res.Sheets[0].Unused)
			}
		})
	}
}
