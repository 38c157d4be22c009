package report_test

import (
	"strings"
	"testing"

	"baocao/app/report"
	"baocao/app/sample"
)

func TestCompareHonorees(t *testing.T) {
	an := report.Honoree{Name: "Nguyễn Văn An", Unit: "Phòng Văn hóa", Position: "Trưởng phòng", BirthYear: 1975,
		Gender: report.GenderMale, Award: "Giấy khen", Achievement: "Vận động nhân dân"}
	with := func(f func(h *report.Honoree)) report.Honoree { h := an; f(&h); return h }
	tests := []struct {
		name string
		b    report.Honoree
		want report.Match
	}{
		{"same row, case and spacing folded", with(func(h *report.Honoree) { h.Name = "NGUYỄN  VĂN AN"; h.Unit = "phòng văn hóa " }), report.Repeat},
		{"source and confirmation do not count", with(func(h *report.Honoree) { h.Source = "b.xlsx"; h.Namesake = true }), report.Repeat},
		{"born 1988: namesakes", with(func(h *report.Honoree) { h.BirthYear = 1988 }), report.Namesakes},
		{"another position: namesakes", with(func(h *report.Honoree) { h.Position = "Chuyên viên" }), report.Namesakes},
		{"another gender: namesakes", with(func(h *report.Honoree) { h.Gender = report.GenderFemale }), report.Namesakes},
		{"no birth year beside one: unclear", with(func(h *report.Honoree) { h.BirthYear = 0 }), report.Unclear},
		{"no position beside one: unclear", with(func(h *report.Honoree) { h.Position = "" }), report.Unclear},
		{"another award only: unclear", with(func(h *report.Honoree) { h.Award = "Bằng khen" }), report.Unclear},
		{"another unit", with(func(h *report.Honoree) { h.Unit = "Phòng Nội vụ"; h.BirthYear = 1988 }), report.Different},
		{"a diacritic apart: another person", with(func(h *report.Honoree) { h.Name = "Nguyễn Văn Ân" }), report.Different},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := report.CompareHonorees(an, tt.b); got != tt.want {
				t.Errorf("CompareHonorees = %v, want %v", got, tt.want)
			}
			if got := report.CompareHonorees(tt.b, an); got != tt.want {
				t.Errorf("CompareHonorees reversed = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHonoreePairs(t *testing.T) {
	a75 := report.Honoree{Name: "Trần Thị Mai", Unit: "Trường A", Position: "Giáo viên", BirthYear: 1975}
	a88 := report.Honoree{Name: "Trần Thị Mai", Unit: "Trường A", Position: "Hiệu phó", BirthYear: 1988}
	other := report.Honoree{Name: "Lê Văn Bình", Unit: "Trường A"}
	list := []report.Honoree{a75, other, a88, a75, a75}
	got := report.HonoreePairs(list)
	want := []report.HonoreePair{
		{First: 0, Second: 2, Match: report.Namesakes},
		{First: 0, Second: 3, Match: report.Repeat}, // a repeat is paired with the row it repeats only
		{First: 3, Second: 4, Match: report.Repeat},
	}
	if len(got) != len(want) {
		t.Fatalf("HonoreePairs = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("pair %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	report.ConfirmNamesakes(list, 0, 2)
	if p := report.HonoreePairs(list)[0]; !p.Confirmed {
		t.Errorf("confirmed pair %+v not marked Confirmed", p)
	}
}

// A list of thousands of one name (a damaged or hostile file) must not
// cost quadratic time or give millions of notes.
func TestHonoreePairsBounded(t *testing.T) {
	list := make([]report.Honoree, 5000)
	for i := range list {
		list[i] = report.Honoree{Name: "Nguyễn Văn A", Unit: "X", BirthYear: 1900 + i%100, Position: strings.Repeat("p", i%7)}
	}
	if n := len(report.HonoreePairs(list)); n > 20*len(list) {
		t.Errorf("%d pairs for %d rows", n, len(list))
	}
}

func TestValidateNamesakes(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *report.Report)
		field  string
		want   []string // words the one warning must contain
	}{
		{"identical row added by hand", func(r *report.Report) {
			r.Honorees.Individuals = append(r.Honorees.Individuals, r.Honorees.Individuals[2])
		}, "honorees.individuals[24].name", []string{"giống hệt dòng 3", "xóa một dòng", report.NamesakeConfirmLabel}},
		{"namesakes born 1975 and 1988", func(r *report.Report) {
			r.Honorees.Individuals[0].BirthYear = 1975
			d := r.Honorees.Individuals[0]
			d.BirthYear, d.Position = 1988, "Chuyên viên"
			r.Honorees.Individuals = append(r.Honorees.Individuals, d)
		}, "honorees.individuals[24].name", []string{"Dòng 1 và dòng 25", "1975 và 1988", "hai người trùng tên", report.NamesakeConfirmLabel}},
		{"nothing tells them apart", func(r *report.Report) {
			d := r.Honorees.Individuals[0]
			d.Achievement = "Khác"
			r.Honorees.Individuals = append(r.Honorees.Individuals, d)
		}, "honorees.individuals[24].name", []string{"không có gì phân biệt", "một người ghi hai lần"}},
		{"identical collective", func(r *report.Report) {
			r.Honorees.Collectives = append(r.Honorees.Collectives, r.Honorees.Collectives[0])
		}, "honorees.collectives[6].name", []string{"danh sách tập thể", "giống hệt dòng 1"}},
		{"birth year after the report", func(r *report.Report) { r.Honorees.Individuals[1].BirthYear = r.Year + 1 }, "honorees.individuals[1].birthYear", []string{"năm sinh"}},
		{"birth year too old", func(r *report.Report) { r.Honorees.Individuals[1].BirthYear = 1850 }, "honorees.individuals[1].birthYear", []string{"1850"}},
		{"unknown gender", func(r *report.Report) { r.Honorees.Individuals[1].Gender = "x" }, "honorees.individuals[1].gender", []string{"Nam hoặc Nữ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sample.Report()
			tt.change(r)
			ps := r.Validate()
			if len(ps) != 1 {
				t.Fatalf("want one problem, got %v", ps)
			}
			if ps[0].Field != tt.field || ps[0].Severity != report.Warning || ps.HasErrors() {
				t.Errorf("got %s %q, want a warning on %q", ps[0].Severity, ps[0].Field, tt.field)
			}
			for _, w := range tt.want {
				if !strings.Contains(ps[0].Message, w) {
					t.Errorf("message %q lacks %q", ps[0].Message, w)
				}
			}
		})
	}
}

func TestConfirmedNamesakesDoNotWarn(t *testing.T) {
	for _, m := range []string{"namesakes", "identical"} {
		r := sample.Report()
		d := r.Honorees.Individuals[0]
		if m == "namesakes" {
			d.BirthYear = 1990
		}
		r.Honorees.Individuals = append(r.Honorees.Individuals, d)
		n := len(r.Honorees.Individuals)
		r.Honorees.Individuals[0].Namesake = true // one side only: still a warning
		if ps := r.Validate(); len(ps) != 1 {
			t.Fatalf("%s, one side confirmed: want the warning, got %v", m, ps)
		}
		report.ConfirmNamesakes(r.Honorees.Individuals, 0, n-1)
		if ps := r.Validate(); len(ps) != 0 {
			t.Errorf("%s confirmed: want no problem, got %v", m, ps)
		}
	}
}

func TestParseGender(t *testing.T) {
	for in, want := range map[string]report.Gender{"Nam": report.GenderMale, " nữ ": report.GenderFemale, "NỮ": report.GenderFemale,
		"Nu": report.GenderFemale, "x": "", "": "", "năm": ""} {
		if got, ok := report.ParseGender(in); got != want || ok != (want != "") {
			t.Errorf("ParseGender(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestBirthColumns(t *testing.T) {
	m, f := report.GenderMale, report.GenderFemale
	tests := []struct {
		name string
		list []report.Honoree
		want report.BirthLayout
	}{
		{"nothing given", []report.Honoree{{Name: "A"}}, report.BirthLayout{}},
		{"years with genders", []report.Honoree{{BirthYear: 1975, Gender: m}, {BirthYear: 1988, Gender: f}, {}}, report.BirthLayout{ByGender: true}},
		{"genders only", []report.Honoree{{Gender: f}}, report.BirthLayout{ByGender: true}},
		{"a year without gender", []report.Honoree{{BirthYear: 1975}, {BirthYear: 1988, Gender: f}}, report.BirthLayout{Year: true, Gender: true}},
		{"years only", []report.Honoree{{BirthYear: 1975}}, report.BirthLayout{Year: true}},
	}
	for _, tt := range tests {
		if got := report.BirthColumns(tt.list); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
	h := report.Honoree{BirthYear: 1975, Gender: f}
	if h.BirthUnder(f) != "1975" || h.BirthUnder(m) != "" || (report.Honoree{Gender: m}).BirthUnder(m) != "x" {
		t.Errorf("BirthUnder: %q %q", h.BirthUnder(f), h.BirthUnder(m))
	}
}
