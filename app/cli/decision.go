package cli

import (
	"flag"
	"strings"

	"baocao/app/catalog"
	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/report"
	"baocao/templates"
)

// runDecision writes the decision on commendation (Quyết định khen
// thưởng) of a draft as a PDF, with the list attached. --number, --date
// and --signer give the decision its own number, date and signer,
// --reward-collective and --reward-individual the money each receives;
// with --save they are kept in the draft for next time.
func runDecision(env Env, args []string) error {
	return runAwardDoc(env, args, awardDoc{
		name: "decision", what: "quyết định", title: "quyết định khen thưởng", saved: "số, ngày, người ký",
		flags: func(fs *flag.FlagSet) {
			fs.String("reward-collective", "", "")
			fs.String("reward-individual", "", "")
		},
		set: setDecision,
		compose: func(env Env, r *report.Report, isDraft bool) (*doc.Document, error) {
			tpl, err := catalog.LoadDecision(templates.Decisions, r.Profile)
			if err != nil {
				return nil, err
			}
			return compose.Decision(r, tpl, compose.DecisionOptions{Draft: isDraft, BodyName: env.bodyName(r)})
		},
		honorees: (*report.Report).DecisionHonorees,
		numbered: func(r *report.Report) bool { return r.Decision.Number != "" && !r.Decision.IssueDate.IsZero() },
	})
}

// setDecision puts the flags given into r's decision and reports whether
// anything changed.
func setDecision(r *report.Report, fs *flag.FlagSet) (bool, error) {
	changed := false
	var bad error
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "number":
			r.Decision.Number, changed = strings.TrimSpace(f.Value.String()), true
		case "date":
			d, err := report.ParseDate(f.Value.String())
			if err != nil {
				bad = usagef("--date: %v", err)
				return
			}
			r.Decision.IssueDate, changed = d, true
		case "signer":
			r.Decision.Signature.Signer, changed = strings.TrimSpace(f.Value.String()), true
		case "reward-collective", "reward-individual":
			n, err := report.ParseMoney(f.Value.String())
			if err != nil {
				bad = usagef("--%s: %v", f.Name, err)
				return
			}
			if f.Name == "reward-collective" {
				r.Decision.RewardCollective = n
			} else {
				r.Decision.RewardIndividual = n
			}
			changed = true
		case "all":
			// The scope again: honorees ticked in or out one by one in
			// the window are forgotten.
			r.Decision.SetScope(report.ScopeOwn)
			if f.Value.String() == "true" {
				r.Decision.SetScope(report.ScopeAll)
			}
			changed = true
		}
	})
	r.Normalize()
	return changed, bad
}

// bodyName is the issuing body in running text, from the draft's template
// when it names it ("Đảng ủy Sở Văn hóa và Thể thao").
func (env Env) bodyName(r *report.Report) string {
	if t := catalog.Load(env.Builtin, env.UserTemplates).Find(r.Template); t != nil {
		return t.DataFor(r).IssuingBodyName
	}
	return ""
}
