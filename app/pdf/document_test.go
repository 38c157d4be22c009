package pdf

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/app/doc"
)

// renderDocFile renders d into a temporary file.
func renderDocFile(t *testing.T, d *doc.Document) (string, Result) {
	t.Helper()
	var buf bytes.Buffer
	res, err := RenderDocument(d, &buf)
	if err != nil {
		t.Fatalf("RenderDocument: %v", err)
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, res
}

// TestRenderDocumentTables: a document built by hand, not from a report,
// is drawn: its long table goes over pages with the header row on each
// when RepeatHeader is set and only on the first otherwise; a cell's
// characters the fonts lack are reported under the cell's field.
func TestRenderDocumentTables(t *testing.T) {
	for _, repeat := range []bool{true, false} {
		t.Run(fmt.Sprint("repeat=", repeat), func(t *testing.T) {
			cols := doc.HonoreeColumns(doc.ColumnSet{Filled: func(k string) bool { return k == doc.KeyNote }})
			tb := doc.Table{Src: doc.Src{Field: "list", Where: "danh sách"}, Columns: cols, RepeatHeader: repeat}
			for i := range 120 {
				tb.Rows = append(tb.Rows, []string{fmt.Sprint(i + 1), fmt.Sprintf("Người thứ %d", i+1), "Ghi chú riêng"})
			}
			tb.Rows[5][1] += " ☃"
			d := &doc.Document{Kind: "test", Layout: PartyLayout}
			d.Add(doc.Title{Title: doc.Line{Text: "DANH SÁCH"}}, tb)
			path, res := renderDocFile(t, d)
			pages := pdfText(t, path)
			if len(pages) < 2 || res.Pages != len(pages) {
				t.Fatalf("%d pages (%d read)", res.Pages, len(pages))
			}
			heads := 0
			for _, p := range pages {
				if strings.Contains(p, "Họ và tên") {
					heads++
				}
			}
			if want := map[bool]int{true: len(pages), false: 1}[repeat]; heads != want {
				t.Errorf("header row on %d of %d pages, want %d", heads, len(pages), want)
			}
			text := flat(pages)
			for _, s := range []string{"Người thứ 1 ", "Người thứ 120"} {
				if !strings.Contains(text, s) {
					t.Errorf("%q missing", s)
				}
			}
			if len(res.Warnings) != 1 || res.Warnings[0].Field != "list[5].name" || !strings.Contains(res.Warnings[0].Message, "danh sách, dòng 6, cột “Họ và tên”") {
				t.Errorf("warnings %+v", res.Warnings)
			}
		})
	}
}

// TestRenderDocumentNil: no document, or one without a layout, is an
// error, not a panic.
func TestRenderDocumentNil(t *testing.T) {
	for _, d := range []*doc.Document{nil, {Kind: "report"}} {
		if _, err := RenderDocument(d, &bytes.Buffer{}); err == nil {
			t.Errorf("%v: no error", d)
		}
	}
}
