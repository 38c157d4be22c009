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

// runProposal writes the proposal sent upward (Tờ trình đề nghị khen
// thưởng) of a draft as a PDF, with the list attached. --number, --date,
// --signer and --to give it its own number, date, signer and addressee;
// with --save they are kept in the draft.
func runProposal(env Env, args []string) error {
	return runAwardDoc(env, args, awardDoc{
		name: "proposal", what: "tờ trình", title: "tờ trình đề nghị khen thưởng", saved: "số, ngày, người ký, nơi kính gửi",
		flags: func(fs *flag.FlagSet) { fs.String("to", "", "") },
		set:   setProposal,
		compose: func(env Env, r *report.Report, isDraft bool) (*doc.Document, error) {
			tpl, err := catalog.LoadProposal(templates.Proposals, r.Profile)
			if err != nil {
				return nil, err
			}
			return compose.Proposal(r, tpl, compose.ProposalOptions{Draft: isDraft, BodyName: env.bodyName(r)})
		},
		honorees: (*report.Report).ProposalHonorees,
		numbered: func(r *report.Report) bool { return r.Proposal.Number != "" && !r.Proposal.IssueDate.IsZero() },
	})
}

// setProposal puts the flags given into r's proposal and reports whether
// anything changed.
func setProposal(r *report.Report, fs *flag.FlagSet) (bool, error) {
	changed := false
	var bad error
	fs.Visit(func(f *flag.Flag) {
		v := strings.TrimSpace(f.Value.String())
		switch f.Name {
		case "number":
			r.Proposal.Number, changed = v, true
		case "date":
			d, err := report.ParseDate(v)
			if err != nil {
				bad = usagef("--date: %v", err)
				return
			}
			r.Proposal.IssueDate, changed = d, true
		case "signer":
			r.Proposal.Signature.Signer, changed = v, true
		case "to":
			r.Proposal.To, changed = v, true
		case "all":
			r.Proposal.Scope = report.ScopeOwn
			if v == "true" {
				r.Proposal.Scope = report.ScopeAll
			}
			changed = true
		}
	})
	r.Normalize()
	return changed, bad
}
