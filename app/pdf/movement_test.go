package pdf

import (
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"
)

// stateReport is the sample written as a state document.
func stateReport() *report.Report {
	r := sample.Report()
	r.Profile = report.ProfileState
	r.SuperiorBody = "UBND THÀNH PHỐ HỒ CHÍ MINH"
	r.IssuingBody = "Sở Văn hóa và Thể thao"
	r.Number, r.Symbol = "12", "BC-SVHTT"
	r.Signature = report.Signature{Authority: "KT. GIÁM ĐỐC", Position: "PHÓ GIÁM ĐỐC", Signer: "Nguyễn Văn Bình"}
	return r
}

// lineWords returns the words of page p whose middle is within 1 mm of
// y's, right of x, in order from left to right.
func lineWords(words []word, p int, y, x float64) []word {
	var out []word
	for _, w := range words {
		if w.Page == p && math.Abs((w.YMin+w.YMax)/2-y) < 1 && w.XMin > x {
			out = append(out, w)
		}
	}
	return out
}

// TestFiguresTableInPDF reads the figures table back with pdftotext
// -bbox, in both forms: each row's label in order, then on its line this
// year's count under "Năm 2016", last year's under "Năm 2015", the change
// under "Tăng (+), giảm (−)" and the source under "Nguồn số liệu"; the
// notes under the table.
func TestFiguresTableInPDF(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *report.Report
	}{{"party", sample.Report()}, {"state", stateReport()}} {
		t.Run(tc.name, func(t *testing.T) {
			path, _ := renderFile(t, tc.r)
			words := pdfWords(t, path)
			head, ok := phrase(words, "BIỂU THỐNG KÊ KẾT QUẢ PHONG TRÀO")
			if !ok {
				t.Fatal("no figures appendix")
			}
			// The columns' middles, from the header row (two lines at
			// most, from "Chỉ tiêu" down).
			label, ok := phrase(words, "Chỉ tiêu")
			if !ok || label.Page != head.Page {
				t.Fatal("no header row under the appendix's title")
			}
			var page []word
			for _, w := range words {
				if w.Page == head.Page && w.YMin > label.YMin-1 && w.YMin < label.YMin+12 {
					page = append(page, w)
				}
			}
			mid := func(p string) float64 {
				t.Helper()
				w, ok := phrase(page, p)
				if !ok {
					t.Fatalf("header %q not on page %d", p, head.Page)
				}
				return (w.XMin + w.XMax) / 2
			}
			cols := []float64{mid("2016"), mid("2015"), mid("Tăng (+), giảm"), mid("Nguồn số")}

			f := tc.r.Figures()
			at := 0 // the words already read
			for _, g := range f.Groups {
				for _, row := range g.Rows {
					cells := f.Cells(row)
					label := strings.TrimSpace(cells[0])
					w, ok := phrase(words[at:], label)
					if !ok {
						t.Fatalf("row %q (%s) not found after word %d", label, row.Key, at)
					}
					for at < len(words) && !(words[at].Page == w.Page && words[at].YMin >= w.YMin-0.01 && words[at].Text == strings.Fields(label)[0]) {
						at++
					}
					at++
					line := lineWords(words, w.Page, (w.YMin+w.YMax)/2, w.XMax)
					// Group the line's words by the column they stand under.
					got := make([]string, len(cols))
					for _, x := range line {
						c := (x.XMin + x.XMax) / 2
						best := 0
						for i := range cols {
							if math.Abs(c-cols[i]) < math.Abs(c-cols[best]) {
								best = i
							}
						}
						got[best] = strings.TrimSpace(got[best] + " " + x.Text)
					}
					for i, want := range cells[1:] {
						if got[i] != want {
							t.Errorf("row %q (%s), column %q: %q, want %q", label, row.Key, f.Columns()[i+1], got[i], want)
						}
					}
				}
			}
			text := flat(pdfText(t, path))
			for _, n := range f.Notes {
				if !strings.Contains(text, "Ghi chú: "+n) {
					t.Errorf("note %q not under the table", n)
				}
			}
			for _, s := range []string{"PHỤ LỤC I", "PHỤ LỤC II", "I. SỐ LIỆU MÔ HÌNH, ĐIỂN HÌNH", "II. BIỂU ĐỒ THEO LĨNH VỰC",
				"Số mô hình, điển hình đăng ký theo lĩnh vực năm 2016 so với năm 2015"} {
				if !strings.Contains(text, s) {
					t.Errorf("%q not in the PDF", s)
				}
			}
		})
	}
}

