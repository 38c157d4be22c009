package movement

import (
	"fmt"
	"strings"
	"testing"
)

// TestCountEveryCombination puts one entry in every kind × stage × field ×
// level (and the levels' absence) and checks each row of the table
// against a count made the slow way.
func TestCountEveryCombination(t *testing.T) {
	d := &Data{}
	levels := append([]Level{""}, Levels...)
	for _, k := range Kinds {
		for _, s := range Stages {
			for _, f := range DefaultFields {
				for _, l := range levels {
					if s == StageRegistered && l != "" {
						continue // a registered entry has no level yet
					}
					d.Register = append(d.Register, Entry{Name: fmt.Sprint(len(d.Register)), Unit: "u", Kind: k, Stage: s, Field: f, Level: l})
				}
			}
		}
	}
	f := d.Figures(2016)
	slow := func(keep func(Entry) bool) int {
		n := 0
		for _, e := range d.Register {
			if keep(e) {
				n++
			}
		}
		return n
	}
	type check struct {
		key  string
		want int
	}
	var checks []check
	for _, k := range Kinds {
		for _, s := range Stages {
			checks = append(checks, check{KindStageKey(k, s), slow(func(e Entry) bool { return e.Kind == k && e.Stage.Reached(s) })})
		}
	}
	for _, s := range Stages {
		checks = append(checks, check{TotalKey(s), slow(func(e Entry) bool { return e.Stage.Reached(s) })})
	}
	for _, fl := range DefaultFields {
		checks = append(checks, check{FieldKey(fl), slow(func(e Entry) bool { return e.Field == fl })})
	}
	for _, l := range Levels {
		checks = append(checks, check{LevelKey(l), slow(func(e Entry) bool { return e.Level == l && e.Stage.Reached(StageRecognised) })})
	}
	checks = append(checks,
		check{KeyFieldsTotal, len(d.Register)},
		check{KeyLevelsTotal, slow(func(e Entry) bool { return e.Level != "" })})
	for _, c := range checks {
		r, ok := f.Row(c.key)
		if !ok {
			t.Errorf("no row %q", c.key)
			continue
		}
		if r.This != c.want {
			t.Errorf("%s = %d, want %d", c.key, r.This, c.want)
		}
		if c.want == 0 {
			t.Errorf("%s: the test should count something", c.key)
		}
	}
	if n := len(f.Rows()); n != 4+4+4+5+5 {
		t.Errorf("%d rows, want 22", n)
	}
}

// TestCountTable: small registers whose every row is known by hand.
func TestCountTable(t *testing.T) {
	e := func(k Kind, s Stage, field string, l Level) Entry {
		return Entry{Name: "x", Kind: k, Stage: s, Field: field, Level: l}
	}
	tests := []struct {
		name     string
		register []Entry
		want     map[string]int // rows not named are 0
	}{
		{"empty", nil, nil},
		{"one registered model", []Entry{e(KindModel, StageRegistered, "Kinh tế", "")},
			map[string]int{"models.registered": 1, "total.registered": 1, "field:kinhte": 1, KeyFieldsTotal: 1}},
		{"a proposed exemplar counts at every stage", []Entry{e(KindExemplar, StageProposed, "Quốc phòng – an ninh", LevelCentral)},
			map[string]int{"exemplars.registered": 1, "exemplars.recognised": 1, "exemplars.outstanding": 1, "exemplars.proposed": 1,
				"total.registered": 1, "total.recognised": 1, "total.outstanding": 1, "total.proposed": 1,
				"field:quocphonganninh": 1, KeyFieldsTotal: 1, "level.central": 1, KeyLevelsTotal: 1}},
		{"outstanding model, field spelt loosely", []Entry{e(KindModel, StageOutstanding, "van hoa - xa hoi", LevelDistrict)},
			map[string]int{"models.registered": 1, "models.recognised": 1, "models.outstanding": 1,
				"total.registered": 1, "total.recognised": 1, "total.outstanding": 1,
				"field:vanhoaxahoi": 1, KeyFieldsTotal: 1, "level.district": 1, KeyLevelsTotal: 1}},
		{"a registered entry's level is not counted", []Entry{e(KindModel, StageRegistered, "Kinh tế", LevelProvince)},
			map[string]int{"models.registered": 1, "total.registered": 1, "field:kinhte": 1, KeyFieldsTotal: 1}},
		{"unknown kind, stage and field", []Entry{e("?", "?", "Thể thao", "")},
			map[string]int{}},
		{"unknown stage is registered", []Entry{e(KindModel, "?", "Kinh tế", "")},
			map[string]int{"models.registered": 1, "total.registered": 1, "field:kinhte": 1, KeyFieldsTotal: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Data{Register: tt.register}
			f := d.Figures(2016)
			for _, r := range f.Rows() {
				if r.This != tt.want[r.Key] {
					t.Errorf("%s = %d, want %d", r.Key, r.This, tt.want[r.Key])
				}
			}
		})
	}
}

