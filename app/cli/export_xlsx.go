package cli

import (
	"fmt"

	"baocao/app/report"
)

// exportXLSX writes r as an Excel workbook at path.
func exportXLSX(env Env, path string, r *report.Report) error {
	return fmt.Errorf("chưa hỗ trợ xuất Excel trong phiên bản này (Excel export not available yet)")
}
