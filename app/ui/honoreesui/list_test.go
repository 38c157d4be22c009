package honoreesui

import (
	"slices"
	"strings"
	"testing"

	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/textnorm"
)

func TestStartsWord(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"nguyen thi thu ha", "ha", true},
		{"vuong minh khang", "ha", false},
		{"vuong minh khang", "khang", true},
		{"tran ngoc anh\nthu vien", "thu", true},
		{"ong thi tuyet (416)", "(416)", true},
		{"ong thi tuyet (4160)", "(416)", false},
		{"ong thi tuyet (4160)", "(416", true},
		{"abc-def", "def", true},
		{"abcdef", "def", false},
		{"", "a", false},
	}
	for _, tt := range tests {
		if got := startsWord(tt.s, tt.w); got != tt.want {
			t.Errorf("startsWord(%q, %q) = %v", tt.s, tt.w, got)
		}
	}
}

func TestDuplicateIndex(t *testing.T) {
	items := []report.Honoree{
		{Name: "Nguyễn Văn An", Unit: "Văn phòng"},
		{Name: "Lê Thị Bình"},
		{Name: "NGUYEN VAN AN", Unit: "van phong"},
	}
	l := newList(Individuals, &items)
	key := report.Honoree{Name: "nguyễn văn an", Unit: "Văn Phòng"}.Key()
	for _, tt := range []struct{ except, want int }{{-1, 0}, {0, 2}, {2, 0}, {1, 0}} {
		if got := l.duplicate(key, tt.except); got != tt.want {
			t.Errorf("duplicate except %d = %d, want %d", tt.except, got, tt.want)
		}
	}
	if got := l.duplicate(report.Honoree{Name: "Lê Thị Bình"}.Key(), 1); got != -1 {
		t.Errorf("a row is not its own duplicate; got %d", got)
	}
	items = items[:1]
	l.changed()
	if got := l.duplicate(key, 0); got != -1 {
		t.Errorf("after a change the index must be rebuilt; got %d", got)
	}
}

// FuzzList searches and sorts a list with arbitrary text: it must never
// panic, show a row twice or show a row that does not match.
func FuzzList(f *testing.F) {
	f.Add("nguyen van", "Nguyễn Văn An", uint8(1))
	f.Add("ĐẶNG", "Đặng Thị\nHồng", uint8(3))
	f.Add("\x00\xff", "a\u0301b", uint8(200))
	f.Fuzz(func(t *testing.T, query, name string, col uint8) {
		r := sample.Report()
		items := append(r.Honorees.Individuals, report.Honoree{Name: name, Unit: name, Note: name})
		items[len(items)-1].Normalize()
		for _, s := range []string{name, query} {
			clean := textnorm.Line(s)
			if got, want := foldFast(clean), textnorm.Key(s); got != want {
				t.Fatalf("foldFast(%q) = %q, textnorm.Key = %q", clean, got, want)
			}
		}
		l := newList(Individuals, &items)
		l.sortBy(column(col % 9))
		l.setQuery(query)
		seen := map[int]bool{}
		words := strings.Fields(textnorm.Key(query))
		// The rows matching the query anywhere, and within one field.
		anywhere, within := 0, 0
		for i := range items {
			var all []string
			one := false
			for _, c := range searchColumns {
				f := textnorm.Key(field(&items[i], c))
				all = append(all, f)
				one = one || inOneField(f, words)
			}
			if containsAll(strings.Join(all, "\n"), words) {
				anywhere++
				if one {
					within++
				}
			}
		}
		want := anywhere
		if len(words) > 1 && within > 0 {
			want = within
		}
		if len(words) > 0 && (l.len() != want || l.spread != anywhere-want) {
			t.Fatalf("%q shows %d rows (%d left out), want %d of %d", query, l.len(), l.spread, want, anywhere)
		}
		for r := 0; r < l.len(); r++ {
			i := l.at(r)
			if i < 0 || i >= len(items) || seen[i] {
				t.Fatalf("row %d shows index %d (seen %v)", r, i, seen[i])
			}
			seen[i] = true
			h := &items[i]
			var all []string
			for _, c := range searchColumns {
				all = append(all, textnorm.Key(field(h, c)))
			}
			if !containsAll(strings.Join(all, "\n"), words) {
				t.Fatalf("row %q does not match %q", h.Name, query)
			}
		}
		if len(words) == 0 && l.len() != len(items) {
			t.Fatalf("empty search shows %d of %d rows", l.len(), len(items))
		}
		// The added row is found by its own name.
		if k := strings.Fields(textnorm.Key(items[len(items)-1].Name)); len(k) > 0 {
			l.setQuery(items[len(items)-1].Name)
			if !slices.Contains(l.rows, len(items)-1) {
				t.Fatalf("searching for %q does not find it", items[len(items)-1].Name)
			}
		}
	})
}

// BenchmarkFirstSearch10000 is the first search after a change: every row
// is folded again.
func BenchmarkFirstSearch10000(b *testing.B) {
	r := sample.WithHonorees(10000)
	l := newList(Individuals, &r.Honorees.Individuals)
	b.ReportAllocs()
	for b.Loop() {
		l.changed()
		l.setQuery("nguyen van")
	}
}

// TestPairsMatchReport: the pairs the table marks are those of
// report.HonoreePairs over the whole list, though only rows of one loose
// name and unit are compared.
func TestPairsMatchReport(t *testing.T) {
	items := []report.Honoree{
		{Name: "Nguyễn Văn An", Unit: "Phòng A", BirthYear: 1975},
		{Name: "Lê Thị Bình", Unit: "Phòng B"},
		{Name: "NGUYỄN VĂN  AN", Unit: "phòng a", BirthYear: 1988},
		{Name: "Nguyen Van An", Unit: "Phong A"}, // no marks: another name for the report
		{Name: "Lê Thị Bình", Unit: "Phòng B"},   // a repeat
		{Name: "Nguyễn Văn Ân", Unit: "Phòng A"},
	}
	items = append(items, officeList(500)...)
	l := newList(Individuals, &items)
	want := map[int][]report.HonoreePair{}
	for _, p := range report.HonoreePairs(items) {
		want[p.First] = append(want[p.First], p)
		want[p.Second] = append(want[p.Second], p)
	}
	if len(want) == 0 {
		t.Fatal("the list has no pairs; fix the test")
	}
	for i := range items {
		p, ok := l.pairOf(i)
		var w report.HonoreePair
		wok := false
		for _, q := range want[i] {
			if !q.Confirmed {
				w, wok = q, true
				break
			}
		}
		if ok != wok || p != w {
			t.Errorf("row %d (%s): pair %+v %v, want %+v %v", i, items[i].Name, p, ok, w, wok)
		}
	}
}
