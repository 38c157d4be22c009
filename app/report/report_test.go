package report_test

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"baocao/app/report"
	"baocao/app/sample"
)

func TestSampleIsValid(t *testing.T) {
	ps := sample.Report().Validate()
	if len(ps) != 0 {
		t.Fatalf("the sample should have no problems, got %v", ps)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name     string
		change   func(r *report.Report)
		field    string
		severity report.Severity
	}{
		{"no profile", func(r *report.Report) { r.Profile = "" }, report.FieldProfile, report.Error},
		{"no superior body (party)", func(r *report.Report) { r.SuperiorBody = " " }, report.FieldSuperiorBody, report.Error},
		{"no superior body (state)", func(r *report.Report) { r.Profile = report.ProfileState; r.SuperiorBody = "" }, report.FieldSuperiorBody, report.Warning},
		{"no issuing body", func(r *report.Report) { r.IssuingBody = "" }, report.FieldIssuingBody, report.Error},
		{"no number", func(r *report.Report) { r.Number = "" }, report.FieldNumber, report.Warning},
		{"no symbol", func(r *report.Report) { r.Symbol = "" }, report.FieldSymbol, report.Error},
		{"no place", func(r *report.Report) { r.Place = "" }, report.FieldPlace, report.Error},
		{"year too old", func(r *report.Report) { r.Year = 1900 }, report.FieldYear, report.Error},
		{"year too far", func(r *report.Report) { r.Year = 3000 }, report.FieldYear, report.Error},
		{"no date", func(r *report.Report) { r.IssueDate = report.Date{} }, report.FieldIssueDate, report.Warning},
		{"date in another year", func(r *report.Report) { r.IssueDate = report.NewDate(2019, 1, 2) }, report.FieldIssueDate, report.Warning},
		{"no title", func(r *report.Report) { r.Title = "" }, report.FieldTitle, report.Error},
		{"no summary", func(r *report.Report) { r.Summary = "" }, report.FieldSummary, report.Error},
		{"no opening", func(r *report.Report) { r.Opening = "" }, report.FieldOpening, report.Warning},
		{"no achievements", func(r *report.Report) { r.Achievements.Points = nil }, report.FieldAchievements, report.Error},
		{"no tasks", func(r *report.Report) { r.Tasks.Points = nil }, report.FieldTasks, report.Error},
		{"no limitations", func(r *report.Report) { r.Limitations.Points = nil }, report.FieldLimitations, report.Warning},
		{"no recommendations", func(r *report.Report) { r.Recommendations.Points = nil }, report.FieldRecommendations, report.Warning},
		{"section without heading", func(r *report.Report) { r.Tasks.Heading = "" }, "tasks.heading", report.Error},
		{"empty point", func(r *report.Report) { r.Achievements.Points[1] = report.Point{} }, "achievements.points[1].text", report.Error},
		{"heading only", func(r *report.Report) { r.Achievements.Points[2].Text = "" }, "achievements.points[2].text", report.Warning},
		{"no honorees", func(r *report.Report) { r.Honorees.Collectives, r.Honorees.Individuals = nil, nil }, report.FieldHonorees, report.Warning},
		{"nameless individual", func(r *report.Report) { r.Honorees.Individuals[3].Name = "" }, "honorees.individuals[3].name", report.Error},
		{"nameless collective", func(r *report.Report) { r.Honorees.Collectives[0].Name = "" }, "honorees.collectives[0].name", report.Error},
		{"individual without unit", func(r *report.Report) { r.Honorees.Individuals[2].Unit = "" }, "honorees.individuals[2].unit", report.Warning},
		{"no award", func(r *report.Report) { r.Honorees.Individuals[4].Award = "" }, "honorees.individuals[4].award", report.Warning},
		{"duplicate", func(r *report.Report) {
			d := r.Honorees.Individuals[0]
			d.Name = strings.ToUpper(d.Name)
			r.Honorees.Individuals = append(r.Honorees.Individuals, d)
		}, "honorees.individuals[24].name", report.Warning},
		{"same name but for a diacritic is not a duplicate", func(r *report.Report) {
			r.Honorees.Individuals[0].Name = "Nguyễn Văn Hùng"
			d := r.Honorees.Individuals[0]
			d.Name = "Nguyễn Văn Hưng"
			d.Award = "" // the one problem expected: no duplicate warning
			r.Honorees.Individuals = append(r.Honorees.Individuals, d)
		}, "honorees.individuals[24].award", report.Warning},
		{"no recipients", func(r *report.Report) { r.Recipients = nil }, report.FieldRecipients, report.Warning},
		{"blank recipient", func(r *report.Report) { r.Recipients[1] = "" }, "recipients[1]", report.Warning},
		{"no authority", func(r *report.Report) { r.Signature.Authority = "" }, report.FieldAuthority, report.Warning},
		{"no position", func(r *report.Report) { r.Signature.Position = "" }, report.FieldPosition, report.Error},
		{"no signer", func(r *report.Report) { r.Signature.Signer = "" }, report.FieldSigner, report.Error},
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
			if p.Field != tt.field || p.Severity != tt.severity {
				t.Errorf("got %s %q (%s), want %s %q", p.Severity, p.Field, p.Message, tt.severity, tt.field)
			}
			if p.Message == "" || !norm.NFC.IsNormalString(p.Message) {
				t.Errorf("message must be a non-empty NFC sentence, got %q", p.Message)
			}
			if ps.HasErrors() != (tt.severity == report.Error) {
				t.Errorf("HasErrors = %v", ps.HasErrors())
			}
		})
	}
}

