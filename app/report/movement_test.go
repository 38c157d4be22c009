package report_test

import (
	"reflect"
	"strings"
	"testing"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"
)

func TestFromLastYear(t *testing.T) {
	last := sample.Report()
	r, err := report.FromLastYear(last, 2017, "bao-cao-2016.bcdv")
	if err != nil {
		t.Fatal(err)
	}
	// Carried over.
	carried := []struct {
		what      string
		got, want any
	}{
		{"template", r.Template, last.Template},
		{"profile", r.Profile, last.Profile},
		{"superior body", r.SuperiorBody, last.SuperiorBody},
		{"issuing body", r.IssuingBody, last.IssuingBody},
		{"symbol", r.Symbol, last.Symbol},
		{"place", r.Place, last.Place},
		{"title", r.Title, last.Title},
		{"recipients", r.Recipients, last.Recipients},
		{"signature", r.Signature, last.Signature},
		{"honorees' placement", r.Honorees.Placement, last.Honorees.Placement},
		{"fields", r.Movement.Fields, last.Movement.Fields},
		{"register size", len(r.Movement.Register), len(last.Movement.Register)},
		{"year", r.Year, 2017},
		{"summary moved on", r.Summary, "tổng kết công tác dân vận năm 2017, phương hướng nhiệm vụ năm 2018"},
		{"tasks heading moved on", r.Tasks.Heading, "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2018"},
		{"honorees' title moved on", r.Honorees.Title, strings.Replace(last.Honorees.Title, "2016", "2017", 1)},
		{"list styles", r.Tasks.List, last.Tasks.List},
	}
	for _, c := range carried {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.what, c.got, c.want)
		}
	}
	if !strings.Contains(r.Opening, "15/10/1930 - 15/10/2017") {
		t.Errorf("the opening's years should move on, not 1930: %q", r.Opening)
	}
	// Cleared.
	if r.Number != "" || !r.IssueDate.IsZero() || r.DraftRound != 0 || len(r.Honorees.Collectives) != 0 || len(r.Honorees.Individuals) != 0 {
		t.Errorf("number, date, round and honorees should be cleared: %q %v %d %d %d", r.Number, r.IssueDate, r.DraftRound, len(r.Honorees.Collectives), len(r.Honorees.Individuals))
	}
	for _, ns := range r.Sections() {
		if len(ns.Section.Points) != 0 {
			t.Errorf("%s keeps %d points of last year", ns.Field, len(ns.Section.Points))
		}
	}
	// The register goes on: every entry marked, recognition kept, the
	// year's picks reset, links to last year's honorees dropped.
	for i, e := range r.Movement.Register {
		was := last.Movement.Register[i]
		wantStage := was.Stage
		if was.Stage == movement.StageOutstanding || was.Stage == movement.StageProposed {
			wantStage = movement.StageRecognised
		}
		if !e.FromLastYear || e.Stage != wantStage || e.Level != was.Level || e.Name != was.Name || e.Unit != was.Unit || e.Field != was.Field || len(e.Honorees) != 0 {
			t.Errorf("entry %d: %+v (was %+v)", i, e, was)
		}
	}
	// Last year's figures as the baseline.
	b := r.Movement.Baseline
	if b == nil || b.Year != 2016 || b.Source != "bao-cao-2016.bcdv" {
		t.Fatalf("baseline %+v", b)
	}
	lastFig, f := last.Figures(), r.Figures()
	for _, row := range lastFig.Rows() {
		got, _ := f.Row(row.Key)
		if !got.HasLast || got.Last != row.This {
			t.Errorf("%s: last year %d (%v), want %d", row.Key, got.Last, got.HasLast, row.This)
		}
	}
	if f.Value(movement.TotalKey(movement.StageRecognised)) != 13 || f.Value(movement.TotalKey(movement.StageOutstanding)) != 0 {
		t.Errorf("this year: recognised %d, outstanding %d", f.Value("total.recognised"), f.Value("total.outstanding"))
	}
	// Last year's tasks become the checklist.
	if len(r.Movement.Checklist) != len(last.Tasks.Points) {
		t.Fatalf("checklist has %d items, last year %d tasks", len(r.Movement.Checklist), len(last.Tasks.Points))
	}
	for i, c := range r.Movement.Checklist {
		if c.Task != last.Tasks.Points[i].Text || c.Answer != movement.AnswerNone {
			t.Errorf("checklist %d = %+v", i, c)
		}
	}
	// Last year's report is not changed.
	if !reflect.DeepEqual(last, sample.Report()) {
		t.Error("FromLastYear changed last year's report")
	}
}