// TestTotalsInPDF checks the totals as the reader sees them: the
// "Tổng số" rows add up the models' and the exemplars', and each
// "Cộng" adds up its group, in the PDF's own numbers.
func TestTotalsInPDF(t *testing.T) {
	path, _ := renderFile(t, sample.Report())
	lines := strings.Split(pdfText(t, path)[3], "\n") // page 4: the figures table
	var nums [][]string
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) >= 4 && (strings.HasPrefix(l, "Đăng ký") || strings.HasPrefix(l, "Cộng")) {
			nums = append(nums, f)
		}
	}
	// Đăng ký of models, exemplars, total; then Cộng of fields, levels.
	if len(nums) != 5 {
		t.Fatalf("rows %q", nums)
	}
	thisYear := func(f []string) string {
		if f[0] == "Cộng" {
			return f[1]
		}
		return f[2]
	}
	if thisYear(nums[0]) != "13" || thisYear(nums[1]) != "4" || thisYear(nums[2]) != "17" || thisYear(nums[3]) != "17" || thisYear(nums[4]) != "13" {
		t.Errorf("totals %q", nums)
	}
	if got := strings.Join(nums[2][2:], " "); !strings.HasPrefix(got, "17 14 +3 (+21,4%)") {
		t.Errorf("total registered %q, want 17 14 +3 (+21,4%%)", got)
	}
}

// TestModelsListInPDF: a register of 40 entries is listed whole and in
// order: every row, as compose lays it out, in the content of the PDF
// in that order, the numbers 1 to 40 in the STT column, the header row
// on every page of the list.
func TestModelsListInPDF(t *testing.T) {
	r := sample.WithRegister(40)
	path, res := renderFile(t, r)
	raw := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", "-raw", path, "-")), " ")
	tb, _ := compose.ModelsTable(&r.Movement)
	at := strings.Index(raw, "III. DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH")
	if at < 0 {
		t.Fatal("no list of models")
	}
	n := 0
	for i, row := range tb.Rows {
		want := strings.Join(strings.Fields(strings.Join(row, " ")), " ")
		k := strings.Index(raw[at:], want)
		if k < 0 {
			t.Fatalf("row %d %q not found after the previous one", i, want)
		}
		at += k + len(want)
		if tb.Style(i) == doc.RowPlain {
			n++
		}
	}
	if n != 40 {
		t.Errorf("%d entries, want 40", n)
	}

	words := pdfWords(t, path)
	list, _ := phrase(words, "III. DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH")
	appx, _ := phrase(words, "PHỤ LỤC II")
	stt := find(words, "STT")
	x := stt[len(stt)-1].XMax + 1 // the STT column ends about here
	var numbers []string
	heads := 0
	for _, w := range words {
		if w.Page < list.Page || w.Page >= appx.Page {
			continue
		}
		if w.Text == "STT" {
			heads++
		} else if w.XMax < x && w.YMin > list.YMax-0.1 || w.Page > list.Page && w.XMax < x {
			if _, err := strconv.Atoi(w.Text); err == nil {
				numbers = append(numbers, w.Text)
			}
		}
	}
	for i, s := range numbers {
		if want := strconv.Itoa(i + 1); s != want {
			t.Fatalf("STT column reads %q, want 1…40 in order", numbers)
		}
	}
	if len(numbers) != 40 {
		t.Errorf("STT column has %d numbers, want 40", len(numbers))
	}
	if heads != appx.Page-list.Page || res.Pages < appx.Page {
		t.Errorf("%d header rows over the list's %d pages", heads, appx.Page-list.Page)
	}
}

