package xlsx

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestFirstRows(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	for r := 1; r <= 30; r++ {
		cell, _ := excelize.CoordinatesToCellName(2, r)
		if err := f.SetCellValue("Sheet1", cell, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetCellValue("Sheet1", "A1", "DANH SÁCH"); err != nil {
		t.Fatal(err)
	}
	if err := f.MergeCell("Sheet1", "A1", "A2"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Tập thể"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := FirstRows(bytes.NewReader(buf.Bytes()), 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "Sheet1" || got[1].Name != "Tập thể" {
		t.Fatalf("sheets = %+v", got)
	}
	rows := got[0].Rows
	if len(rows) != 5 {
		t.Fatalf("%d rows, want the first 5", len(rows))
	}
	if !slices.Equal(rows[0], []string{"DANH SÁCH", "1"}) || !slices.Equal(rows[1], []string{"DANH SÁCH", "2"}) || rows[4][1] != "5" {
		t.Errorf("rows = %q (a merged cell fills the rows under it)", rows)
	}
	if len(got[1].Rows) != 0 {
		t.Errorf("an empty sheet has rows %q", got[1].Rows)
	}
	if _, err := FirstRows(bytes.NewReader([]byte("not a workbook")), 5); !errors.Is(err, ErrNotWorkbook) {
		t.Errorf("a text file: err = %v, want ErrNotWorkbook", err)
	}
}
