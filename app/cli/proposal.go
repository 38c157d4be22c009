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

// runProposal writes the proposal sent upward (Tờ trình đề nghị khen
// thưởng) of a draft as a PDF, with the list attached. --number, --date,
// --signer and --to give it its own number, date, signer and addressee;
// with --save they are kept in the draft.
func runProposal(env Env, args []string) error {
	fs := flag.NewFlagSet("proposal", flag.ContinueOnError)
	pdfOut := fs.String("pdf", "", "")
	docxOut := fs.String("docx", "", "")
	isDraft := fs.Bool("draft", false, "")
	save := fs.Bool("save", false, "")
	fs.Bool("all", false, "")
	fs.String("number", "", "")
	fs.String("date", "", "")
	fs.String("signer", "", "")
	fs.String("to", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp bản nháp")
	}
	if *pdfOut == "" && *docxOut == "" {
		return usagef("cần --pdf TỆP.pdf (hoặc --docx TỆP.docx): nơi ghi tờ trình")
	}
	path := pos[0]
	r, err := draft.Load(path)
	if err != nil {
		return err
	}
	changed, err := setProposal(r, fs)
	if err != nil {
		return err
	}
	if *save && changed {
		if err := draft.Save(path, r, "baocao "+Version); err != nil {
			return fmt.Errorf("không lưu được số, ngày, người ký, nơi kính gửi của tờ trình vào bản nháp %s: %w", path, err)
		}
		fmt.Fprintf(env.Stdout, "Đã lưu số, ngày, người ký, nơi kính gửi của tờ trình vào bản nháp %s\n", path)
	}
	tpl, err := catalog.LoadProposal(templates.Proposals, r.Profile)
	if err != nil {
		return err
	}
	d, err := compose.Proposal(r, tpl, compose.ProposalOptions{Draft: *isDraft, BodyName: env.bodyName(r)})
	if err != nil {
		return err
	}
	c, i := r.ProposalHonorees()
	if *pdfOut != "" {
		res, err := pdf.WriteDocumentFile(*pdfOut, d)
		if err != nil {
			return err
		}
		for _, w := range res.Warnings {
			fmt.Fprintf(env.Stderr, "Cảnh báo (warning): %s\n", w.Message)
		}
		fmt.Fprintf(env.Stdout, "Đã xuất tờ trình đề nghị khen thưởng %d tập thể, %d cá nhân: %s (%d trang)\n", len(c), len(i), *pdfOut, res.Pages)
	}
	if *docxOut != "" {
		if err := docx.WriteDocumentFile(*docxOut, d); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Đã xuất bản Word của tờ trình đề nghị khen thưởng %d tập thể, %d cá nhân: %s\n", len(c), len(i), *docxOut)
	}
	if r.Proposal.Number == "" || r.Proposal.IssueDate.IsZero() {
		fmt.Fprintln(env.Stderr, "Lưu ý: tờ trình chưa có số hoặc ngày nên để trống chỗ viết tay; cho số, ngày bằng --number, --date (thêm --save để giữ trong bản nháp).")
	}
	return nil
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