// TestChartBars renders the sample's chart and looks at the pixels: each
// bar filled with its series' grey from its top to the axis, as tall as
// its value says (the tallest PlotHeight), white just above it; the
// legend's swatches filled likewise.
func TestChartBars(t *testing.T) {
	r := sample.Report()
	d := compose.Report(r, compose.ReportOptions{})
	var chart doc.Chart
	for _, b := range d.Blocks {
		if c, ok := b.(doc.Chart); ok {
			chart = c
		}
	}
	if len(chart.Groups) != 4 || len(chart.Series) != 2 {
		t.Fatalf("chart %+v", chart)
	}
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	sh := newRenderer(d, fonts).layoutChart(chart)
	if len(sh.bars) != 8 || len(sh.swatch) != 2 {
		t.Fatalf("%d bars, %d swatches; want 8 and 2", len(sh.bars), len(sh.swatch))
	}
	l := d.Layout
	cl := l.Chart
	tallest := 0.0
	for _, b := range sh.bars {
		v := chart.Groups[b.group].Values[b.series]
		if math.Abs(b.h-cl.PlotHeight*v/chart.Max()) > 1e-9 {
			t.Errorf("bar %d/%d: %.2f mm for %v", b.group, b.series, b.h, v)
		}
		tallest = max(tallest, b.h)
	}
	if tallest != cl.PlotHeight {
		t.Errorf("tallest bar %.1f mm, want %.1f", tallest, cl.PlotHeight)
	}

	path, _ := renderFile(t, r)
	words := pdfWords(t, path)
	title, ok := phrase(words, "Số mô hình, điển hình đăng ký theo lĩnh vực năm 2016 so với năm 2015")
	if !ok {
		t.Fatal("no chart title")
	}
	// The chart's top: the title's line box over its glyphs.
	size := cl.Title.Size * ptToMM
	top := title.YMin - (lineHeight(cl.Title, headerSpacing)-(ascent+descent)*size)/2
	const dpi = 200
	prefix := filepath.Join(t.TempDir(), "c")
	run(t, "pdftoppm", "-r", strconv.Itoa(dpi), "-gray", "-f", strconv.Itoa(title.Page), "-l", strconv.Itoa(title.Page), "-png", "-singlefile", path, prefix)
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	grey := func(xmm, ymm float64) int {
		g, _, _, _ := img.At(int(xmm/25.4*dpi), int(ymm/25.4*dpi)).RGBA()
		return int(g >> 8)
	}
	x0 := l.MarginLeft
	check := func(what string, b chartBar) {
		want := cl.Fill(b.series)
		for _, fy := range []float64{0.1, 0.5, 0.9} {
			for _, fx := range []float64{0.25, 0.5, 0.75} {
				x, y := x0+b.x+b.w*fx, top+b.y+0.5+(b.h-1)*fy
				if g := grey(x, y); abs(g-want) > 25 {
					t.Errorf("%s at %.1f, %.1f mm: grey %d, want %d", what, x, y, g, want)
				}
			}
		}
		if g := grey(x0+b.x+b.w*0.15, top+b.y-0.5); g < 230 {
			t.Errorf("%s: grey %d just above it, want white", what, g)
		}
	}
	for _, b := range sh.bars {
		check(chart.Groups[b.group].Label+" / "+chart.Series[b.series], b)
	}
	for _, b := range sh.swatch {
		check("legend "+chart.Series[b.series], b)
	}
	// Under the axis, between the bars and the labels: white.
	if g := grey(x0+sh.bars[0].x+sh.bars[0].w/2, top+sh.axis[1]+0.8); g < 230 {
		t.Errorf("under the axis: grey %d, want white", g)
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// TestChartEdges renders charts at the edges of what a draft can hold:
// many fields, a long field name, nothing counted, no baseline, a
// register of typed counts only; every word stays within the margins.
func TestChartEdges(t *testing.T) {
	many := make([]string, 60)
	for i := range many {
		many[i] = "Lĩnh vực " + strconv.Itoa(i+1)
	}
	tests := []struct {
		name string
		edit func(r *report.Report)
	}{
		{"60 fields", func(r *report.Report) { r.Movement.Fields = many }},
		{"a long field name", func(r *report.Report) {
			r.Movement.Fields = []string{"Kinh tế", strings.Repeat("Xây dựng hệ thống chính trị vững mạnh ", 6)}
		}},
		{"nothing counted", func(r *report.Report) {
			r.Movement.Register = nil
			r.Movement.Typed = map[string]int{movement.FieldKey("Kinh tế"): 0}
			r.Movement.Baseline = nil
		}},
		{"no baseline", func(r *report.Report) { r.Movement.Baseline = nil }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := sample.Report()
			tc.edit(r)
			path, _ := renderFile(t, r)
			l := LayoutFor(r.Profile)
			for _, w := range pdfWords(t, path) {
				if w.XMin < l.MarginLeft-0.5 || w.XMax > l.PageWidth-l.MarginRight+0.5 || w.YMax > l.PageHeight-l.MarginBottom+0.5 {
					t.Errorf("page %d: %q at %.1f–%.1f, %.1f mm, outside the margins", w.Page, w.Text, w.XMin, w.XMax, w.YMax)
				}
			}
		})
	}
}

// TestModelsListWarning: a character the fonts lack in an entry of the
// list is replaced visibly and reported under the entry's own field,
// although group rows shift the list's rows.
func TestModelsListWarning(t *testing.T) {
	r := sample.Report()
	r.Movement.Register[9].Results += " 🎉"
	var buf strings.Builder
	res, err := Render(r, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		if w.Field == "movement.register[9].results" && strings.Contains(w.Message, "🎉") && strings.Contains(w.Message, "dòng 10") {
			return
		}
	}
	t.Errorf("no warning for movement.register[9].results: %+v", res.Warnings)
}
