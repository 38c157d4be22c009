package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// go test ./app/xlsx -run TestFixtures -update rewrites testdata/.
var update = flag.Bool("update", false, "rewrite the fixtures in testdata/")

// fixtures lists the generator of every fixture file, by name.
var fixtures = map[string]func(testing.TB) []byte{
	"units-messy.xlsx":         messyWorkbook,
	"single-sheet-groups.xlsx": groupedWorkbook,
	"no-header.xlsx":           noHeaderWorkbook,
	"encrypted.xlsx":           encryptedWorkbook,
	"old-format.xls":           func(testing.TB) []byte { return oleFile("Workbook") },
	"empty.xlsx":               func(testing.TB) []byte { return nil },
	"text-renamed.xlsx": func(testing.TB) []byte {
		return []byte("Họ và tên;Đơn vị\nNguyễn Văn An;Phòng Văn hóa\n")
	},
	"html-as-xls.xls": func(testing.TB) []byte {
		return []byte("<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>")
	},
	"zip-bomb.xlsx": zipBomb,
}

// TestFixtures checks that every fixture is in testdata/; with -update
// (go test ./app/xlsx -run TestFixtures -args -update) it rebuilds them
// from the generators below, which show in Go what each file holds.
func TestFixtures(t *testing.T) {
	for name, gen := range fixtures {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, gen(t), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := os.Stat(path); err != nil {
			t.Errorf("fixture %s missing; run go test ./app/xlsx -run TestFixtures -args -update", path)
		}
	}
}

