package compose

import (
	"strings"
	"testing"

	"baocao/app/catalog"
	"baocao/app/doc"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/templates"
)

// TestAwardInfo: a decision's and a proposal's file properties name the
// kind and the summary, the issuing body as the author, and the draft
// mark in a draft.
func TestAwardInfo(t *testing.T) {
	decision := func(r *report.Report, draft bool) *doc.Document {
		tpl, err := catalog.LoadDecision(templates.Decisions, r.Profile)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Decision(r, tpl, DecisionOptions{Draft: draft, BodyName: sampleBodyName})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	proposal := func(r *report.Report, draft bool) *doc.Document {
		return mustProposal(r, ProposalOptions{Draft: draft})
	}
	for _, c := range []struct {
		name  string
		make  func(*report.Report, bool) *doc.Document
		r     *report.Report
		title string
	}{
		{"decision", decision, sampleDecision(sample.Report()), "QUYẾT ĐỊNH về việc khen thưởng"},
		{"proposal", proposal, withHigherAwards(sample.Report()), "TỜ TRÌNH về việc đề nghị khen thưởng"},
	} {
		for _, draft := range []bool{false, true} {
			d := c.make(c.r, draft)
			if !strings.HasPrefix(d.Info.Title, c.title) || d.Info.Author != c.r.IssuingBody || d.Info.Subject == "" ||
				!strings.HasPrefix(d.Info.Title, "QUYẾT ĐỊNH "+d.Info.Subject) && !strings.HasPrefix(d.Info.Title, "TỜ TRÌNH "+d.Info.Subject) {
				t.Errorf("%s draft %v: info %+v", c.name, draft, d.Info)
			}
			if got := strings.HasSuffix(d.Info.Title, " ("+SentenceCase(c.r.DraftMark())+")"); got != draft {
				t.Errorf("%s draft %v: title %q", c.name, draft, d.Info.Title)
			}
		}
	}
}
