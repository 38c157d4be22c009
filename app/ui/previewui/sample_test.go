package previewui

import (
	"bytes"
	"testing"

	"baocao/app/pdf"
	"baocao/app/sample"
)

// samplePDF is the sample report as export writes it: what the
// screenshots show.
func samplePDF(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := pdf.Render(sample.Report(), &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
