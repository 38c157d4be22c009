package doc

import "testing"

// TestChartMax checks that an unknown value (negative) never sizes the
// bars and that a chart of nothing has no maximum.
func TestChartMax(t *testing.T) {
	tests := []struct {
		name  string
		chart Chart
		want  float64
	}{
		{"empty", Chart{}, 0},
		{"two series", Chart{Groups: []ChartGroup{{Values: []float64{3, 7}}, {Values: []float64{12, 5}}}}, 12},
		{"unknown last year", Chart{Groups: []ChartGroup{{Values: []float64{2, -1}}}}, 2},
	}
	for _, tc := range tests {
		if got := tc.chart.Max(); got != tc.want {
			t.Errorf("%s: Max = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTableStyleAndRef checks the defaults of row styles and of the rows'
// entries: without Refs row i is entry i; a row past Styles is plain.
func TestTableStyleAndRef(t *testing.T) {
	plain := Table{Rows: [][]string{{"a"}, {"b"}}}
	if plain.Style(1) != RowPlain || plain.Ref(1) != 1 {
		t.Errorf("plain table: style %q, ref %d; want plain, 1", plain.Style(1), plain.Ref(1))
	}
	grouped := Table{Rows: [][]string{{"I", "Kinh tế"}, {"1"}, {"2"}},
		Styles: []RowStyle{RowGroup}, Refs: []int{-1, 4}}
	tests := []struct {
		row   int
		style RowStyle
		ref   int
	}{{0, RowGroup, -1}, {1, RowPlain, 4}, {2, RowPlain, -1}}
	for _, tc := range tests {
		if s, r := grouped.Style(tc.row), grouped.Ref(tc.row); s != tc.style || r != tc.ref {
			t.Errorf("row %d: style %q, ref %d; want %q, %d", tc.row, s, r, tc.style, tc.ref)
		}
	}
	for _, l := range []*Layout{&PartyLayout, &StateLayout} {
		if l.Chart.PlotHeight <= 0 || len(l.Chart.Fills) < 2 || l.Chart.Fill(0) == l.Chart.Fill(1) || l.Note.Size == 0 {
			t.Errorf("%s: the chart or the note has no figures: %+v", l.Name, l.Chart)
		}
	}
}

// TestTableCells checks how many cells a row has and which are centred:
// a group row as many as it fills (at least one), its last, spanning,
// never centred.
func TestTableCells(t *testing.T) {
	tb := Table{
		Columns: []Column{{Head: "STT", Centre: true}, {Head: "Tên"}, {Head: "Năm", Centre: true}, {Head: "Nữ", Centre: true}},
		Rows:    [][]string{{"I", "Kinh tế"}, {}, {"1", "A", "1980", "x"}, {"a", "b", "c", "d", "e"}},
		Styles:  []RowStyle{RowGroup, RowGroup, RowPlain, RowGroup},
	}
	tests := []struct {
		row     int
		cells   int
		centred []bool
	}{
		{0, 2, []bool{true, false}},
		{1, 1, []bool{false}},
		{2, 4, []bool{true, false, true, true}},
		{3, 4, []bool{true, false, true, true}},
	}
	for _, tc := range tests {
		n := tb.Cells(tc.row)
		if n != tc.cells {
			t.Errorf("row %d: %d cells; want %d", tc.row, n, tc.cells)
			continue
		}
		for j, want := range tc.centred {
			if got := tb.Centred(j, n); got != want {
				t.Errorf("row %d cell %d: centred %v; want %v", tc.row, j, got, want)
			}
		}
	}
}
