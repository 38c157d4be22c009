package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"
)

// cellValue returns the value of a cell ("B9") in the rows openpyxl read.
func cellValue(t *testing.T, rows [][]pyCell, ref string) any {
	t.Helper()
	m := regexp.MustCompile(`^([A-Z])([0-9]+)$`).FindStringSubmatch(ref)
	if m == nil {
		t.Fatalf("cell %q", ref)
	}
	r, _ := strconv.Atoi(m[2])
	c := int(m[1][0] - 'A')
	if r-1 >= len(rows) || c >= len(rows[r-1]) {
		return nil
	}
	return rows[r-1][c].V
}

// evalFormula computes the formulas the figures sheet writes — SUM of a
// list or a range, a difference — from the stored numbers, as Excel would.
func evalFormula(t *testing.T, rows [][]pyCell, f string) float64 {
	t.Helper()
	num := func(ref string) float64 {
		switch v := cellValue(t, rows, ref).(type) {
		case float64:
			return v
		case string:
			if strings.HasPrefix(v, "=") {
				return evalFormula(t, rows, v)
			}
		}
		t.Fatalf("cell %s is %v, not a number", ref, cellValue(t, rows, ref))
		return 0
	}
	f = strings.TrimPrefix(f, "=")
	if inner, ok := strings.CutPrefix(f, "SUM("); ok {
		inner = strings.TrimSuffix(inner, ")")
		sum := 0.0
		if a, b, ok := strings.Cut(inner, ":"); ok {
			ra, _ := strconv.Atoi(a[1:])
			rb, _ := strconv.Atoi(b[1:])
			for r := ra; r <= rb; r++ {
				sum += num(fmt.Sprintf("%c%d", a[0], r))
			}
			return sum
		}
		for _, ref := range strings.Split(inner, ",") {
			sum += num(ref)
		}
		return sum
	}
	if a, b, ok := strings.Cut(f, "-"); ok {
		return num(a) - num(b)
	}
	t.Fatalf("formula %q not expected", f)
	return 0
}

// TestFiguresSheetOpenpyxl reads the figures and register sheets with
// openpyxl: every row's count in its cell, totals as =SUM of the rows they
// add (computing to the table's total), the change =this−last and the
// percentage guarded against 0, and the print setup of the honoree sheets.
func TestFiguresSheetOpenpyxl(t *testing.T) {
	needOpenpyxl(t)
	r := sample.Report()
	fig := r.Figures()
	if !fig.HasBaseline() {
		t.Fatal("the sample has no baseline")
	}
	path := filepath.Join(t.TempDir(), "out.xlsx")
	must(t, WriteFile(path, r))
	b := readBack(t, path)
	sh, ok := b.Detail[SheetFigures]
	if !ok {
		t.Fatalf("no sheet %s in %v", SheetFigures, b.Sheets)
	}
	rows := sh.Rows
	header := -1
	for i, row := range rows {
		if len(row) > 0 && row[0].V == "Chỉ tiêu" {
			header = i + 1
			break
		}
	}
	if header < 0 {
		t.Fatal("no header row")
	}
	wantHead := []any{"Chỉ tiêu", "Năm 2016", "Năm 2015", "Tăng (+), giảm (−)", "Tỷ lệ tăng, giảm", "Nguồn số liệu"}
	for i, w := range wantHead {
		if got := rows[header-1][i].V; got != w {
			t.Errorf("header %d = %v, want %v", i, got, w)
		}
	}
	if str(sh.PrintTitleRows) != fmt.Sprintf("$%d:$%d", header, header) || str(sh.FreezePanes) != fmt.Sprintf("A%d", header+1) {
		t.Errorf("print titles %s, frozen at %s; header row %d", str(sh.PrintTitleRows), str(sh.FreezePanes), header)
	}
	if sh.PaperSize == nil || *sh.PaperSize != 9 || sh.FitToWidth == nil || *sh.FitToWidth != 1 || sh.FitToPage == nil || !*sh.FitToPage {
		t.Errorf("not A4 fitted to the width: %+v", sh)
	}
	if !strings.Contains(fmt.Sprint(rows[0][0].V)+fmt.Sprint(rows[1][0].V), strings.ToUpper(r.IssuingBody)) {
		t.Errorf("title block lacks the body: %v / %v", rows[0][0].V, rows[1][0].V)
	}
	// Each row of the table, found by its label under its group.
	line := header
	totals := 0
	for _, g := range fig.Groups {
		line++
		if rows[line-1][0].V != g.Title || !rows[line-1][0].Bold {
			t.Errorf("row %d = %v, want the group title %q in bold", line, rows[line-1][0].V, g.Title)
		}
		for _, x := range g.Rows {
			line++
			cells := rows[line-1]
			if cells[0].V != x.Label || cells[0].Font != FontName || cells[0].Border == nil {
				t.Errorf("row %d label %v (%s, border %v), want %q", line, cells[0].V, cells[0].Font, cells[0].Border, x.Label)
			}
			this := cells[1].V
			if x.IsTotal() {
				totals++
				f, _ := this.(string)
				if !strings.HasPrefix(f, "=SUM(") {
					t.Errorf("row %d (%s): this year %v, want =SUM(…)", line, x.Key, this)
				} else if got := evalFormula(t, rows, f); got != float64(x.This) {
					t.Errorf("row %d (%s): %s = %v, want %d", line, x.Key, f, got, x.This)
				}
			} else if this != float64(x.This) {
				t.Errorf("row %d (%s): this year %v, want %d (a number)", line, x.Key, this, x.This)
			}
			if !x.HasLast {
				if cells[2].V != movement.Unknown {
					t.Errorf("row %d (%s): last year %v, want %s", line, x.Key, cells[2].V, movement.Unknown)
				}
				continue
			}
			if want := fmt.Sprintf("=B%d-C%d", line, line); cells[3].V != want {
				t.Errorf("row %d (%s): change %v, want %s", line, x.Key, cells[3].V, want)
			} else if got := evalFormula(t, rows, want); got != float64(x.Change.Diff) {
				t.Errorf("row %d (%s): change %s = %v, want %d", line, x.Key, want, got, x.Change.Diff)
			}
			if want := fmt.Sprintf(`=IF(C%d=0,"",(B%d-C%d)/C%d)`, line, line, line, line); cells[4].V != want {
				t.Errorf("row %d: percentage %v, want %s", line, cells[4].V, want)
			}
			if cells[5].V != x.Source.Label() {
				t.Errorf("row %d: source %v, want %s", line, cells[5].V, x.Source.Label())
			}
		}
	}
	if totals < 6 {
		t.Errorf("%d totals checked", totals)
	}

	reg, ok := b.Detail[SheetRegister]
	if !ok {
		t.Fatal("no register sheet")
	}
	if str(reg.Orientation) != "landscape" || reg.PrintTitleRows == nil || reg.FreezePanes == nil || reg.AutoFilter == nil {
		t.Errorf("register print setup: %s %s %s %s", str(reg.Orientation), str(reg.PrintTitleRows), str(reg.FreezePanes), str(reg.AutoFilter))
	}
	n := len(r.Movement.Register)
	last := reg.Rows[reg.MaxRow-1][0].V
	if want := fmt.Sprintf("Tổng cộng: %d mô hình, %d điển hình", fig.Value(movement.KindStageKey(movement.KindModel, movement.StageRegistered)),
		fig.Value(movement.KindStageKey(movement.KindExemplar, movement.StageRegistered))); last != want {
		t.Errorf("total line %v, want %s", last, want)
	}
	first := reg.Rows[reg.MaxRow-1-n]
	if e := r.Movement.Register[0]; first[1].V != e.Name || first[3].V != e.Kind.Label() || first[5].V != e.Stage.Label() {
		t.Errorf("first entry %v, want %+v", first, e)
	}
}

