package catalog

import (
	"errors"
	"strings"
	"testing"

	"baocao/app/sample"
	"baocao/templates"
)

func TestFromLastYear(t *testing.T) {
	c := Load(templates.Builtin, "")
	last := sample.Report()
	tests := []struct {
		name       string
		lastTmpl   string // last year's report's template
		templateID string
		wantTmpl   string // "" when none is used
		wantErr    error
	}{
		{"last year's template", last.Template, "", last.Template, nil},
		{"another template asked for", last.Template, c.Templates[len(c.Templates)-1].ID, c.Templates[len(c.Templates)-1].ID, nil},
		{"unknown template asked for", last.Template, "khong-co", "", ErrNoTemplate},
		{"last year's template gone", "mau-da-xoa", "", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := sample.Report()
			l.Template = tc.lastTmpl
			r, tmpl, err := c.FromLastYear(l, l.Year+1, "nam-truoc.json", tc.templateID)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if r.Year != l.Year+1 || r.Number != "" || len(r.Honorees.Individuals) != 0 || len(r.Movement.Register) != len(l.Movement.Register) {
				t.Errorf("not made from last year: year %d, number %q, %d honorees, %d entries", r.Year, r.Number, len(r.Honorees.Individuals), len(r.Movement.Register))
			}
			switch {
			case tc.wantTmpl == "" && tmpl != nil:
				t.Errorf("used template %q, want none", tmpl.ID)
			case tc.wantTmpl != "" && (tmpl == nil || tmpl.ID != tc.wantTmpl || r.Template != tc.wantTmpl):
				t.Errorf("template %v, report's %q, want %q", tmpl, r.Template, tc.wantTmpl)
			case tmpl != nil:
				// Refilled: the summary is the template's, for this year.
				want := sample.Report()
				want.Year = r.Year
				tmpl.Fill(want)
				if r.Summary != want.Summary || !strings.Contains(r.Summary, "2017") {
					t.Errorf("summary %q, template gives %q", r.Summary, want.Summary)
				}
			default:
				if !strings.Contains(r.Summary, "2017") {
					t.Errorf("summary kept without moving the year on: %q", r.Summary)
				}
			}
		})
	}
}
