package units

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

type viewSheet struct {
	Name           string   `json:"name"`
	State          string   `json:"state"`
	Protected      bool     `json:"protected"`
	Password       *string  `json:"password"`
	InsertRows     bool     `json:"insertRows"`
	DeleteColumns  bool     `json:"deleteColumns"`
	PrintTitleRows *string  `json:"printTitleRows"`
	Orientation    string   `json:"orientation"`
	PaperSize      int      `json:"paperSize"`
	FitToWidth     int      `json:"fitToWidth"`
	FitToPage      bool     `json:"fitToPage"`
	HiddenColumns  []string `json:"hiddenColumns"`
	Validations    []struct {
		Sqref, Formula, Type string
	} `json:"validations"`
	Cells map[string]struct {
		Value  any  `json:"value"`
		Locked bool `json:"locked"`
	} `json:"cells"`
}

// TestFormAsExcelShowsIt reads a form back with openpyxl: its sheets, the
// unit and year filled in, locked headers and open data cells under a
// protection without password, the drop-down lists, the print setup and
// the very hidden metadata.
func TestFormAsExcelShowsIt(t *testing.T) {
	needOpenpyxl(t)
	r := testReport(t)
	paths, err := WriteForms(r, t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	path := paths[0]
	if filepath.Base(path) != "bieu-mau-2016-phong-van-hoa.xlsx" {
		t.Errorf("file name %s", path)
	}
	cells := []string{"Hướng dẫn!A2", "Số liệu!A1", "Số liệu!A2", "Số liệu!C4", "Số liệu!C6", "Số liệu!E6", "Số liệu!B6",
		"Khen thưởng cá nhân!B4", "Khen thưởng cá nhân!A2", "_baocao!B2", "_baocao!D2", "_baocao!E4"}
	out, err := exec.Command(python, append([]string{"testdata/formview.py", path}, cells...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	var view struct {
		Active string      `json:"active"`
		Sheets []viewSheet `json:"sheets"`
	}
	if err := json.Unmarshal(out, &view); err != nil {
		t.Fatal(err)
	}
	var names []string
	sheets := map[string]viewSheet{}
	for _, s := range view.Sheets {
		names = append(names, s.Name)
		sheets[s.Name] = s
		if !s.Protected || s.Password != nil || !s.InsertRows || !s.DeleteColumns {
			t.Errorf("%s: protected %v, password %v, insert rows %v, delete columns %v", s.Name, s.Protected, s.Password, s.InsertRows, s.DeleteColumns)
		}
		if s.Name != SheetMeta && (s.PaperSize != 9 || s.FitToWidth != 1 || !s.FitToPage) {
			t.Errorf("%s: paper %d, fit to width %d, fit to page %v", s.Name, s.PaperSize, s.FitToWidth, s.FitToPage)
		}
	}
	if want := []string{SheetGuide, SheetFigures, SheetModels, SheetIndividuals, SheetCollectives, SheetMeta}; !slices.Equal(names, want) || view.Active != SheetGuide {
		t.Errorf("sheets %q active %q", names, view.Active)
	}
	if sheets[SheetMeta].State != "veryHidden" {
		t.Errorf("metadata sheet %s", sheets[SheetMeta].State)
	}
	cell := func(sheet, ref string) (any, bool) {
		c := sheets[sheet].Cells[ref]
		return c.Value, c.Locked
	}
	for _, c := range []struct {
		sheet, ref string
		value      any
		locked     bool
	}{
		{SheetGuide, "A2", "Đơn vị: Phòng Văn hóa", true},
		{SheetFigures, "A1", "BIỂU SỐ LIỆU PHONG TRÀO “DÂN VẬN KHÉO” NĂM 2016", true},
		{SheetFigures, "A2", "Đơn vị: Phòng Văn hóa", true},
		{SheetFigures, "C4", "Số lượng", true},
		{SheetFigures, "C6", nil, false},
		{SheetFigures, "E6", "models.registered", true},
		{SheetFigures, "B6", "Đăng ký", true},
		{SheetIndividuals, "A2", "Đơn vị: Phòng Văn hóa", true},
		{SheetIndividuals, "B4", "Họ và tên", true},
		{SheetMeta, "B2", "phong-van-hoa", true},
		{SheetMeta, "D2", "Văn hóa – xã hội", true},
		{SheetMeta, "E4", "Đề nghị khen thưởng", true},
	} {
		if v, l := cell(c.sheet, c.ref); v != c.value || l != c.locked {
			t.Errorf("%s!%s = %v (locked %v); want %v (locked %v)", c.sheet, c.ref, v, l, c.value, c.locked)
		}
	}
	if s := sheets[SheetFigures]; !slices.Equal(s.HiddenColumns, []string{"E"}) || s.PrintTitleRows == nil || *s.PrintTitleRows != "$1:$4" {
		t.Errorf("figures sheet: hidden %q, print titles %v", s.HiddenColumns, s.PrintTitleRows)
	}
	lists := map[string][]string{}
	for _, s := range []string{SheetModels, SheetIndividuals, SheetCollectives} {
		if sheets[s].Orientation != "landscape" {
			t.Errorf("%s: %s", s, sheets[s].Orientation)
		}
		for _, v := range sheets[s].Validations {
			if v.Type != "list" || !strings.HasPrefix(v.Formula, "'_baocao'!$") {
				t.Errorf("%s: validation %+v", s, v)
			}
			lists[s] = append(lists[s], v.Sqref+"="+v.Formula)
		}
	}
	want := map[string][]string{
		SheetModels:      {"D5:D5000='_baocao'!$F$1:$F$2", "E5:E5000='_baocao'!$D$1:$D$4", "F5:F5000='_baocao'!$E$1:$E$4", "G5:G5000='_baocao'!$H$1:$H$4"},
		SheetIndividuals: {"D5:D5000='_baocao'!$I$1:$I$2", "H5:H5000='_baocao'!$G$1:$G$4"},
		SheetCollectives: {"E5:E5000='_baocao'!$G$1:$G$4"},
	}
	for s, w := range want {
		if !slices.Equal(lists[s], w) {
			t.Errorf("%s: drop-down lists %q; want %q", s, lists[s], w)
		}
	}
	// Every cell of a list's columns below the header is open, however
	// many rows a unit adds (the columns' own style).
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	id, err := f.GetColStyle(SheetIndividuals, "B")
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil || st.Protection == nil || st.Protection.Locked {
		t.Errorf("column B's style %+v: not unlocked", st)
	}
	if m, ok := readMeta(f); !ok || m.unitID != "phong-van-hoa" || m.unit != "Phòng Văn hóa" || m.year != 2016 {
		t.Errorf("metadata %+v, %v", m, ok)
	}
}