// TestRegisterSheetImportsAgain: the register sheet, read by the models
// import, gives the register back.
func TestRegisterSheetImportsAgain(t *testing.T) {
	r := sample.Report()
	var buf bytes.Buffer
	must(t, Write(&buf, r))
	res, err := ReadModels(&buf, Options{Source: "out.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	reg := r.Movement.Register
	if len(res.Rows) != len(reg) {
		t.Fatalf("%d rows read, want %d; skipped %v", len(res.Rows), len(reg), res.Skipped)
	}
	for i, row := range res.Rows {
		got, want := row.Entry, reg[i]
		want.Honorees, want.FromLastYear = nil, false
		if got.Name != want.Name || got.Unit != want.Unit || got.Kind != want.Kind || got.Field != want.Field || got.Stage != want.Stage ||
			got.Level != want.Level || got.StartYear != want.StartYear || got.Results != want.Results || len(row.Problems) > 0 {
			t.Errorf("entry %d:\n got %+v %q\nwant %+v", i, got, row.Problems, want)
		}
	}
	for _, s := range res.Sheets {
		if s.Name != SheetRegister && s.Problem == "" {
			t.Errorf("sheet %s read as models", s.Name)
		}
	}
}

// TestMovementSheetsOnlyWithFigures: no figures, no movement sheets; typed
// counts without a register, the figures sheet alone; no baseline, no
// last-year columns.
func TestMovementSheetsOnlyWithFigures(t *testing.T) {
	sheetsOf := func(r *report.Report) string {
		var buf bytes.Buffer
		must(t, Write(&buf, r))
		res, err := Read(&buf, Options{})
		must(t, err)
		var names []string
		for _, s := range res.Sheets {
			names = append(names, s.Name)
		}
		return strings.Join(names, "|")
	}
	plain := sample.Report()
	plain.Movement = movement.Data{}
	if got := sheetsOf(plain); strings.Contains(got, SheetFigures) || strings.Contains(got, SheetRegister) {
		t.Errorf("no figures: sheets %s", got)
	}
	typed := sample.Report()
	typed.Movement.Register = nil
	typed.Movement.Typed = map[string]int{"models.registered": 40}
	if got := sheetsOf(typed); !strings.Contains(got, SheetFigures) || strings.Contains(got, SheetRegister) {
		t.Errorf("typed counts: sheets %s", got)
	}
	noBase := sample.Report()
	noBase.Movement.Baseline = nil
	fig := noBase.Figures()
	titles, _ := figureColumns(&fig)
	if strings.Join(titles, "|") != "Chỉ tiêu|Năm 2016|Nguồn số liệu" {
		t.Errorf("columns without a baseline: %q", titles)
	}
	var buf bytes.Buffer
	must(t, Write(&buf, noBase))
}

func TestSumOf(t *testing.T) {
	rowOf := map[string]int{"a": 7, "b": 8, "c": 9, "d": 14}
	for _, tt := range []struct {
		keys []string
		want string
	}{
		{[]string{"a", "b", "c"}, "SUM(B7:B9)"},
		{[]string{"a", "d"}, "SUM(B7,B14)"},
		{[]string{"a", "b"}, "SUM(B7,B8)"},
		{[]string{"zz"}, "0"},
	} {
		if got := sumOf(2, tt.keys, rowOf); got != tt.want {
			t.Errorf("sumOf(%v) = %s, want %s", tt.keys, got, tt.want)
		}
	}
}

// BenchmarkExportRegister5k: the workbook of a draft with 5,000 register
// entries (and the sample's honorees).
func BenchmarkExportRegister5k(b *testing.B) {
	r := sample.WithRegister(5000)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}
