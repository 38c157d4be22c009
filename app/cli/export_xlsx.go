package cli

import (
	"fmt"

	"baocao/app/report"
	"baocao/app/xlsx"
)

// exportXLSX writes r as an Excel workbook at path, atomically.
func exportXLSX(env Env, path string, r *report.Report) error {
	if err := xlsx.WriteFile(path, r); err != nil {
		return fmt.Errorf("xuất Excel %s: %w", path, err)
	}
	nc, ni := r.Honorees.Count()
	fmt.Fprintf(env.Stdout, "Đã xuất Excel %s: %d cá nhân, %d tập thể, nội dung báo cáo và thông tin văn bản.\n", path, ni, nc)
	return nil
}
