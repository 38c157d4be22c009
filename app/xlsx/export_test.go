package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"baocao/app/report"
	"baocao/app/sample"
)

// python is Debian's interpreter, which has python3-openpyxl (the
// python3 on PATH may be another one without it).
const python = "/usr/bin/python3"

// needOpenpyxl skips the test when openpyxl is missing, and fails it
// when CI is set: CI must run every check.
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

type pyCell struct {
	V      any     `json:"v"`
	T      string  `json:"t"`
	Font   string  `json:"font"`
	Bold   bool    `json:"bold"`
	Size   float64 `json:"size"`
	Border *string `json:"border"`
	Wrap   bool    `json:"wrap"`
}

type pySheet struct {
	PrintTitleRows *string            `json:"print_title_rows"`
	FreezePanes    *string            `json:"freeze_panes"`
	AutoFilter     *string            `json:"auto_filter"`
	Orientation    *string            `json:"orientation"`
	PaperSize      *int               `json:"paper_size"`
	FitToWidth     *int               `json:"fit_to_width"`
	FitToHeight    *int               `json:"fit_to_height"`
	FitToPage      *bool              `json:"fit_to_page"`
	Footer         *string            `json:"footer"`
	Merged         []string           `json:"merged"`
	Widths         map[string]float64 `json:"widths"`
	Rows           [][]pyCell         `json:"rows"`
	MaxRow         int                `json:"max_row"`
}

type pyBook struct {
	Sheets   []string           `json:"sheets"`
	Formulas []string           `json:"formulas"`
	Detail   map[string]pySheet `json:"detail"`
}

func readBack(t *testing.T, path string) pyBook {
	t.Helper()
	out, err := exec.Command(python, "testdata/readback.py", path).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("openpyxl could not read %s: %v\n%s", path, err, stderr)
	}
	var b pyBook
	if err := json.Unmarshal(out, &b); err != nil {
		t.Fatalf("readback output: %v", err)
	}
	return b
}

