package xlsx

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/legacyvn"
)

// enc writes s as a legacy program stored it, the bytes read as Latin-1.
func enc(t testing.TB, s string, e legacyvn.Encoding) string {
	t.Helper()
	out, ok := legacyvn.Encode(s, e)
	if !ok {
		t.Fatalf("%q has no %v code", s, e)
	}
	return out
}

// TestReadLegacyEncodings: honoree and model lists typed in TCVN3 and VNI
// (title and header rows included) are read as Unicode, and each sheet
// says what it was converted from; a Unicode list is left alone.
func TestReadLegacyEncodings(t *testing.T) {
	for _, e := range []legacyvn.Encoding{legacyvn.TCVN3, legacyvn.VNI} {
		t.Run(e.String(), func(t *testing.T) {
			c := func(s string) string { return enc(t, s, e) }
			data := sheetBook(t, [][]any{
				{c("DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG")},
				{"STT", c("Họ và tên"), c("Chức vụ"), c("Đơn vị")},
				{1, c("Nguyễn Văn Hùng"), c("Trưởng phòng"), c("Phòng Tổ chức")},
				{2, c("Lê Thị Thu Hà"), c("Chuyên viên"), c("Văn phòng Đảng ủy")},
			})
			res, err := Read(bytes.NewReader(data), Options{Source: "a.xlsx"})
			if err != nil {
				t.Fatal(err)
			}
			rows, _ := rowsSummary(res)
			want := []string{"3 cá nhân Nguyễn Văn Hùng|Trưởng phòng|Phòng Tổ chức", "4 cá nhân Lê Thị Thu Hà|Chuyên viên|Văn phòng Đảng ủy"}
			if !slices.Equal(rows, want) {
				t.Errorf("rows %q; want %q", rows, want)
			}
			sh := res.Sheets[0]
			if sh.Legacy != e || sh.Converted != 10 || !strings.Contains(strings.Join(sh.Notes, "\n"), e.String()) {
				t.Errorf("sheet: legacy %v, %d cells, notes %q", sh.Legacy, sh.Converted, sh.Notes)
			}

			models := sheetBook(t, [][]any{
				{"STT", c("Tên mô hình"), c("Đơn vị"), c("Lĩnh vực"), c("Giai đoạn")},
				{1, c("Dân vận khéo trong cải cách hành chính"), c("Phòng Nội vụ"), c("Kinh tế"), c("Được công nhận")},
			})
			mres, err := ReadModels(bytes.NewReader(models), Options{Source: "m.xlsx"})
			if err != nil {
				t.Fatal(err)
			}
			if len(mres.Rows) != 1 || mres.Rows[0].Entry.Name != "Dân vận khéo trong cải cách hành chính" ||
				mres.Rows[0].Entry.Unit != "Phòng Nội vụ" || mres.Rows[0].Entry.Field != "Kinh tế" || mres.Rows[0].Entry.Stage != "recognised" {
				t.Errorf("models: %+v", mres.Rows)
			}
			if mres.Sheets[0].Legacy != e {
				t.Errorf("models sheet legacy %v", mres.Sheets[0].Legacy)
			}
		})
	}
	res, err := Read(bytes.NewReader(sheetBook(t, [][]any{{"Họ và tên", "Đơn vị"}, {"Lê Hà", "Hélène Dupré"}})), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sh := res.Sheets[0]; sh.Legacy != legacyvn.Unicode || sh.Converted != 0 || len(sh.Notes) != 0 || res.Rows[0].Honoree.Name != "Lê Hà" {
		t.Errorf("unicode sheet changed: %+v %+v", sh, res.Rows)
	}
}

// TestReadVnTimeH: cells set in a TCVN3 capitals font come out in
// capitals whatever case their plain letters were typed in; the same
// text in .VnTime keeps its case.
func TestReadVnTimeH(t *testing.T) {
	f := excelize.NewFile()
	c := func(s string) string { return enc(t, s, legacyvn.TCVN3) }
	rows := [][]any{
		{"STT", c("Họ và tên"), c("Đơn vị")},
		{1, c("nguyễn văn hùng"), c("phòng văn hóa")},
		{2, c("Lê Thị Thu"), c("Phòng Văn hóa")},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		must(t, f.SetSheetRow("Sheet1", cell, &r))
	}
	h, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: ".VnTimeH", Size: 12}})
	must(t, err)
	must(t, f.SetCellStyle("Sheet1", "B2", "C2", h))
	res, err := Read(bytes.NewReader(save(t, f)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := rowsSummary(res)
	want := []string{"2 cá nhân NGUYỄN VĂN HÙNG||PHÒNG VĂN HÓA", "3 cá nhân Lê Thị Thu||Phòng Văn hóa"}
	if !slices.Equal(got, want) {
		t.Errorf("rows %q; want %q", got, want)
	}
	for _, name := range []string{".VnTimeH", ".VnArialH", " .vntimeh ", ".VnCentury SchoolbookH"} {
		if !capsFontName(name) {
			t.Errorf("capsFontName(%q) = false", name)
		}
	}
	for _, name := range []string{".VnTime", "Times New Roman", "VNI-Times", "Arial"} {
		if capsFontName(name) {
			t.Errorf("capsFontName(%q) = true", name)
		}
	}
}
