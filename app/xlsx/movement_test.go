package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/app/sample"
)

// TestWorkbookWritesFiguresAsNumbers: the report's texts go into the
// workbook with the movement's placeholders filled, as on paper.
func TestWorkbookWritesFiguresAsNumbers(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sample.Report()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var all strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			all.WriteString(strings.Join(row, "\t") + "\n")
		}
	}
	text := all.String()
	if !strings.Contains(text, "các đơn vị đăng ký 17 mô hình, điển hình") || !strings.Contains(text, "tăng 3 (21,4%) so với năm 2015") {
		t.Error("the workbook lacks the figures sentence with its numbers")
	}
	if strings.Contains(text, "{{") {
		t.Error("a placeholder is left in the workbook")
	}
}