func str(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

// hostile are names that a spreadsheet would run as formulas if they were
// stored as formulas.
var hostile = []string{`=HYPERLINK("http://example.com","Bấm vào đây")`, "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "=1+1"}

func hostileReport() *report.Report {
	r := sample.Report()
	for i, name := range hostile {
		r.Honorees.Individuals[i].Name = name
	}
	r.Honorees.Collectives[0].Achievement = "=SUM(A1:A9)"
	return r
}

// TestExportOpenpyxl reads an exported workbook with openpyxl and checks
// what an office relies on when it prints and forwards it.
func TestExportOpenpyxl(t *testing.T) {
	needOpenpyxl(t)
	r := hostileReport()
	path := filepath.Join(t.TempDir(), "out.xlsx")
	must(t, WriteFile(path, r))
	b := readBack(t, path)

	if got := strings.Join(b.Sheets, "|"); got != "Cá nhân|Tập thể|Nội dung báo cáo|Thông tin văn bản|Biểu thống kê|Mô hình, điển hình" {
		t.Errorf("sheets = %s", got)
	}
	// The figures sheet's totals and changes are the program's formulas
	// (TestFiguresSheetOpenpyxl); no text typed by a user is one.
	var formulas []string
	for _, f := range b.Formulas {
		if !strings.HasPrefix(f, SheetFigures+"!") {
			formulas = append(formulas, f)
		}
	}
	if len(formulas) > 0 {
		t.Errorf("cells that are not plain text or numbers: %v", formulas)
	}

	for _, tc := range []struct {
		sheet, nameTitle string
		list             []report.Honoree
		header           []string
	}{
		{SheetIndividuals, "Họ và tên", r.Honorees.Individuals, []string{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng", "Ghi chú"}},
		{SheetCollectives, "Tên tập thể", r.Honorees.Collectives, []string{"STT", "Tên tập thể", "Đơn vị", "Thành tích", "Hình thức khen thưởng", "Ghi chú"}},
	} {
		s, ok := b.Detail[tc.sheet]
		if !ok {
			t.Fatalf("no sheet %s", tc.sheet)
		}
		const hr = 7 // two bodies, three title lines, a blank line
		if s.Rows[0][0].V != "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH" || s.Rows[1][0].V != "ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO" || !s.Rows[1][0].Bold {
			t.Errorf("%s: bodies = %v / %v", tc.sheet, s.Rows[0][0].V, s.Rows[1][0].V)
		}
		if title, _ := s.Rows[2][0].V.(string); !strings.HasPrefix(title, "DANH SÁCH") || !s.Rows[2][0].Bold {
			t.Errorf("%s: title = %v", tc.sheet, s.Rows[2][0].V)
		}
		if sub, _ := s.Rows[3][0].V.(string); !strings.Contains(sub, "năm 2016") {
			t.Errorf("%s: subtitle %q lacks the year", tc.sheet, sub)
		}
		for i, want := range tc.header {
			c := s.Rows[hr-1][i]
			if c.V != want || !c.Bold || c.Font != FontName || str(c.Border) != "thin" || !c.Wrap {
				t.Errorf("%s header %d = %+v, want %q bold %s bordered wrapped", tc.sheet, i, c, want, FontName)
			}
		}
		for i, h := range tc.list {
			row := s.Rows[hr+i]
			if n, _ := row[0].V.(float64); int(n) != i+1 || row[0].T != "n" {
				t.Errorf("%s row %d: STT = %v (%s)", tc.sheet, i+1, row[0].V, row[0].T)
			}
			if row[1].V != h.Name || row[1].T != "s" || row[1].Font != FontName || row[1].Bold || str(row[1].Border) != "thin" || !row[1].Wrap {
				t.Errorf("%s row %d: name cell %+v, want %q as text", tc.sheet, i+1, row[1], h.Name)
			}
		}
		total := s.Rows[hr+len(tc.list)][0]
		if v, _ := total.V.(string); !strings.HasPrefix(v, fmt.Sprintf("Tổng cộng: %d ", len(tc.list))) || !total.Bold {
			t.Errorf("%s: total line %+v", tc.sheet, total)
		}
		if s.MaxRow != hr+len(tc.list)+1 {
			t.Errorf("%s: %d rows, want %d", tc.sheet, s.MaxRow, hr+len(tc.list)+1)
		}
		last := string(rune('A' + len(tc.header) - 1))
		checks := []struct{ what, got, want string }{
			{"print titles", str(s.PrintTitleRows), "$7:$7"},
			{"frozen panes", str(s.FreezePanes), "A8"},
			{"autofilter", strings.ReplaceAll(str(s.AutoFilter), "$", ""), fmt.Sprintf("A7:%s%d", last, hr+len(tc.list))},
			{"orientation", str(s.Orientation), "landscape"},
			{"paper", fmt.Sprint(*s.PaperSize), "9"},
			{"fit to width", fmt.Sprint(*s.FitToWidth), "1"},
			{"fit to height", fmt.Sprint(*s.FitToHeight), "0"},
			{"fit to page", fmt.Sprint(s.FitToPage != nil && *s.FitToPage), "true"},
			{"footer", str(s.Footer), "Trang &P/&N"},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%s %s = %q, want %q", tc.sheet, c.what, c.got, c.want)
			}
		}
		if w := s.Widths["B"]; w < 20 {
			t.Errorf("%s: name column width %v", tc.sheet, w)
		}
	}
	for i, name := range hostile {
		if got := b.Detail[SheetIndividuals].Rows[7+i][1].V; got != name {
			t.Errorf("hostile name %d read back as %v", i, got)
		}
	}

	content := b.Detail[SheetContent]
	var parts []string
	points := 0
	for _, row := range content.Rows[3:] {
		if row[3].V != nil {
			points++
		}
		if p, _ := row[0].V.(string); len(parts) == 0 || parts[len(parts)-1] != p {
			parts = append(parts, p)
		}
	}
	want := 1 // the opening
	for _, ns := range r.Sections() {
		want += len(ns.Section.Points)
	}
	if points != want {
		t.Errorf("content sheet has %d points, want %d", points, want)
	}
	if len(parts) < 4 || parts[0] != "Mở đầu" {
		t.Errorf("content parts = %q", parts)
	}
	if str(content.PrintTitleRows) != "$3:$3" || str(content.Orientation) != "portrait" {
		t.Errorf("content print setup: %s %s", str(content.PrintTitleRows), str(content.Orientation))
	}

	doc := b.Detail[SheetDocument]
	values := map[string]any{}
	for _, row := range doc.Rows[3:] {
		if k, ok := row[0].V.(string); ok {
			if _, seen := values[k]; !seen {
				values[k] = row[1].V
			}
		}
	}
	for k, v := range map[string]any{
		"Số và ký hiệu": "Số 45-BC/ĐU", "Ngày ban hành": "08/11/2016", "Người ký": "Trần Thị Minh Hạnh",
		"Chức vụ người ký": "BÍ THƯ", "Năm báo cáo": "2016", "Số cá nhân được khen thưởng": "24",
	} {
		if values[k] != v {
			t.Errorf("document sheet %s = %v, want %v", k, values[k], v)
		}
	}
}

// TestExportNoFormulas looks into the file itself: no cell of any sheet
// holds a formula element.
func TestExportNoFormulas(t *testing.T) {
	var buf bytes.Buffer
	must(t, Write(&buf, hostileReport()))
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	must(t, err)
	sheets := 0
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") {
			continue
		}
		sheets++
		if f.Name == "xl/worksheets/sheet5.xml" {
			continue // the figures sheet: its totals are formulas (TestFiguresSheetOpenpyxl)
		}
		rc, err := f.Open()
		must(t, err)
		data, err := io.ReadAll(rc)
		rc.Close()
		must(t, err)
		if bytes.Contains(data, []byte("<f>")) || bytes.Contains(data, []byte("<f ")) {
			t.Errorf("%s holds a formula", f.Name)
		}
	}
	if sheets != 6 {
		t.Errorf("%d worksheets, want 6", sheets)
	}
}

// TestExportEmptyLists: a draft without honorees still gives printable
// sheets with their header and a zero total.
func TestExportEmptyLists(t *testing.T) {
	r := sample.Report()
	r.Honorees.Individuals, r.Honorees.Collectives = nil, nil
	r.SuperiorBody, r.IssuingBody = "", ""
	var buf bytes.Buffer
	must(t, Write(&buf, r))
	_, err := Read(&buf, Options{})
	if err != nil {
		t.Fatalf("re-reading an empty export: %v", err)
	}
}

func TestExportMergedOpenpyxl(t *testing.T) {
	needOpenpyxl(t)
	m := Merge(readFixture(t, "units-messy.xlsx", Options{}), readFixture(t, "single-sheet-groups.xlsx", Options{}))
	path := filepath.Join(t.TempDir(), "merged.xlsx")
	must(t, WriteListFile(path, m, sample.Report()))
	b := readBack(t, path)
	if got := strings.Join(b.Sheets, "|"); got != "Cá nhân|Tập thể|Kiểm tra" {
		t.Errorf("sheets = %s", got)
	}
	if len(b.Formulas) > 0 {
		t.Errorf("formulas: %v", b.Formulas)
	}
	s := b.Detail[SheetIndividuals]
	header := s.Rows[6]
	if header[len(header)-1].V != "Nguồn" {
		t.Errorf("last header = %v, want Nguồn", header[len(header)-1].V)
	}
	for i := 7; i < s.MaxRow-1; i++ {
		row := s.Rows[i]
		if n, _ := row[0].V.(float64); int(n) != i-6 {
			t.Errorf("row %d: STT %v, want renumbered %d", i+1, row[0].V, i-6)
		}
		if src, _ := row[len(row)-1].V.(string); !strings.HasSuffix(src, ".xlsx") {
			t.Errorf("row %d: source %v", i+1, row[len(row)-1].V)
		}
	}
	check := b.Detail[SheetCheck]
	var text []string
	for _, row := range check.Rows[3:] {
		text = append(text, fmt.Sprint(row[3].V))
	}
	joined := strings.Join(text, "\n")
	for _, want := range []string{"dòng lặp lại: giống hệt", "dòng tổng cộng", "không có họ và tên", "Không đọc trang này"} {
		if !strings.Contains(joined, want) {
			t.Errorf("check sheet lacks %q:\n%s", want, joined)
		}
	}
}