// TestFixturesCurrent: the committed workbooks read the same as freshly
// generated ones, so the generators stay the description of the files.
func TestFixturesCurrent(t *testing.T) {
	for _, name := range []string{"units-messy.xlsx", "single-sheet-groups.xlsx"} {
		fresh, err := Read(bytes.NewReader(fixtures[name](t)), Options{Source: name})
		must(t, err)
		committed := readFixture(t, name, Options{})
		if len(fresh.Rows) != len(committed.Rows) || len(fresh.Skipped) != len(committed.Skipped) {
			t.Errorf("%s: generator and testdata differ; run the -update step", name)
			continue
		}
		for i := range fresh.Rows {
			if fresh.Rows[i] != committed.Rows[i] {
				t.Errorf("%s row %d: generated %+v, committed %+v", name, i, fresh.Rows[i], committed.Rows[i])
			}
		}
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func save(t testing.TB, f *excelize.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	must(t, f.Write(&buf))
	must(t, f.Close())
	return buf.Bytes()
}

// messyWorkbook is a list as units really send it: a title block with
// merged cells over a header on row 6, columns in their own order with
// their own names and some we do not use, a row numbering the columns,
// a unit merged down several rows, blank rows, a group heading, stray
// spaces, decomposed diacritics, numbers and dates, a formula-looking
// name, a row without a name, a duplicate, a total line and a signature
// block; collectives on a second sheet; a sheet of instructions.
func messyWorkbook(t testing.TB) []byte {
	f := excelize.NewFile()
	s := "DS cá nhân"
	must(t, f.SetSheetName("Sheet1", s))
	set := func(sheet, cell string, v any) { must(t, f.SetCellValue(sheet, cell, v)) }
	merge := func(sheet, a, b string) { must(t, f.MergeCell(sheet, a, b)) }
	set(s, "A1", "UBND QUẬN 1")
	merge(s, "A1", "C1")
	set(s, "A2", "PHÒNG VĂN HÓA VÀ THÔNG TIN")
	merge(s, "A2", "C2")
	set(s, "F1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
	merge(s, "F1", "I1")
	set(s, "F2", "Độc lập - Tự do - Hạnh phúc")
	merge(s, "F2", "I2")
	set(s, "A4", "DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO “DÂN VẬN KHÉO” NĂM 2016")
	merge(s, "A4", "I4")
	header := []any{"Số TT", "Họ tên", "Năm sinh", "Chức danh", "Đơn vị công tác", "Thành tích đạt được", "Ngày vào Đảng", "Hình thức  khen thưởng", "Ghi chú"}
	must(t, f.SetSheetRow(s, "A6", &header))
	numbers := []any{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"}
	must(t, f.SetSheetRow(s, "A7", &numbers))
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	must(t, err)
	joined := time.Date(2005, 3, 26, 0, 0, 0, 0, time.UTC)
	rows := [][]any{
		{1, "  Nguyễn   Văn  An ", 1975, "Trưởng phòng", "Phòng Văn hóa và Thông tin", "Vận động nhân dân xây dựng nếp sống văn minh", joined, "Giấy khen", nil}, // row 8
		{2, norm.NFD.String("Trần Thị Bích"), 1980, "Chuyên viên", nil, "Tuyên truyền pháp luật tại khu phố", joined, "Giấy khen", 2016},                         // row 9, unit merged from row 8? no: own merge below
		{3, "Lê Hoàng Nam", 1990, "Chuyên viên", nil, "Hỗ trợ người dân làm thủ tục", nil, "Giấy khen", joined},                                                  // row 10: a date as note,
		nil,                // row 11 blank
		{"I. Khối phường"}, // row 12 group heading merged A:I
		{4, "=HYPERLINK(\"http://x\",\"bấm\")", 1985, "Cán bộ", "UBND Phường Bến Nghé", "Làm tốt công tác dân vận", nil, "Giấy khen", nil},                 // row 13
		{5, "+cmd", nil, "Cán bộ", "UBND Phường Bến Nghé", "Hòa giải cơ sở", nil, "Giấy khen", nil},                                                        // row 14
		{6, "@SUM(1)", nil, "Cán bộ", "UBND Phường Bến Thành", "Vận động hiến đất làm đường", nil, "Giấy khen", nil},                                       // row 15
		{7, nil, nil, "Cán bộ", "UBND Phường Bến Thành", "Không ghi tên", nil, "Giấy khen", nil},                                                           // row 16: no name
		{8, "nguyễn  văn an", "1975", "trưởng phòng", "phòng văn hóa và thông tin", "Vận động nhân dân xây dựng nếp sống văn minh", nil, "giấy khen", nil}, // row 17: row 8 again
		nil,                      // row 18 blank
		{"Tổng cộng: 8 cá nhân"}, // row 19 total (merged A:I)
		nil,                      // row 20
		{nil, "Người lập biểu", nil, nil, nil, nil, "Thủ trưởng đơn vị"},       // row 21
		{nil, "(Ký, ghi rõ họ tên)", nil, nil, nil, nil, "(Ký tên, đóng dấu)"}, // row 22
		nil, nil, // rows 23, 24
		{nil, "Phạm Thị Lập", nil, nil, nil, nil, "Võ Văn Trưởng"}, // row 25
	}
	for i, r := range rows {
		if r == nil {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(1, 8+i)
		must(t, f.SetSheetRow(s, cell, &r))
	}
	// The unit of rows 8–10 is written once and merged down, as offices do.
	merge(s, "E8", "E10")
	must(t, f.SetCellStyle(s, "G8", "G9", dateStyle))
	must(t, f.SetCellStyle(s, "I10", "I10", dateStyle))
	merge(s, "A12", "I12")
	merge(s, "A19", "I19")

	c := "Tập thể"
	_, err = f.NewSheet(c)
	must(t, err)
	set(c, "A1", "DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG")
	merge(c, "A1", "E1")
	ch := []any{"TT", "Tên tập thể", "Thành tích", "Khen thưởng", "Ghi chú"}
	must(t, f.SetSheetRow(c, "A3", &ch))
	for i, r := range [][]any{
		{1, "Tổ dân phố 5, Phường Bến Nghé", "Vận động 100% hộ gia đình đăng ký gia đình văn hóa", "Giấy khen"},
		{2, "Chi hội Phụ nữ khu phố 2", "Mô hình “Tiết kiệm vì người nghèo”", "Giấy khen"},
		{3, "Đoàn Thanh niên Phường Bến Thành", "Ra quân làm sạch kênh rạch", "Giấy khen", "Tập thể trẻ"},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, 4+i)
		must(t, f.SetSheetRow(c, cell, &r))
	}
	set(c, "A8", "Cộng: 3 tập thể")

	g := "Hướng dẫn"
	_, err = f.NewSheet(g)
	must(t, err)
	set(g, "A1", "Điền danh sách vào hai trang đầu, không đổi tên cột.")
	return save(t, f)
}

// groupedWorkbook holds collectives and individuals in one table, under
// the group headings "A. TẬP THỂ" and "B. CÁ NHÂN".
func groupedWorkbook(t testing.TB) []byte {
	f := excelize.NewFile()
	s := "Sheet1"
	must(t, f.SetCellValue(s, "A1", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH DÂN VẬN KHÉO NĂM 2016"))
	must(t, f.MergeCell(s, "A1", "F1"))
	header := []any{"STT", "Tên tập thể, cá nhân", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức"}
	must(t, f.SetSheetRow(s, "A3", &header))
	rows := [][]any{
		{"A", "TẬP THỂ"},
		{1, "Chi bộ Thư viện", nil, "Thư viện Khoa học Tổng hợp", "Thư viện thân thiện", "Giấy khen"},
		{2, "Chi bộ Nhà hát", nil, "Nhà hát Nghệ thuật Phương Nam", "Biểu diễn phục vụ vùng sâu", "Giấy khen"},
		{"B", "CÁ NHÂN"},
		{1, "Nguyễn Thị Thu Hà", "Phó Giám đốc", "Thư viện Khoa học Tổng hợp", "Chủ trì mô hình", "Giấy khen"},
		{2, "Lê Văn Phúc", "Trưởng phòng", "Phòng Quản lý Văn hóa", "Hướng dẫn tận tình", "Giấy khen"},
		{3, "Phạm Minh Tuấn", "Chuyên viên", "Văn phòng Sở", "Trả hồ sơ đúng hạn", "Bằng khen"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, 4+i)
		must(t, f.SetSheetRow(s, cell, &r))
	}
	return save(t, f)
}

// noHeaderWorkbook is a workbook, but not an honoree list.
func noHeaderWorkbook(t testing.TB) []byte {
	f := excelize.NewFile()
	row := []any{"Mặt hàng", "Số lượng", "Đơn giá"}
	must(t, f.SetSheetRow("Sheet1", "A1", &row))
	row = []any{"Giấy A4", 10, 55000}
	must(t, f.SetSheetRow("Sheet1", "A2", &row))
	return save(t, f)
}

// encryptedWorkbook is an honoree list saved with a password, which
// Office wraps in an OLE2 compound file.
func encryptedWorkbook(t testing.TB) []byte {
	f := excelize.NewFile()
	row := []any{"STT", "Họ và tên", "Đơn vị"}
	must(t, f.SetSheetRow("Sheet1", "A1", &row))
	dir := t.TempDir()
	path := filepath.Join(dir, "p.xlsx")
	must(t, f.SaveAs(path, excelize.Options{Password: "matkhau"}))
	data, err := os.ReadFile(path)
	must(t, err)
	return data
}

// oleFile builds a minimal OLE2 compound file holding one empty stream
// of the given name ("Workbook" is what an Excel 97–2003 .xls holds).
func oleFile(stream string) []byte {
	const sector = 512
	le := binary.LittleEndian
	const free, end, fatSect, noStream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
	out := make([]byte, sector*3)
	h := out[:sector]
	copy(h, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	le.PutUint16(h[24:], 0x3E) // minor version
	le.PutUint16(h[26:], 3)    // major version: 512-byte sectors
	le.PutUint16(h[28:], 0xFFFE)
	le.PutUint16(h[30:], 9) // sector shift
	le.PutUint16(h[32:], 6) // mini sector shift
	le.PutUint32(h[44:], 1) // FAT sectors
	le.PutUint32(h[48:], 1) // first directory sector
	le.PutUint32(h[56:], 4096)
	le.PutUint32(h[60:], end) // no mini FAT
	le.PutUint32(h[68:], end) // no DIFAT sectors
	for i := 76; i < sector; i += 4 {
		le.PutUint32(h[i:], free)
	}
	le.PutUint32(h[76:], 0) // FAT in sector 0
	fat := out[sector : 2*sector]
	for i := 0; i < sector; i += 4 {
		le.PutUint32(fat[i:], free)
	}
	le.PutUint32(fat[0:], fatSect)
	le.PutUint32(fat[4:], end)
	dir := out[2*sector:]
	entry := func(i int, name string, typ byte, child uint32) {
		e := dir[i*128 : (i+1)*128]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			le.PutUint16(e[j*2:], c)
		}
		le.PutUint16(e[64:], uint16(len(u)*2+2))
		e[66], e[67] = typ, 1
		le.PutUint32(e[68:], noStream)
		le.PutUint32(e[72:], noStream)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], end)
	}
	entry(0, "Root Entry", 5, 1)
	entry(1, stream, 2, noStream)
	for i := 2; i < 4; i++ {
		e := dir[i*128 : (i+1)*128]
		le.PutUint32(e[68:], noStream)
		le.PutUint32(e[72:], noStream)
		le.PutUint32(e[76:], noStream)
	}
	return out
}

// zipBomb is a small file whose worksheet unzips to more than
// MaxUnzipped bytes.
func zipBomb(t testing.TB) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := map[string]string{
		"[Content_Types].xml":        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
		"_rels/.rels":                `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"} {
		w, err := zw.Create(name)
		must(t, err)
		_, err = w.Write([]byte(parts[name]))
		must(t, err)
	}
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	must(t, err)
	_, err = w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`))
	must(t, err)
	pad := bytes.Repeat([]byte(" "), 1<<20)
	for i := 0; i < MaxUnzipped>>20+8; i++ {
		_, err = w.Write(pad)
		must(t, err)
	}
	_, err = w.Write([]byte(`</sheetData></worksheet>`))
	must(t, err)
	must(t, zw.Close())
	return buf.Bytes()
}
