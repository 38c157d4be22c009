package cli

import (
	"flag"
	"fmt"

	"baocao/app/doc"
	"baocao/app/docx"
	"baocao/app/draft"
	"baocao/app/pdf"
	"baocao/app/report"
)

// awardDoc is what the decision and the proposal commands do differently;
// runAwardDoc does the rest (flags, load, save, compose, write, notes).
type awardDoc struct {
	name  string // the command and its flag set: "decision"
	what  string // in messages: "quyết định", "tờ trình"
	title string // what was written: "quyết định khen thưởng"
	saved string // what --save keeps: "số, ngày, người ký"
	// flags adds the command's own flags to the shared ones (--pdf,
	// --docx, --draft, --all, --number, --date, --signer, --save).
	flags func(fs *flag.FlagSet)
	// set puts the flags given into the draft and reports whether
	// anything changed.
	set     func(r *report.Report, fs *flag.FlagSet) (bool, error)
	compose func(env Env, r *report.Report, isDraft bool) (*doc.Document, error)
	// honorees are those on the attached list, counted in the message.
	honorees func(r *report.Report) (collectives, individuals []report.Honoree)
	// numbered tells whether the document has its number and date.
	numbered func(r *report.Report) bool
}

// runAwardDoc writes the document k of the one draft in args as a PDF
// and/or a Word file, after putting the flags given into the draft (and
// saving it with --save).
func runAwardDoc(env Env, args []string, k awardDoc) error {
	fs := flag.NewFlagSet(k.name, flag.ContinueOnError)
	pdfOut := fs.String("pdf", "", "")
	docxOut := fs.String("docx", "", "")
	isDraft := fs.Bool("draft", false, "")
	save := fs.Bool("save", false, "")
	fs.Bool("all", false, "")
	fs.String("number", "", "")
	fs.String("date", "", "")
	fs.String("signer", "", "")
	k.flags(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp bản nháp")
	}
	if *pdfOut == "" && *docxOut == "" {
		return usagef("cần --pdf TỆP.pdf (hoặc --docx TỆP.docx): nơi ghi %s", k.what)
	}
	path := pos[0]
	r, err := draft.Load(path)
	if err != nil {
		return err
	}
	changed, err := k.set(r, fs)
	if err != nil {
		return err
	}
	if *save && changed {
		if err := draft.Save(path, r, "baocao "+Version); err != nil {
			return fmt.Errorf("không lưu được %s của %s vào bản nháp %s: %w", k.saved, k.what, path, err)
		}
		fmt.Fprintf(env.Stdout, "Đã lưu %s của %s vào bản nháp %s\n", k.saved, k.what, path)
	}
	d, err := k.compose(env, r, *isDraft)
	if err != nil {
		return err
	}
	c, i := k.honorees(r)
	if *pdfOut != "" {
		res, err := pdf.WriteDocumentFile(*pdfOut, d)
		if err != nil {
			return err
		}
		for _, w := range res.Warnings {
			fmt.Fprintf(env.Stderr, "Cảnh báo (warning): %s\n", w.Message)
		}
		fmt.Fprintf(env.Stdout, "Đã xuất %s %d tập thể, %d cá nhân: %s (%d trang)\n", k.title, len(c), len(i), *pdfOut, res.Pages)
	}
	if *docxOut != "" {
		if err := docx.WriteDocumentFile(*docxOut, d); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Đã xuất bản Word của %s %d tập thể, %d cá nhân: %s\n", k.title, len(c), len(i), *docxOut)
	}
	if !k.numbered(r) {
		fmt.Fprintf(env.Stderr, "Lưu ý: %s chưa có số hoặc ngày nên để trống chỗ viết tay; cho số, ngày bằng --number, --date (thêm --save để giữ trong bản nháp).\n", k.what)
	}
	return nil
}