func TestValidateReturnsEveryProblem(t *testing.T) {
	ps := (&report.Report{}).Validate()
	errs, warns := ps.Count()
	// An empty report misses every required field at once.
	for _, f := range []string{report.FieldProfile, report.FieldIssuingBody, report.FieldSymbol, report.FieldPlace,
		report.FieldYear, report.FieldTitle, report.FieldSummary, report.FieldAchievements, report.FieldTasks,
		report.FieldPosition, report.FieldSigner} {
		if len(ps.ForField(f)) == 0 {
			t.Errorf("no problem reported for %s", f)
		}
	}
	if errs < 11 || warns < 4 {
		t.Errorf("got %d errors and %d warnings, want at least 11 and 4", errs, warns)
	}
}

func TestForField(t *testing.T) {
	ps := report.Problems{{Field: "achievements.points[0].text"}, {Field: "achievementsX"}, {Field: "honorees.individuals[2].name"}}
	if n := len(ps.ForField("achievements")); n != 1 {
		t.Errorf("ForField(achievements) = %d, want 1", n)
	}
	if n := len(ps.ForField("honorees")); n != 1 {
		t.Errorf("ForField(honorees) = %d, want 1", n)
	}
	if n := len(ps.ForField(report.FieldIndividuals)); n != 1 {
		t.Errorf("ForField(individuals) = %d, want 1", n)
	}
}

func TestNormalize(t *testing.T) {
	r := sample.Report()
	r.IssuingBody = norm.NFD.String("  ĐẢNG ỦY\tSỞ ") + "\x00"
	r.Opening = norm.NFD.String("Đoạn một\r\nĐoạn\x07 hai\n")
	r.Honorees.Individuals[0].Name = norm.NFD.String(" Nguyễn  Thị\nThu Hà ")
	r.Achievements.Points[0].Text = "a\u200bb"
	r.Normalize()
	if r.IssuingBody != "ĐẢNG ỦY SỞ" {
		t.Errorf("IssuingBody = %q", r.IssuingBody)
	}
	if r.Opening != "Đoạn một\nĐoạn hai" {
		t.Errorf("Opening = %q", r.Opening)
	}
	if r.Honorees.Individuals[0].Name != "Nguyễn Thị Thu Hà" {
		t.Errorf("Name = %q", r.Honorees.Individuals[0].Name)
	}
	if r.Achievements.Points[0].Text != "ab" {
		t.Errorf("Text = %q", r.Achievements.Points[0].Text)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2016-11-08", "2016-11-08", true},
		{"08/11/2016", "2016-11-08", true},
		{"8/11/2016", "2016-11-08", true},
		{"", "", true},
		{"31/02/2016", "", false},
		{"hôm qua", "", false},
	}
	for _, tt := range tests {
		d, err := report.ParseDate(tt.in)
		if (err == nil) != tt.ok || d.String() != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q ok=%v", tt.in, d, err, tt.want, tt.ok)
		}
	}
}

func TestSplitParagraphs(t *testing.T) {
	got := report.SplitParagraphs("  một \n\n hai\n")
	if len(got) != 2 || got[0] != "một" || got[1] != "hai" {
		t.Errorf("got %q", got)
	}
}