func TestTypedCountsAndSources(t *testing.T) {
	d := &Data{
		Register: []Entry{{Name: "a", Kind: KindModel, Stage: StageRecognised, Field: "Kinh tế", Level: LevelGrassroots}},
		Typed:    map[string]int{"models.registered": 45, FieldKey("Văn hóa – xã hội"): 20},
	}
	f := d.Figures(2016)
	tests := []struct {
		key    string
		this   int
		source Source
	}{
		{"models.registered", 45, SourceTyped},
		{"models.recognised", 1, SourceRegister},
		{"total.registered", 45, SourceSum},
		{FieldKey("Kinh tế"), 1, SourceRegister},
		{FieldKey("văn hoá - xã hội"), 20, SourceTyped},
		{KeyFieldsTotal, 21, SourceSum},
	}
	for _, tt := range tests {
		r, _ := f.Row(tt.key)
		if r.This != tt.this || r.Source != tt.source {
			t.Errorf("%s = %d (%s), want %d (%s)", tt.key, r.This, r.Source, tt.this, tt.source)
		}
	}
	if !strings.Contains(strings.Join(f.Notes, " "), "nhập tay") {
		t.Errorf("notes should say some numbers are typed: %v", f.Notes)
	}
	// A body with no register types every number.
	small := &Data{Typed: map[string]int{"models.registered": 3}}
	if !small.HasFigures() || !strings.Contains(strings.Join(small.Figures(2016).Notes, " "), "không lập sổ") {
		t.Errorf("a body without a register: %v", small.Figures(2016).Notes)
	}
}

func TestBaselineAndChange(t *testing.T) {
	last := (&Data{Register: []Entry{
		{Name: "a", Kind: KindModel, Stage: StageRecognised, Field: "Kinh tế", Level: LevelGrassroots},
		{Name: "b", Kind: KindModel, Stage: StageRegistered, Field: "Kinh tế"},
	}}).Figures(2015)
	d := &Data{Register: []Entry{
		{Name: "a", Kind: KindModel, Stage: StageRecognised, Field: "Kinh tế", Level: LevelGrassroots},
		{Name: "b", Kind: KindModel, Stage: StageRecognised, Field: "Kinh tế", Level: LevelGrassroots},
		{Name: "c", Kind: KindModel, Stage: StageRegistered, Field: "Kinh tế"},
		{Name: "d", Kind: KindExemplar, Stage: StageRegistered, Field: "Kinh tế"},
	}, Baseline: BaselineOf(last, "2015.bcdv")}
	f := d.Figures(2016)
	if f.BaselineYear != 2015 || !f.HasBaseline() {
		t.Fatalf("baseline year %d", f.BaselineYear)
	}
	tests := []struct {
		key         string
		this, last  int
		change      string
		hasPercent  bool
		words       string
		placeholder string
	}{
		{"models.registered", 3, 2, "+1 (+50,0%)", true, "tăng 1 (50,0%)", "so_mo_hinh_dang_ky"},
		{"models.recognised", 2, 1, "+1 (+100,0%)", true, "tăng 1 (100,0%)", "so_mo_hinh_cong_nhan"},
		{"exemplars.registered", 1, 0, "+1", false, "tăng 1", "so_dien_hinh_dang_ky"},
		{"models.outstanding", 0, 0, "0", false, "không thay đổi", "so_mo_hinh_tieu_bieu"},
		{"total.registered", 4, 2, "+2 (+100,0%)", true, "tăng 2 (100,0%)", "tong_dang_ky"},
		{"level.grassroots", 2, 1, "+1 (+100,0%)", true, "tăng 1 (100,0%)", "so_cap_co_so"},
	}
	for _, tt := range tests {
		r, _ := f.Row(tt.key)
		if r.This != tt.this || r.Last != tt.last || !r.HasLast || r.Change.String() != tt.change || r.Change.HasPercent != tt.hasPercent || r.Change.Words() != tt.words || r.Placeholder != tt.placeholder {
			t.Errorf("%s: %d / %d %q %v %q %q", tt.key, r.This, r.Last, r.Change.String(), r.Change.HasPercent, r.Change.Words(), r.Placeholder)
		}
	}
}

func TestChangeString(t *testing.T) {
	tests := []struct {
		this, last int
		s, words   string
	}{
		{2071, 1795, "+276 (+15,4%)", "tăng 276 (15,4%)"},
		{18, 20, "−2 (−10,0%)", "giảm 2 (10,0%)"},
		{5, 0, "+5", "tăng 5"},
		{0, 0, "0", "không thay đổi"},
		{7, 7, "0 (0,0%)", "không thay đổi"},
		{1, 3, "−2 (−66,7%)", "giảm 2 (66,7%)"},
		{3500, 1000, "+2.500 (+250,0%)", "tăng 2.500 (250,0%)"},
	}
	for _, tt := range tests {
		c := NewChange(tt.this, tt.last)
		if c.String() != tt.s || c.Words() != tt.words {
			t.Errorf("%d vs %d: %q %q, want %q %q", tt.this, tt.last, c.String(), c.Words(), tt.s, tt.words)
		}
	}
}