func TestFromLastYearRefuses(t *testing.T) {
	last := sample.Report()
	for _, year := range []int{2016, 2015, 1900} {
		if _, err := report.FromLastYear(last, year, "x"); err == nil {
			t.Errorf("year %d after a 2016 report should be refused", year)
		}
	}
	if _, err := report.FromLastYear(nil, 2017, "x"); err == nil {
		t.Error("no report")
	}
}

func TestFromLastYearWithoutFigures(t *testing.T) {
	last := sample.Report()
	last.Movement = movement.Data{}
	r, err := report.FromLastYear(last, 2017, "x")
	if err != nil {
		t.Fatal(err)
	}
	if r.Movement.Baseline != nil || len(r.Movement.Register) != 0 || len(r.Movement.Checklist) != 4 {
		t.Errorf("movement %+v", r.Movement)
	}
}

func TestTakeBaseline(t *testing.T) {
	last := sample.Report()
	r := sample.Report()
	r.Year = 2017
	r.Movement.Baseline = nil
	if err := report.TakeBaseline(r, last, "2016.bcdv"); err != nil {
		t.Fatal(err)
	}
	if b := r.Movement.Baseline; b == nil || b.Year != 2016 || b.Values["total.registered"] != 17 || b.Source != "2016.bcdv" {
		t.Errorf("baseline %+v", b)
	}
	if len(r.Movement.Register) != 17 {
		t.Error("TakeBaseline must not change the register")
	}
	same := sample.Report()
	if err := report.TakeBaseline(same, last, "x"); err == nil {
		t.Error("a baseline of the same year should be refused")
	}
	empty := sample.Report()
	empty.Year = 2015
	empty.Movement = movement.Data{}
	if err := report.TakeBaseline(r, empty, "x"); err == nil || !strings.Contains(err.Error(), "chưa có") {
		t.Errorf("a report without figures: %v", err)
	}
}

