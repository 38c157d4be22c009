package pdf

import (
	"strings"
	"testing"

	"baocao/app/report"
	"baocao/app/sample"
)

// TestBirthColumns: the birth year and gender columns appear only when a
// row fills them, in the form official lists print.
func TestBirthColumns(t *testing.T) {
	m, f := report.GenderMale, report.GenderFemale
	base := report.Honoree{Name: "Nguyễn Văn An", Unit: "Phòng A", Award: "Giấy khen"}
	with := func(y int, g report.Gender) report.Honoree { h := base; h.BirthYear, h.Gender = y, g; return h }
	tests := []struct {
		name       string
		list       []report.Honoree
		collective bool
		heads      string
		cells      []string // the birth cells of each row, joined with "|"
	}{
		{"none filled", []report.Honoree{base}, false, "STT|Họ và tên|Đơn vị|Hình thức khen thưởng", nil},
		{"Nam | Nữ under Năm sinh", []report.Honoree{with(1975, m), with(1988, f), with(0, f), base}, false,
			"STT|Họ và tên|Nam|Nữ|Đơn vị|Hình thức khen thưởng", []string{"1975|", "|1988", "|x", "|"}},
		{"only women: the Nam column stays", []report.Honoree{with(1988, f)}, false,
			"STT|Họ và tên|Nam|Nữ|Đơn vị|Hình thức khen thưởng", []string{"|1988"}},
		{"a year without gender", []report.Honoree{with(1975, ""), with(1988, f)}, false,
			"STT|Họ và tên|Năm sinh|Giới tính|Đơn vị|Hình thức khen thưởng", []string{"1975|", "1988|Nữ"}},
		{"collectives never", []report.Honoree{with(1975, m)}, true, "STT|Tên tập thể|Đơn vị|Hình thức khen thưởng", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cols := honoreeColumns(tt.list, tt.collective)
			var heads []string
			var birth []int
			for i, c := range cols {
				heads = append(heads, c.Head)
				if c.Field == "birthYear" || c.Field == "gender" {
					birth = append(birth, i)
				}
			}
			if got := strings.Join(heads, "|"); got != tt.heads {
				t.Fatalf("columns %s, want %s", got, tt.heads)
			}
			for r, want := range tt.cells {
				var got []string
				for _, i := range birth {
					got = append(got, cols[i].get(&tt.list[r], r))
				}
				if strings.Join(got, "|") != want {
					t.Errorf("row %d: %q, want %q", r+1, strings.Join(got, "|"), want)
				}
			}
		})
	}
}

// TestBirthColumnsPrinted: the sample with birth years prints "Năm sinh"
// over "Nam" and "Nữ", each year under its gender's column, the narrow
// columns wide enough for a year, and the other columns' words whole.
func TestBirthColumnsPrinted(t *testing.T) {
	r := sample.Report()
	for i := range r.Honorees.Individuals {
		h := &r.Honorees.Individuals[i]
		h.BirthYear = 1960 + i
		h.Gender = []report.Gender{report.GenderMale, report.GenderFemale}[i%2]
	}
	path, _ := renderFile(t, r)
	words := pdfWords(t, path)
	head, ok := phrase(words, "Năm sinh")
	if !ok {
		t.Fatal("no “Năm sinh” in the PDF")
	}
	// The titles right under "Năm sinh" (Nam is also a given name).
	under := func(s string) []word {
		var out []word
		for _, w := range find(words, s) {
			if w.Page == head.Page && w.YMin > head.YMax && w.YMin < head.YMax+12 {
				out = append(out, w)
			}
		}
		return out
	}
	nam, nu := under("Nam"), under("Nữ")
	if len(nam) != 1 || len(nu) != 1 {
		t.Fatalf("titles under Năm sinh: Nam %+v, Nữ %+v", nam, nu)
	}
	// Under the group title, side by side, on the header's second tier.
	if nam[0].XMax > nu[0].XMin ||
		nam[0].XMin < head.XMin-15 || nu[0].XMax > head.XMax+15 {
		t.Errorf("Năm sinh %+v over Nam %+v | Nữ %+v", head, nam[0], nu[0])
	}
	for i, h := range r.Honorees.Individuals {
		y := find(words, h.BirthYearText())
		if len(y) == 0 {
			t.Errorf("year %d of row %d not printed", h.BirthYear, i+1)
			continue
		}
		col := nam[0]
		if h.Gender == report.GenderFemale {
			col = nu[0]
		}
		// Centred under its gender's title (with the header repeated on
		// every page, the first title's x stands for all).
		if mid, cm := (y[0].XMin+y[0].XMax)/2, (col.XMin+col.XMax)/2; mid < cm-3 || mid > cm+3 {
			t.Errorf("year %d at x %.1f, its column %s at %.1f", h.BirthYear, mid, col.Text, cm)
		}
	}
	// Every page of the table repeats both tiers.
	pages := map[int]bool{}
	for _, w := range find(words, "sinh") {
		pages[w.Page] = true
	}
	if len(pages) < 2 {
		t.Errorf("Nam | Nữ titles on %d pages, want the header repeated", len(pages))
	}
}

// TestBirthColumnWidths: the narrow Nam | Nữ columns keep a year whole
// and the width adds up.
func TestBirthColumnWidths(t *testing.T) {
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(sample.Report(), fonts)
	list := sample.Report().Honorees.Individuals
	for i := range list {
		list[i].BirthYear, list[i].Gender = 1975, report.GenderFemale
	}
	cols := honoreeColumns(list, false)
	cells := make([][]string, len(list))
	for i := range list {
		for _, c := range cols {
			cells[i] = append(cells[i], c.get(&list[i], i))
		}
	}
	w := d.columnWidths(plain(cols), cells, d.l.TextWidth())
	sum := 0.0
	for i, c := range cols {
		sum += w[i]
		if c.Group != "" {
			if need := fonts.width("1975", d.l.TableBody.Style, d.l.TableBody.Size) + 2*d.l.CellPadding; w[i] < need {
				t.Errorf("column %s %.1f mm, a year needs %.1f", c.Head, w[i], need)
			}
		}
	}
	if sum < d.l.TextWidth()-1e-6 || sum > d.l.TextWidth()+1e-6 {
		t.Errorf("widths add up to %.2f, want %.2f", sum, d.l.TextWidth())
	}
}
