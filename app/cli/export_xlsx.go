package cli

import (
	"fmt"

	"baocao/app/report"
	"baocao/app/xlsx"
)

// exportXLSX writes r as an Excel workbook at path, atomically. A draft
// carries the "DỰ THẢO" mark above each honoree table.
func exportXLSX(env Env, path string, r *report.Report, draft bool) error {
	if err := xlsx.WriteFile(path, r, xlsx.ExportOptions{Draft: draft}); err != nil {
		return fmt.Errorf("xuất Excel %s: %w", path, err)
	}
	nc, ni := r.Honorees.Count()
	kind := ""
	if draft {
		kind = fmt.Sprintf(" (bản dự thảo, “%s”)", r.DraftMark())
	}
	fmt.Fprintf(env.Stdout, "Đã xuất Excel %s%s: %d cá nhân, %d tập thể, nội dung báo cáo và thông tin văn bản.\n", path, kind, ni, nc)
	return nil
}
