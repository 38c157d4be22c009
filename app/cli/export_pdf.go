package cli

import (
	"fmt"

	"baocao/app/report"
)

// exportPDF writes r as a PDF at path.
func exportPDF(env Env, path string, r *report.Report) error {
	return fmt.Errorf("chưa hỗ trợ xuất PDF trong phiên bản này (PDF export not available yet)")
}