func TestValidateMovement(t *testing.T) {
	tests := []struct {
		name     string
		change   func(r *report.Report)
		field    string
		severity report.Severity
		says     string
	}{
		{"register problem under movement", func(r *report.Report) { r.Movement.Register[3].Stage = "" }, "movement.register[3].stage", report.Error, "giai đoạn"},
		{"link to a missing honoree", func(r *report.Report) { r.Movement.Register[1].Honorees[0].Name = "Chi bộ Không Có" }, "movement.register[1].honorees[0]", report.Warning, "Chi bộ Không Có"},
		{"link's unit differs", func(r *report.Report) { r.Movement.Register[14].Honorees[0].Unit = "Văn phòng Sở" }, "movement.register[14].honorees[0]", report.Warning, "Bùi Văn Thắng"},
		{"unknown placeholder", func(r *report.Report) { r.Opening += " {{so_mo_hinh}}" }, report.FieldOpening, report.Error, "{{so_mo_hinh}}"},
		{"field placeholder past the list", func(r *report.Report) { r.Opening += " {{so_linh_vuc_5}}" }, report.FieldOpening, report.Error, "4 lĩnh vực"},
		{"last year without a baseline", func(r *report.Report) {
			r.Movement.Baseline = nil
		}, "achievements.points[2].text", report.Warning, "năm trước"},
		{"figures without a register", func(r *report.Report) { r.Movement.Register = nil }, "achievements.points[2].text", report.Warning, "chưa có sổ mô hình"},
		{"number contradicts the table", func(r *report.Report) {
			r.Limitations.Points[0].Text += "\nNăm 2016 mới có 12 mô hình được công nhận."
		}, "limitations.points[0].text", report.Warning, "“12 mô hình được công nhận”, nhưng biểu thống kê có 10"},
		{"number contradicts last year", func(r *report.Report) {
			r.Opening += " Năm 2015 có 12 mô hình đăng ký."
		}, report.FieldOpening, report.Warning, "số liệu năm 2015 là 11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sample.Report()
			tt.change(r)
			ps := r.Validate()
			if len(ps) != 1 {
				t.Fatalf("want exactly one problem, got %d: %v", len(ps), ps)
			}
			p := ps[0]
			if p.Field != tt.field || p.Severity != tt.severity || !strings.Contains(p.Message, tt.says) {
				t.Errorf("got %s %v %q, want %s %v …%q…", p.Field, p.Severity, p.Message, tt.field, tt.severity, tt.says)
			}
			if got := ps.ForField(report.FieldMovement); strings.HasPrefix(tt.field, "movement") && len(got) != 1 {
				t.Errorf("ForField(movement) = %v", got)
			}
		})
	}
}

func TestAgreeingNumbersInTextAreNotFlagged(t *testing.T) {
	r := sample.Report()
	r.Opening += " Năm 2016, các đơn vị đăng ký 17 mô hình, điển hình (13 mô hình, 4 điển hình), tăng 3 mô hình so với năm 2015; 13 mô hình, điển hình được công nhận, 7 tiêu biểu, 3 đề nghị khen thưởng; 10 mô hình được công nhận, trong đó 5 mô hình tiêu biểu."
	if ps := r.Validate(); len(ps) != 0 {
		t.Errorf("true sentences should raise nothing: %v", ps)
	}
}

func TestExpanded(t *testing.T) {
	r := sample.Report()
	before := sample.Report()
	e := r.Expanded()
	if !reflect.DeepEqual(r, before) {
		t.Fatal("Expanded changed the report")
	}
	text := e.Achievements.Points[2].Text
	for _, s := range []string{"đăng ký 17 mô hình, điển hình", "(13 mô hình tập thể, 4 điển hình cá nhân)", "tăng 3 (21,4%) so với năm 2015", "13 mô hình, điển hình được công nhận, trong đó 7 tiêu biểu và 3 được đề nghị khen thưởng"} {
		if !strings.Contains(text, s) {
			t.Errorf("expanded text lacks %q:\n%s", s, text)
		}
	}
	if strings.Contains(text, "{{") {
		t.Errorf("a placeholder is left: %s", text)
	}
	plain := sample.Report()
	plain.Achievements.Points[2].Text = "Không có chỗ điền."
	if plain.Expanded() != plain {
		t.Error("a report without placeholders should be returned as it is")
	}
	// Every text that may hold placeholders is filled.
	r.Summary = "năm {{tong_dang_ky}}"
	r.Opening = "{{tong_cong_nhan}}"
	r.Tasks.Heading = "{{tong_tieu_bieu}}"
	r.Tasks.Points[0].Heading = "{{tong_de_nghi_khen_thuong}}"
	e = r.Expanded()
	if e.Summary != "năm 17" || e.Opening != "13" || e.Tasks.Heading != "7" || e.Tasks.Points[0].Heading != "3" {
		t.Errorf("expanded %q %q %q %q", e.Summary, e.Opening, e.Tasks.Heading, e.Tasks.Points[0].Heading)
	}
	if r.Tasks.Points[0].Heading != "{{tong_de_nghi_khen_thuong}}" {
		t.Error("Expanded wrote into the report's points")
	}
}
