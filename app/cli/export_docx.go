package cli

import (
	"fmt"

	"baocao/app/docx"
	"baocao/app/report"
)

// exportDOCX writes r as an editable Word copy at path, atomically. A
// draft carries the "DỰ THẢO" mark, as the PDF does.
func exportDOCX(env Env, path string, r *report.Report, draft bool) error {
	if err := docx.WriteFile(path, r, docx.Options{Draft: draft}); err != nil {
		return err
	}
	if draft {
		fmt.Fprintf(env.Stdout, "Đã xuất bản Word dự thảo (“%s”): %s\n", r.DraftMark(), path)
		return nil
	}
	fmt.Fprintf(env.Stdout, "Đã xuất bản Word: %s\n", path)
	return nil
}
