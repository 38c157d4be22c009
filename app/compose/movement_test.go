package compose

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"baocao/app/doc"
	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"
)

// appendices returns each appendix's label and title, in order.
func appendices(d *doc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		if a, ok := b.(doc.Appendix); ok {
			out = append(out, a.Label+": "+a.Title.Text)
		}
	}
	return out
}

// TestFiguresAppendixPlace: the figures' appendix comes before the
// honorees', and the labels are numbered only when there are two.
func TestFiguresAppendixPlace(t *testing.T) {
	figures := "BIỂU THỐNG KÊ KẾT QUẢ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM 2016"
	honorees := sample.Report().Honorees.Title
	tests := []struct {
		name string
		edit func(r *report.Report)
		want []string
	}{
		{"figures, then honorees", nil, []string{"PHỤ LỤC I: " + figures, "PHỤ LỤC II: " + honorees}},
		{"figures only", func(r *report.Report) { r.Honorees.Collectives, r.Honorees.Individuals = nil, nil },
			[]string{"PHỤ LỤC: " + figures}},
		{"honorees in the body", func(r *report.Report) { r.Honorees.Placement = report.PlacementInline },
			[]string{"PHỤ LỤC: " + figures}},
		{"no figures", func(r *report.Report) { r.Movement = movement.Data{} }, []string{"PHỤ LỤC: " + honorees}},
		{"typed counts only", func(r *report.Report) {
			r.Movement.Register = nil
			r.Movement.Typed = map[string]int{movement.KindStageKey(movement.KindModel, movement.StageRegistered): 5}
		}, []string{"PHỤ LỤC I: " + figures, "PHỤ LỤC II: " + honorees}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := sample.Report()
			if tc.edit != nil {
				tc.edit(r)
			}
			if got := appendices(Report(r, ReportOptions{})); !slices.Equal(got, tc.want) {
				t.Errorf("appendices\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

// figuresBlocks returns the blocks of the figures' appendix: from its
// head to the next page break.
func figuresBlocks(t *testing.T, d *doc.Document) []doc.Block {
	t.Helper()
	for i, b := range d.Blocks {
		if a, ok := b.(doc.Appendix); ok && strings.HasPrefix(a.Title.Text, "BIỂU THỐNG KÊ") {
			end := len(d.Blocks)
			for j := i + 1; j < len(d.Blocks); j++ {
				if _, ok := d.Blocks[j].(doc.PageBreak); ok {
					end = j
					break
				}
			}
			return d.Blocks[i+1 : end]
		}
	}
	t.Fatal("no figures appendix")
	return nil
}

// TestFiguresAppendixParts checks the parts of the appendix: the table,
// its notes, the chart, the list and its note on the carried-over
// entries, for a register, typed counts, and no baseline.
func TestFiguresAppendixParts(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *report.Report)
		want string // the block types, headings' texts in brackets
	}{
		{"register and baseline", nil,
			"heading[I. SỐ LIỆU MÔ HÌNH, ĐIỂN HÌNH] table note heading[II. BIỂU ĐỒ THEO LĨNH VỰC] chart heading[III. DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH] table note"},
		{"nothing carried over", func(r *report.Report) {
			for i := range r.Movement.Register {
				r.Movement.Register[i].FromLastYear = false
			}
		}, "heading[I. SỐ LIỆU MÔ HÌNH, ĐIỂN HÌNH] table note heading[II. BIỂU ĐỒ THEO LĨNH VỰC] chart heading[III. DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH] table"},
		{"typed counts: no list, two notes", func(r *report.Report) {
			r.Movement.Register = nil
			r.Movement.Typed = map[string]int{movement.FieldKey("Kinh tế"): 4}
		}, "heading[I. SỐ LIỆU MÔ HÌNH, ĐIỂN HÌNH] table note note heading[II. BIỂU ĐỒ THEO LĨNH VỰC] chart"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := sample.Report()
			if tc.edit != nil {
				tc.edit(r)
			}
			var got []string
			for _, b := range figuresBlocks(t, Report(r, ReportOptions{})) {
				s := b.Type()
				if h, ok := b.(doc.Heading); ok {
					s += "[" + h.Text() + "]"
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("blocks\n%s\nwant\n%s", g, tc.want)
			}
		})
	}
}

// TestFiguresTable: the table is movement.Figures as it is: its columns,
// a group row per group, every row's cells, the totals in bold.
func TestFiguresTable(t *testing.T) {
	for _, baseline := range []bool{true, false} {
		r := sample.Report()
		if !baseline {
			r.Movement.Baseline = nil
		}
		f := r.Figures()
		tb := FiguresTable(f)
		var heads []string
		for _, c := range tb.Columns {
			heads = append(heads, c.Head)
		}
		if !slices.Equal(heads, f.Columns()) {
			t.Errorf("baseline %v: columns %q, want %q", baseline, heads, f.Columns())
		}
		i := 0
		for _, g := range f.Groups {
			if tb.Style(i) != doc.RowGroup || !slices.Equal(tb.Rows[i], []string{g.Title}) {
				t.Errorf("row %d: %q (%s), want the group row %q", i, tb.Rows[i], tb.Style(i), g.Title)
			}
			i++
			for _, row := range g.Rows {
				want := f.Cells(row)
				want[0] = strings.TrimSpace(want[0])
				if !slices.Equal(tb.Rows[i], want) {
					t.Errorf("row %d: %q, want %q", i, tb.Rows[i], want)
				}
				if total := tb.Style(i) == doc.RowTotal; total != row.IsTotal() {
					t.Errorf("row %d (%s): bold total %v, want %v", i, row.Key, total, row.IsTotal())
				}
				i++
			}
		}
		if i != len(tb.Rows) || !tb.RepeatHeader {
			t.Errorf("baseline %v: %d rows (want %d), repeated header %v", baseline, len(tb.Rows), i, tb.RepeatHeader)
		}
	}
}

// TestFiguresChart: a bar per field and series, this year then last
// year, with the texts as the table prints them; an unknown last year is
// no bar.
func TestFiguresChart(t *testing.T) {
	r := sample.Report()
	c, ok := FiguresChart(r.Figures())
	if !ok {
		t.Fatal("no chart for the sample")
	}
	if !slices.Equal(c.Series, []string{"Năm 2016", "Năm 2015"}) {
		t.Errorf("series %q", c.Series)
	}
	var got []string
	for _, g := range c.Groups {
		got = append(got, fmt.Sprintf("%s %v %q", g.Label, g.Values, g.Texts))
	}
	want := []string{`Kinh tế [3 2] ["3" "2"]`, `Văn hóa – xã hội [7 6] ["7" "6"]`,
		`Quốc phòng – an ninh [2 2] ["2" "2"]`, `Xây dựng hệ thống chính trị [5 4] ["5" "4"]`}
	if !slices.Equal(got, want) {
		t.Errorf("groups\n%q\nwant\n%q", got, want)
	}

	delete(r.Movement.Baseline.Values, movement.FieldKey("Kinh tế"))
	c, _ = FiguresChart(r.Figures())
	if g := c.Groups[0]; g.Values[1] >= 0 || g.Texts[1] != movement.Unknown {
		t.Errorf("unknown last year: %v %q", g.Values, g.Texts)
	}
	r.Movement.Baseline = nil
	c, _ = FiguresChart(r.Figures())
	if len(c.Series) != 1 || len(c.Groups[0].Values) != 1 || strings.Contains(c.Title.Text, "so với") {
		t.Errorf("no baseline: %+v", c)
	}
}

// TestModelsTable: a register of 40 entries listed whole, once each, by
// field in the list's order and in the register's order within a field,
// numbered 1 to 40; carried-over entries marked; an entry of an unknown
// field under its own heading at the end.
func TestModelsTable(t *testing.T) {
	r := sample.WithRegister(40)
	d := &r.Movement
	d.Register[7].Field = "Lĩnh vực lạ"
	tb, carried := ModelsTable(d)
	if !carried {
		t.Error("no entry marked as carried over")
	}
	fields := append(slices.Clone(d.FieldList()), OtherField)
	var groups []string
	var seen []int
	field := -1
	for i, row := range tb.Rows {
		ref := tb.Ref(i)
		if tb.Style(i) == doc.RowGroup {
			groups = append(groups, row[1])
			field = slices.Index(fields, row[1])
			if ref != -1 || field < 0 {
				t.Errorf("group row %d %q: ref %d", i, row, ref)
			}
			continue
		}
		e := d.Register[ref]
		seen = append(seen, ref)
		if n, _ := strconv.Atoi(row[0]); n != len(seen) {
			t.Errorf("row %d: STT %q, want %d", i, row[0], len(seen))
		}
		if want := d.FieldIndex(e.Field); want != field && !(want < 0 && field == len(fields)-1) {
			t.Errorf("row %d (%s, field %q) under %q", i, e.Name, e.Field, fields[field])
		}
		if marked := strings.HasSuffix(row[1], " (*)"); marked != e.FromLastYear || strings.TrimSuffix(row[1], " (*)") != e.Name {
			t.Errorf("row %d: name %q (from last year %v)", i, row[1], e.FromLastYear)
		}
		if row[2] != e.Unit || row[5] != fmt.Sprint(e.StartYear) || row[6] != e.Results {
			t.Errorf("row %d: %q", i, row)
		}
		if len(seen) > 1 && field == fieldOf(d, d.Register[seen[len(seen)-2]]) && seen[len(seen)-2] > ref {
			t.Errorf("row %d: entry %d after %d in one field", i, ref, seen[len(seen)-2])
		}
	}
	if want := []string{"Kinh tế", "Văn hóa – xã hội", "Quốc phòng – an ninh", "Xây dựng hệ thống chính trị", OtherField}; !slices.Equal(groups, want) {
		t.Errorf("groups %q, want %q", groups, want)
	}
	sorted := slices.Sorted(slices.Values(seen))
	for i, ref := range sorted {
		if ref != i {
			t.Fatalf("entries listed %v, want each of 0…39 once", sorted)
		}
	}
	if len(sorted) != 40 {
		t.Errorf("%d entries listed, want 40", len(sorted))
	}
}

func fieldOf(d *movement.Data, e movement.Entry) int {
	if i := d.FieldIndex(e.Field); i >= 0 {
		return i
	}
	return len(d.FieldList())
}

// TestModelRow checks the cells of one entry: the kind in a word, the
// stage with the level that recognised it, none for a registered one.
func TestModelRow(t *testing.T) {
	tests := []struct {
		e    movement.Entry
		want string
	}{
		{movement.Entry{Name: "A", Unit: "U", Kind: movement.KindModel, Stage: movement.StageProposed, Level: movement.LevelCentral, StartYear: 2012, Results: "x\ny", FromLastYear: true},
			"1|A (*)|U|Mô hình|Đề nghị khen thưởng,\ncấp Trung ương|2012|x\ny"},
		{movement.Entry{Name: "B", Kind: movement.KindExemplar, Stage: movement.StageRegistered, Level: movement.LevelProvince},
			"1|B||Điển hình|Đăng ký||"},
		{movement.Entry{Name: "C", Stage: "?"}, "1|C|||||"},
	}
	for _, tc := range tests {
		row, _ := modelRow(&tc.e, 1)
		if got := strings.Join(row, "|"); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.e.Name, got, tc.want)
		}
	}
}