func TestFormatCount(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1000: "1.000", 2071: "2.071", 1234567: "1.234.567", -1500: "-1.500"} {
		if got := FormatCount(n); got != want {
			t.Errorf("FormatCount(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestFieldsFromTheTemplate(t *testing.T) {
	d := &Data{Fields: []string{"Văn hóa", "Thể thao", "Du lịch"}, Register: []Entry{
		{Name: "a", Kind: KindModel, Stage: StageRegistered, Field: "thể thao"},
		{Name: "b", Kind: KindModel, Stage: StageRegistered, Field: "Kinh tế"}, // not in this list
	}}
	f := d.Figures(2016)
	var labels []string
	for _, r := range f.Groups[3].Rows {
		labels = append(labels, fmt.Sprintf("%s=%d", r.Label, r.This))
	}
	if got := strings.Join(labels, ", "); got != "Văn hóa=0, Thể thao=1, Du lịch=0, Cộng=1" {
		t.Errorf("field rows: %s", got)
	}
	ps := d.Validate(2016)
	if !hasProblem(ps, "movement.register[1].field", false) {
		t.Errorf("a field not in the list is an error: %v", ps)
	}
	d.Normalize()
	if d.Register[0].Field != "Thể thao" {
		t.Errorf("Normalize should spell the field as the list does, got %q", d.Register[0].Field)
	}
}

func TestTextTable(t *testing.T) {
	d := &Data{Register: []Entry{{Name: "a", Kind: KindModel, Stage: StageOutstanding, Field: "Kinh tế", Level: LevelProvince}},
		Baseline: &Baseline{Year: 2015, Values: map[string]int{"models.registered": 2}}}
	f := d.Figures(2016)
	txt := f.Text()
	lines := strings.Split(txt, "\n")
	var header, reg string
	for _, l := range lines {
		if strings.HasPrefix(l, "Chỉ tiêu") {
			header = l
		}
		if strings.HasPrefix(l, "  Đăng ký") && reg == "" {
			reg = l
		}
	}
	for _, s := range []string{"Năm 2016", "Năm 2015", "Tăng (+), giảm (−)", "Nguồn số liệu"} {
		if !strings.Contains(header, s) {
			t.Errorf("header %q lacks %q", header, s)
		}
	}
	if !strings.Contains(reg, "−1 (−50,0%)") || !strings.Contains(reg, "đếm từ sổ") {
		t.Errorf("models registered line: %q", reg)
	}
	// Numbers are right-aligned: "Năm 2016" and the count end in the same column.
	col := func(s, sub string) int { return len([]rune(s[:strings.Index(s, sub)])) + len([]rune(sub)) }
	if col(header, "Năm 2016") != col(reg, " 1 ")-1 {
		t.Errorf("this year's count is not under its title:\n%s\n%s", header, reg)
	}
	if !strings.Contains(txt, "cộng dồn") {
		t.Error("the table must say the stages are cumulative")
	}
}

func hasProblem(ps []Problem, field string, warning bool) bool {
	for _, p := range ps {
		if p.Field == field && p.Warning == warning {
			return true
		}
	}
	return false
}

// BenchmarkFigures5000: the figures for 5,000 register entries (target
// < 10 ms).
func BenchmarkFigures5000(b *testing.B) {
	d := &Data{Baseline: &Baseline{Year: 2015, Values: map[string]int{"total.registered": 4000}}}
	levels := append([]Level{""}, Levels...)
	for i := range 5000 {
		st := Stages[i%len(Stages)]
		l := levels[i%len(levels)]
		if st == StageRegistered {
			l = ""
		}
		d.Register = append(d.Register, Entry{Name: fmt.Sprintf("Mô hình %d", i), Unit: fmt.Sprintf("Đơn vị %d", i%40),
			Kind: Kinds[i%2], Stage: st, Field: DefaultFields[i%4], Level: l})
	}
	b.ResetTimer()
	for b.Loop() {
		f := d.Figures(2016)
		if f.Value(TotalKey(StageRegistered)) != 5000 {
			b.Fatal("wrong count")
		}
	}
}

// BenchmarkValidate5000: checking a register of 5,000 entries, as the
// window does after each change.
func BenchmarkValidate5000(b *testing.B) {
	d := &Data{}
	for i := range 5000 {
		d.Register = append(d.Register, Entry{Name: fmt.Sprintf("Mô hình %d", i), Unit: fmt.Sprintf("Đơn vị %d", i%40),
			Kind: Kinds[i%2], Stage: StageRecognised, Level: LevelGrassroots, Field: DefaultFields[i%4], StartYear: 2015})
	}
	b.ResetTimer()
	for b.Loop() {
		if ps := d.Validate(2016); len(ps) != 0 {
			b.Fatal(ps)
		}
	}
}
