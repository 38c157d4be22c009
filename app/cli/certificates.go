package cli

import (
	"flag"
	"fmt"
	"strings"

	"baocao/app/catalog"
	"baocao/app/certsettings"
	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/draft"
	"baocao/app/pdf"
	"baocao/app/report"
	"baocao/templates"
)

// runCertificates writes the certificates (Giấy khen) of a draft's
// decision as one PDF, a page per honoree in the order of the list: in
// full on plain paper, or with --blank only the variable fields, shifted
// by the printer's offsets, onto pre-printed blanks; --calibration writes
// the calibration page instead. "certificates offsets" sets the offsets.
func runCertificates(env Env, args []string) error {
	if len(args) > 0 && args[0] == "offsets" {
		return runOffsets(env, args[1:])
	}
	fs := flag.NewFlagSet("certificates", flag.ContinueOnError)
	pdfOut := fs.String("pdf", "", "")
	blank := fs.Bool("blank", false, "")
	a3 := fs.Bool("a3", false, "")
	printer := fs.String("printer", "", "")
	calibration := fs.Bool("calibration", false, "")
	all := fs.Bool("all", false, "")
	first := fs.Int("first-serial", 0, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *pdfOut == "" {
		return usagef("cần --pdf TỆP.pdf: nơi ghi giấy khen")
	}
	if *first < 0 {
		return usagef("--first-serial: số vào sổ phải từ 1 trở lên")
	}
	paper := certsettings.A4
	if *a3 {
		paper = certsettings.A3
	}
	settings, err := certsettings.Load()
	if err != nil {
		return err
	}
	offs := settings.Offsets(*printer, paper)
	if *calibration {
		if len(pos) > 1 {
			return usagef("trang căn chỉnh không cần bản nháp, hoặc chỉ một")
		}
		d := compose.CalibrationPage(compose.CertLayoutFor(paper), offs, *printer)
		res, err := pdf.WriteDocumentFile(*pdfOut, d)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Đã xuất trang căn chỉnh giấy khen (%s, %s): %s (%d trang)\n", paper.Label(), printerName(*printer), *pdfOut, res.Pages)
		return nil
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp bản nháp")
	}
	r, err := draft.Load(pos[0])
	if err != nil {
		return err
	}
	if *all {
		r.Decision.SetScope(report.ScopeAll) // for this print only
	}
	tpl, err := catalog.LoadCertificate(templates.Certificates, r.Profile)
	if err != nil {
		return err
	}
	opts := compose.CertificateOptions{Paper: paper, Blank: *blank, Offsets: offs, BodyName: env.bodyName(r), FirstSerial: *first}
	d, err := compose.Certificates(r, tpl, opts)
	if err != nil {
		return err
	}
	res, err := pdf.WriteDocumentFile(*pdfOut, d)
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(env.Stderr, "Cảnh báo (warning): %s\n", w.Message)
	}
	how := "in đủ"
	if *blank {
		how = "in lên phôi, " + printerName(*printer) + ": " + offs.Describe()
	}
	fmt.Fprintf(env.Stdout, "Đã xuất %d giấy khen (%s, %s): %s\n", res.Pages, paper.Label(), how, *pdfOut)
	return nil
}

func printerName(p string) string {
	if strings.TrimSpace(p) == "" {
		return "máy in không tên"
	}
	return "máy in “" + strings.TrimSpace(p) + "”"
}

// runOffsets sets how far the fields printed onto blanks are shifted for
// a printer, and prints the offsets in use.
func runOffsets(env Env, args []string) error {
	fs := flag.NewFlagSet("certificates offsets", flag.ContinueOnError)
	printer := fs.String("printer", "", "")
	a3 := fs.Bool("a3", false, "")
	field := fs.String("field", "all", "")
	dx := fs.Float64("dx", 0, "")
	dy := fs.Float64("dy", 0, "")
	reset := fs.Bool("reset", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return usagef("không cần bản nháp để đặt độ dịch")
	}
	paper := certsettings.A4
	if *a3 {
		paper = certsettings.A3
	}
	key := strings.ToLower(strings.TrimSpace(*field))
	if key != "all" && !validField(key) {
		return usagef("--field: không có ô %q; các ô: all, %s", *field, strings.Join(doc.CertA4.VariableKeys(), ", "))
	}
	s, err := certsettings.Load()
	if err != nil {
		return err
	}
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == "dx" || f.Name == "dy" })
	switch {
	case *reset:
		s.Reset(*printer, paper)
	case set:
		o := s.Offsets(*printer, paper)
		cur := o.Global
		if key != "all" {
			cur = o.Fields[key]
		}
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "dx" {
				cur.DX = *dx
			}
			if f.Name == "dy" {
				cur.DY = *dy
			}
		})
		if err := s.Set(*printer, paper, key, cur); err != nil {
			return usagef("%v", err)
		}
	}
	if *reset || set {
		if err := s.Save(); err != nil {
			return err
		}
		p, _ := certsettings.Path()
		fmt.Fprintf(env.Stdout, "Đã lưu độ dịch vào %s\n", p)
	}
	fmt.Fprintf(env.Stdout, "Độ dịch khi in giấy khen lên phôi (%s, %s): %s\n", paper.Label(), printerName(*printer), s.Offsets(*printer, paper).Describe())
	return nil
}

func validField(k string) bool {
	for _, v := range doc.CertA4.VariableKeys() {
		if v == k {
			return true
		}
	}
	return false
}
