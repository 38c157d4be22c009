package pdftest

import (
	"bytes"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// TestPages reads back the page count of PDFs of one and three pages.
func TestPages(t *testing.T) {
	for _, want := range []int{1, 3} {
		pdf := gofpdf.New("P", "mm", "A4", "")
		for range want {
			pdf.AddPage()
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		if got := Pages(t, buf.Bytes()); got != want {
			t.Errorf("Pages = %d, want %d", got, want)
		}
	}
}
