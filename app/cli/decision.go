package cli

import (
	"flag"
	"fmt"
	"strings"

	"baocao/app/catalog"
	"baocao/app/compose"
	"baocao/app/docx"
	"baocao/app/draft"
	"baocao/app/pdf"
	"baocao/app/report"
	"baocao/templates"
)

// runDecision writes the decision on commendation (Quyết định khen
// thưởng) of a draft as a PDF, with the list attached. --number, --date
// and --signer give the decision its own number, date and signer,
// --reward-collective and --reward-individual the money each receives;
// with --save they are kept in the draft for next time.
func runDecision(env Env, args []string) error {
	fs := flag.NewFlagSet("decision", flag.ContinueOnError)
	pdfOut := fs.String("pdf", "", "")
	docxOut := fs.String("docx", "", "")
	isDraft := fs.Bool("draft", false, "")
	all := fs.Bool("all", false, "")
	number := fs.String("number", "", "")
	date := fs.String("date", "", "")
	signer := fs.String("signer", "", "")
	save := fs.Bool("save", false, "")
	fs.String("reward-collective", "", "")
	fs.String("reward-individual", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp bản nháp")
	}
	if *pdfOut == "" && *docxOut == "" {
		return usagef("cần --pdf TỆP.pdf (hoặc --docx TỆP.docx): nơi ghi quyết định")
	}
	path := pos[0]
	r, err := draft.Load(path)
	if err != nil {
		return err
	}
	changed, err := setDecision(r, fs, *number, *date, *signer, *all)
	if err != nil {
		return err
	}
	if *save && changed {
		if err := draft.Save(path, r, "baocao "+Version); err != nil {
			return fmt.Errorf("không lưu được số, ngày, người ký của quyết định vào bản nháp %s: %w", path, err)
		}
		fmt.Fprintf(env.Stdout, "Đã lưu số, ngày, người ký của quyết định vào bản nháp %s\n", path)
	}
	tpl, err := catalog.LoadDecision(templates.Decisions, r.Profile)
	if err != nil {
		return err
	}
	d, err := compose.Decision(r, tpl, compose.DecisionOptions{Draft: *isDraft, BodyName: env.bodyName(r)})
	if err != nil {
		return err
	}
	c, i := r.DecisionHonorees()
	if *pdfOut != "" {
		res, err := pdf.WriteDocumentFile(*pdfOut, d)
		if err != nil {
			return err
		}
		for _, w := range res.Warnings {
			fmt.Fprintf(env.Stderr, "Cảnh báo (warning): %s\n", w.Message)
		}
		fmt.Fprintf(env.Stdout, "Đã xuất quyết định khen thưởng %d tập thể, %d cá nhân: %s (%d trang)\n", len(c), len(i), *pdfOut, res.Pages)
	}
	if *docxOut != "" {
		if err := docx.WriteDocumentFile(*docxOut, d); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Đã xuất bản Word của quyết định khen thưởng %d tập thể, %d cá nhân: %s\n", len(c), len(i), *docxOut)
	}
	if r.Decision.Number == "" || r.Decision.IssueDate.IsZero() {
		fmt.Fprintln(env.Stderr, "Lưu ý: quyết định chưa có số hoặc ngày nên để trống chỗ viết tay; cho số, ngày bằng --number, --date (thêm --save để giữ trong bản nháp).")
	}
	return nil
}

// setDecision puts the flags given into r's decision and reports whether
// anything changed. The amounts are read from fs (--reward-collective,
// --reward-individual).
func setDecision(r *report.Report, fs *flag.FlagSet, number, date, signer string, all bool) (bool, error) {
	changed := false
	var bad error
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "number":
			r.Decision.Number, changed = strings.TrimSpace(number), true
		case "date":
			d, err := report.ParseDate(date)
			if err != nil {
				bad = usagef("--date: %v", err)
				return
			}
			r.Decision.IssueDate, changed = d, true
		case "signer":
			r.Decision.Signature.Signer, changed = strings.TrimSpace(signer), true
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
			if all {
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
