package xlsx

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao/app/report"
	"baocao/app/sample"
)

// TestExportDraftMark: a draft workbook carries the mark, with its round,
// boxed at the top right of both honoree sheets, above an unchanged title
// block and header row; a final one carries no mark.
func TestExportDraftMark(t *testing.T) {
	for _, tc := range []struct {
		name  string
		draft bool
		round int
		mark  string
	}{
		{"draft", true, 0, "DỰ THẢO"},
		{"draft round 2", true, 2, "DỰ THẢO LẦN 2"},
		{"final", false, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := sample.Report()
			r.DraftRound = tc.round
			var buf bytes.Buffer
			if err := Write(&buf, r, ExportOptions{Draft: tc.draft}); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			for _, sheet := range []string{SheetIndividuals, SheetCollectives} {
				rows, err := f.GetRows(sheet)
				if err != nil {
					t.Fatal(err)
				}
				found := ""
				for _, row := range rows[:min(len(rows), 8)] {
					for _, c := range row {
						if strings.Contains(c, "DỰ THẢO") {
							found = c
						}
					}
				}
				if found != tc.mark {
					t.Errorf("%s: mark %q, want %q", sheet, found, tc.mark)
				}
				// The header row follows the title block whether or not
				// the mark is there.
				header := -1
				for i, row := range rows {
					if len(row) > 0 && row[0] == "STT" {
						header = i
						break
					}
				}
				if header < 0 || !strings.Contains(strings.Join(rows[header-2], " ")+strings.Join(rows[header-3], " "), "Dân vận khéo") {
					t.Errorf("%s: header row at %d, title block not right above it: %q", sheet, header, rows[:max(header, 0)])
				}
				if tc.mark == "" {
					continue
				}
				cols, _ := f.GetCols(sheet)
				last := len(cols)
				cell := cellName(last-1, 1)
				if v, _ := f.GetCellValue(sheet, cell); v != tc.mark {
					t.Errorf("%s: %s = %q, want the mark at the top right", sheet, cell, v)
				}
				style, _ := f.GetCellStyle(sheet, cell)
				s, err := f.GetStyle(style)
				if err != nil || s.Font == nil || !s.Font.Bold || len(s.Border) != 4 {
					t.Errorf("%s: the mark is not bold in a box: %+v %v", sheet, s, err)
				}
			}
			props, err := f.GetDocProps()
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(props.Title, "DỰ THẢO"); got != (tc.mark != "") {
				t.Errorf("workbook title %q", props.Title)
			}
		})
	}
}

// TestExportWrittenForms: the workbook writes the number and the date as
// the PDF does: "Số 05-BC/ĐU", "ngày 05 tháng 8 năm 2016".
func TestExportWrittenForms(t *testing.T) {
	r := sample.Report()
	r.Number = "5"
	r.IssueDate = report.NewDate(2016, time.August, 5)
	var buf bytes.Buffer
	if err := Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var all []string
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for _, row := range rows {
			all = append(all, strings.Join(row, " | "))
		}
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{"Số 05-BC/ĐU", "ngày 05 tháng 8 năm 2016", "(Kèm theo Báo cáo số 05-BC/ĐU"} {
		if !strings.Contains(text, want) {
			t.Errorf("the workbook lacks %q", want)
		}
	}
}
