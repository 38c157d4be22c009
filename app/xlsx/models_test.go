package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/movement"
	"baocao/app/report"
)

// modelSummary lists the rows read as
// "line kind|field|stage|level|year name — unit", a "!" after the line of
// a row with problems and "=" of a dropped repeat.
func modelSummary(res *ModelResult) []string {
	var out []string
	for _, r := range res.Rows {
		e := r.Entry
		mark := ""
		if len(r.Problems) > 0 {
			mark += "!"
		}
		if r.Dropped() {
			mark += "="
		}
		out = append(out, fmt.Sprintf("%d%s %s|%s|%s|%s|%d %s — %s", r.Line, mark, e.Kind, e.Field, e.Stage, e.Level, e.StartYear, e.Name, e.Unit))
	}
	return out
}

func modelSkips(res *ModelResult) []string {
	var out []string
	for _, s := range res.Skipped {
		out = append(out, fmt.Sprintf("%d: %s", s.Line, s.Reason))
	}
	return out
}

// modelTitle is a title block as offices put over their lists.
var modelTitle = [][]any{
	{"ỦY BAN MẶT TRẬN TỔ QUỐC QUẬN 1", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
	{"DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” NĂM 2016"},
	nil,
}

func TestReadModels(t *testing.T) {
	tests := []struct {
		name    string
		rows    [][]any
		merges  []string
		rowsOut []string
		skips   []string // each a line's reason, in part
		notes   int      // namesakes
	}{{
		name: "title block, merged field headings, x-mark stages, a total line and the signature",
		rows: append(append([][]any{}, modelTitle...),
			[]any{"STT", "Tên mô hình, điển hình", "Đơn vị", "Loại", "Được công nhận", "Tiêu biểu", "Cấp công nhận", "Năm xây dựng", "Kết quả"},
			[]any{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"},
			[]any{"I. LĨNH VỰC KINH TẾ"},
			[]any{1, "Tổ hợp tác may gia công", "Phường Bến Nghé", "Mô hình", "x", nil, "Cấp quận", 2014, "20 lao động có việc làm"},
			[]any{2, "Chị Nguyễn Thị Hoa", "Hội LHPN phường Đa Kao", "Cá nhân", "X", "x", "cấp Thành phố", "2015", nil},
			[]any{"II. LĨNH VỰC VĂN HÓA - XÃ HỘI"},
			[]any{3, "Khu phố văn minh, sạch đẹp", "Khu phố 3, phường Tân Định", "tập thể", nil, nil, nil, "năm 2016"},
			[]any{4, "Tổ hợp tác may gia công", "Phường Bến Nghé", "Mô hình", "x", nil, "Cấp quận", 2014, "20 lao động có việc làm"},
			[]any{"Tổng cộng", nil, nil, nil, 3, 1},
			nil,
			[]any{nil, "Người lập biểu", nil, nil, nil, "T/M BAN THƯỜNG TRỰC"},
		),
		merges: []string{"A2:I2", "A6:I6", "A9:I9", "A12:D12"},
		rowsOut: []string{
			"7 model|Kinh tế|recognised|district|2014 Tổ hợp tác may gia công — Phường Bến Nghé",
			"8 exemplar|Kinh tế|outstanding|province|2015 Chị Nguyễn Thị Hoa — Hội LHPN phường Đa Kao",
			"10 model|Văn hóa – xã hội|registered||2016 Khu phố văn minh, sạch đẹp — Khu phố 3, phường Tân Định",
			"11 model|Văn hóa – xã hội|recognised|district|2014 Tổ hợp tác may gia công — Phường Bến Nghé",
		},
		skips: []string{"5: dòng đánh số cột", "6: dòng tiêu đề nhóm; các dòng sau thuộc lĩnh vực “Kinh tế”",
			"9: dòng tiêu đề nhóm; các dòng sau thuộc lĩnh vực “Văn hóa – xã hội”", "12: dòng tổng cộng", "14: nằm dưới dòng tổng cộng"},
		notes: 1, // row 11 is row 7 in another field
	}, {
		name: "a stage column in words, fields written loosely, an unknown field and level, an exact repeat, a note",
		rows: [][]any{
			{"TT", "Tên mô hình", "Đơn vị thực hiện", "Lĩnh vực", "Giai đoạn / Mức độ", "Cấp công nhận", "Năm bắt đầu", "Kết quả", "Ghi chú"},
			{1, "Dân vận khéo trong giải phóng mặt bằng", "UBND phường 1", "VH-XH", "Đề nghị khen thưởng", "TW", 2012, "Bàn giao mặt bằng đúng hạn", "đã trình"},
			{2, "Bếp ăn tình thương", "Hội Chữ thập đỏ", "Y tế", "Được công nhận", "Bộ", "chưa rõ"},
			{3, "Dân vận khéo trong giải phóng mặt bằng", "UBND phường 1", "Văn hoá - Xã hội", "đề nghị khen thưởng", "Trung ương", "2012", "Bàn giao mặt bằng đúng hạn", "đã trình"},
			{4, "Chi bộ bốn tốt", "Đảng ủy phường 2", "xdhtct"},
			{5, "Tổ tự quản an ninh", "Khu phố 4", "Quốc phòng", "đã công nhận"},
		},
		rowsOut: []string{
			"2 model|Văn hóa – xã hội|proposed|central|2012 Dân vận khéo trong giải phóng mặt bằng — UBND phường 1",
			"3! model|Y tế|recognised||0 Bếp ăn tình thương — Hội Chữ thập đỏ",
			"4= model|Văn hóa – xã hội|proposed|central|2012 Dân vận khéo trong giải phóng mặt bằng — UBND phường 1",
			"5 model|Xây dựng hệ thống chính trị|registered||0 Chi bộ bốn tốt — Đảng ủy phường 2",
			"6 model|Quốc phòng – an ninh|recognised||0 Tổ tự quản an ninh — Khu phố 4",
		},
	}, {
		name: "two tables stacked: the models, then the exemplars under their own header; kind headings",
		rows: [][]any{
			{"DANH SÁCH MÔ HÌNH"},
			{"STT", "Tên mô hình", "Đơn vị", "Lĩnh vực", "Tiêu biểu"},
			{1, "Mô hình A", "Đơn vị A", "Kinh tế", "x"},
			{"Cộng: 1 mô hình"},
			nil,
			{"STT", "Họ và tên", "Đơn vị", "Lĩnh vực", "Tiêu biểu"},
			{1, "Trần Văn Bình", "Công an phường", "Quốc phòng - An ninh", ""},
			{"B. MÔ HÌNH TẬP THỂ"},
			{2, "Câu lạc bộ dân vận", "Phường 5", "Xây dựng hệ thống chính trị", "không"},
		},
		rowsOut: []string{
			"3 model|Kinh tế|outstanding||0 Mô hình A — Đơn vị A",
			"7 exemplar|Quốc phòng – an ninh|registered||0 Trần Văn Bình — Công an phường",
			"9 model|Xây dựng hệ thống chính trị|registered||0 Câu lạc bộ dân vận — Phường 5",
		},
		skips: []string{"4: dòng tổng cộng", "6: dòng tiêu đề cột của bảng tiếp theo", "8: dòng tiêu đề nhóm; các dòng sau là mô hình (tập thể)"},
	}, {
		name: "field headings in the name column, without numbers or merging; no field at all",
		rows: [][]any{
			{"STT", "Tên mô hình, điển hình", "Đơn vị", "Mức độ"},
			{nil, "Lĩnh vực Quốc phòng - An ninh"},
			{1, "Tổ liên gia an toàn", "Khu phố 1", "Công nhận"},
			{nil, "LĨNH VỰC Y TẾ"},
			{2, "Trạm y tế xanh", "Phường 7", "đăng ký"},
		},
		rowsOut: []string{
			"3 model|Quốc phòng – an ninh|recognised||0 Tổ liên gia an toàn — Khu phố 1",
			"5! model|Y tế|registered||0 Trạm y tế xanh — Phường 7",
		},
		skips: []string{"2: dòng tiêu đề nhóm; các dòng sau thuộc lĩnh vực “Quốc phòng – an ninh”", "4: dòng tiêu đề nhóm; các dòng sau thuộc lĩnh vực “Y tế” (không có trong danh sách lĩnh vực)"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ReadModels(bytes.NewReader(sheetBook(t, tt.rows, tt.merges...)), Options{Source: "mh.xlsx"})
			if err != nil {
				t.Fatal(err)
			}
			if got := modelSummary(res); strings.Join(got, "\n") != strings.Join(tt.rowsOut, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s\nskipped:\n%s", strings.Join(got, "\n"), strings.Join(tt.rowsOut, "\n"), strings.Join(modelSkips(res), "\n"))
			}
			skips := strings.Join(modelSkips(res), "\n")
			for _, s := range tt.skips {
				if !strings.Contains(skips, s) {
					t.Errorf("no skip %q in:\n%s", s, skips)
				}
			}
			if len(res.Namesakes) != tt.notes {
				t.Errorf("namesakes %q, want %d", res.Namesakes, tt.notes)
			}
		})
	}
}

// TestReadModelsKeepsWhatItCannotRead: an unknown level, year or kind is
// kept in the results and named in a problem; the note is kept too.
func TestReadModelsKeepsWhatItCannotRead(t *testing.T) {
	data := sheetBook(t, [][]any{
		{"STT", "Tên mô hình", "Loại", "Lĩnh vực", "Cấp công nhận", "Năm bắt đầu", "Kết quả", "Ghi chú"},
		{1, "Bếp ăn 0 đồng", "nhóm", "Kinh tế", "Bộ", "chưa rõ", "300 suất mỗi ngày", "do các hộ góp"},
	})
	res, err := ReadModels(bytes.NewReader(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 {
		t.Fatalf("rows %v", modelSummary(res))
	}
	r := res.Rows[0]
	want := "300 suất mỗi ngày; Ghi chú: do các hộ góp; Loại: nhóm; Cấp công nhận: Bộ; Năm bắt đầu: chưa rõ"
	if r.Entry.Results != want {
		t.Errorf("results %q, want %q", r.Entry.Results, want)
	}
	if len(r.Problems) != 3 || !strings.Contains(strings.Join(r.Problems, "\n"), "cấp công nhận “Bộ” không rõ") {
		t.Errorf("problems %q", r.Problems)
	}
	// No stage said and the level unread: registered, with no level.
	if r.Entry.Stage != movement.StageRegistered || r.Entry.Level != "" {
		t.Errorf("stage %s level %s", r.Entry.Stage, r.Entry.Level)
	}
}

// TestReadModelsAgainstDraft: a row the register already holds exactly is
// dropped and said; one of the same name and unit that moved on a stage
// is added with a note; ApplyTo adds the rest and keeps a kept repeat.
func TestReadModelsAgainstDraft(t *testing.T) {
	r := &report.Report{Year: 2017}
	r.Movement.Register = []movement.Entry{
		{Name: "Tổ hợp tác may", Unit: "Phường Bến Nghé", Kind: movement.KindModel, Field: "Kinh tế", Stage: movement.StageRegistered},
		{Name: "Chi bộ bốn tốt", Unit: "Phường 2", Kind: movement.KindModel, Field: "Xây dựng hệ thống chính trị", Stage: movement.StageRegistered},
	}
	data := sheetBook(t, [][]any{
		{"STT", "Tên mô hình", "Đơn vị", "Lĩnh vực", "Giai đoạn"},
		{1, "Tổ hợp tác  may", "phường Bến Nghé", "kinh te", "Đăng ký"},
		{2, "Chi bộ bốn tốt", "Phường 2", "Xây dựng hệ thống chính trị", "Được công nhận"},
		{3, "Mô hình mới", "Phường 3", "Kinh tế", "Đăng ký"},
	})
	res, err := ReadModels(bytes.NewReader(data), Options{Existing: r, Source: "a.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	if got := modelSummary(res); !strings.HasPrefix(got[0], "2= ") || strings.Contains(got[1], "=") {
		t.Fatalf("rows %q", got)
	}
	if !strings.Contains(res.Rows[0].DuplicateOf, "mục thứ 1 trong sổ mô hình") {
		t.Errorf("duplicate of %q", res.Rows[0].DuplicateOf)
	}
	if len(res.Namesakes) != 1 || !strings.Contains(res.Namesakes[0], "Chi bộ bốn tốt") {
		t.Errorf("namesakes %q", res.Namesakes)
	}
	nm, ne, nr, _, _ := res.Counts()
	if nm != 2 || ne != 0 || nr != 1 {
		t.Errorf("counts %d %d %d", nm, ne, nr)
	}
	if !strings.Contains(res.Summary(), "Tìm thấy 2 mô hình, 0 điển hình có thể thêm; 1 dòng lặp lại") {
		t.Errorf("summary %q", res.Summary())
	}
	if unknown := res.KeepRows(Ref{Line: 2}, Ref{Line: 9}); len(unknown) != 1 || unknown[0].Line != 9 {
		t.Errorf("unknown %v", unknown)
	}
	if n := res.ApplyTo(r); n != 3 || len(r.Movement.Register) != 5 {
		t.Errorf("added %d, register %d", n, len(r.Movement.Register))
	}
	if e := r.Movement.Register[4]; e.Name != "Mô hình mới" || e.Field != "Kinh tế" {
		t.Errorf("last entry %+v", e)
	}
}

// TestReadModelsOverride: titles the program cannot know, with the header
// row and the columns given (as --header-row and --map do).
func TestReadModelsOverride(t *testing.T) {
	data := sheetBook(t, [][]any{
		{"Biểu 02"},
		{"Cột 1", "Cột 2", "Cột 3", "Cột 4"},
		{1, "Sân chơi cho thiếu nhi", "Đoàn phường 9", "Văn hóa - xã hội"},
	})
	if _, err := ReadModels(bytes.NewReader(data), Options{}); !errors.Is(err, ErrNoModelHeader) || !strings.Contains(err.Error(), "Tên mô hình") {
		t.Fatalf("err = %v, want ErrNoModelHeader", err)
	}
	m, err := ParseModelMapping("name=B,unit=C,lĩnh vực=D")
	if err != nil {
		t.Fatal(err)
	}
	if m.String() != "name=B, unit=C, field=D" {
		t.Errorf("mapping %q", m)
	}
	res, err := ReadModels(bytes.NewReader(data), Options{Override: map[string]Override{"": {HeaderRow: 2, Columns: m}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := modelSummary(res); len(got) != 1 || got[0] != "3 model|Văn hóa – xã hội|registered||0 Sân chơi cho thiếu nhi — Đoàn phường 9" {
		t.Errorf("rows %q", got)
	}
	if _, err := ParseModelMapping("tên=B,position=C"); err == nil || !strings.Contains(err.Error(), "không biết cột “position”") {
		t.Errorf("err = %v", err)
	}
}

// TestReadModelsTemplateFields: the fields are matched to the draft's own
// list (a template may change it).
func TestReadModelsTemplateFields(t *testing.T) {
	r := &report.Report{}
	r.Movement.Fields = []string{"Kinh tế", "Văn hóa", "Xã hội", "Quốc phòng, an ninh"}
	data := sheetBook(t, [][]any{
		{"STT", "Tên mô hình", "Lĩnh vực"},
		{1, "A", "văn hoá"},
		{2, "B", "QP-AN"},
		{3, "C", "Văn hóa – xã hội"},
	})
	res, err := ReadModels(bytes.NewReader(data), Options{Existing: r})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(modelSummary(res), "\n")
	want := "2 model|Văn hóa|registered||0 A — \n3 model|Quốc phòng, an ninh|registered||0 B — \n4! model|Văn hóa – xã hội|registered||0 C — "
	if got != want {
		t.Errorf("rows:\n%s\nwant:\n%s", got, want)
	}
}

func TestMatchModelHeader(t *testing.T) {
	for in, want := range map[string]Field{
		"Tên mô hình/điển hình": FieldName, "Tên mô hình, điển hình (2)": FieldName, "Họ và tên": FieldName,
		"Loại (mô hình/điển hình, tập thể/cá nhân)": FieldModelKind, "Lĩnh vực": FieldArea, "Thuộc lĩnh vực": FieldArea,
		"Giai đoạn / Mức độ": FieldStage, "Được công nhận": FieldRecognised, "Tiêu biểu": FieldOutstanding,
		"Đề nghị khen thưởng": FieldProposed, "Cấp công nhận": FieldLevel, "Cấp công nhận (quyết định)": FieldLevel,
		"Năm bắt đầu / Năm xây dựng": FieldStartYear, "Năm xây dựng": FieldStartYear, "Kết quả": FieldResults,
		"Kết quả, hiệu quả đạt được": FieldResults, "Ghi chú": FieldNote, "Đơn vị đăng ký": FieldUnit, "STT": FieldNumber,
		"Đơn vị": FieldUnit, "Ngày tháng": 0, "DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH DÂN VẬN KHÉO TIÊU BIỂU NĂM 2016 CỦA QUẬN": 0,
	} {
		if got, _ := matchModelHeader(in); got != want {
			t.Errorf("matchModelHeader(%q) = %v, want %v", in, got, want)
		}
	}
}

// modelList writes n rows of a realistic list: a title block, field
// headings every n/4 rows, x-mark columns and a total line.
func modelList(tb testing.TB, n int) []byte {
	tb.Helper()
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	must(tb, err)
	line := 1
	put := func(v ...any) {
		c, _ := excelize.CoordinatesToCellName(1, line)
		must(tb, sw.SetRow(c, v))
		line++
	}
	put("DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO”")
	put()
	put("STT", "Tên mô hình, điển hình", "Đơn vị", "Loại", "Được công nhận", "Tiêu biểu", "Cấp công nhận", "Năm xây dựng", "Kết quả")
	for i := range n {
		if i%(max(n/4, 1)) == 0 {
			put(fmt.Sprintf("%s. LĨNH VỰC %s", []string{"I", "II", "III", "IV"}[i/max(n/4, 1)%4], strings.ToUpper(movement.DefaultFields[i/max(n/4, 1)%4])))
		}
		kind, rec, out, level := "Mô hình", "", "", ""
		if i%5 == 0 {
			kind = "Cá nhân"
		}
		if i%3 == 0 {
			rec, level = "x", "Cấp quận"
		}
		if i%9 == 0 {
			out = "x"
		}
		put(i+1, fmt.Sprintf("Mô hình dân vận khéo số %d", i+1), fmt.Sprintf("Phường %d", i%40+1), kind, rec, out, level, 2010+i%7, "Kết quả rõ rệt, được nhân dân đồng tình")
	}
	put("Tổng cộng", nil, nil, nil, n/3)
	must(tb, sw.Flush())
	return save(tb, f)
}

// BenchmarkImportModels5k: a list of 5,000 models read into entries.
func BenchmarkImportModels5k(b *testing.B) {
	data := modelList(b, 5000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := ReadModels(bytes.NewReader(data), Options{Source: "5k.xlsx"})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Rows) != 5000 {
			b.Fatalf("%d rows", len(res.Rows))
		}
	}
}

func TestModelList(t *testing.T) {
	res, err := ReadModels(bytes.NewReader(modelList(t, 40)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	nm, ne, nr, ns, np := res.Counts()
	if nm != 32 || ne != 8 || nr != 0 || ns != 5 || np != 0 {
		t.Errorf("counts %d %d %d %d %d; skipped %q", nm, ne, nr, ns, np, modelSkips(res))
	}
	if e := res.Rows[39].Entry; e.Field != "Xây dựng hệ thống chính trị" || e.StartYear != 2010+39%7 {
		t.Errorf("last %+v", e)
	}
}
