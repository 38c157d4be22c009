package cli

import (
	"fmt"

	"baocao/app/pdf"
	"baocao/app/report"
)

// exportPDF writes r as a PDF at path, atomically, and reports what the
// user should check. A draft carries the "DỰ THẢO" mark.
func exportPDF(env Env, path string, r *report.Report, draft bool) error {
	res, err := pdf.WriteFile(path, r, pdf.Options{Draft: draft})
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(env.Stderr, "Cảnh báo (warning): %s\n", w.Message)
	}
	if draft {
		fmt.Fprintf(env.Stdout, "Đã xuất PDF bản dự thảo (“%s”): %s (%d trang)\n", r.DraftMark(), path, res.Pages)
		return nil
	}
	fmt.Fprintf(env.Stdout, "Đã xuất PDF: %s (%d trang)\n", path, res.Pages)
	return nil
}
