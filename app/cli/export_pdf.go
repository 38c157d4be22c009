package cli

import (
	"fmt"

	"baocao/app/pdf"
	"baocao/app/report"
)

// exportPDF writes r as a PDF at path, atomically, and reports what the
// user should check.
func exportPDF(env Env, path string, r *report.Report) error {
	res, err := pdf.WriteFile(path, r)
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(env.Stderr, "Cảnh báo (warning): %s\n", w.Message)
	}
	fmt.Fprintf(env.Stdout, "Đã xuất PDF: %s (%d trang)\n", path, res.Pages)
	return nil
}
