package xlsx

import (
	"bytes"
	"io"
	"testing"

	"baocao/app/sample"
)

// BenchmarkExport10k: the issue asks for 10,000 honorees in under 400 ms.
func BenchmarkExport10k(b *testing.B) {
	r := sample.WithHonorees(10_000)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImport10k: a 10,000-row list must import in under 1 s and
// 200 MB. Peak memory is measured from outside (see README, ## Excel).
func BenchmarkImport10k(b *testing.B) {
	var buf bytes.Buffer
	if err := Write(&buf, sample.WithHonorees(10_000)); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Read(bytes.NewReader(data), Options{Source: "10k.xlsx"})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Rows) != 10_000+6 { // and the sample's collectives
			b.Fatalf("%d rows", len(res.Rows))
		}
	}
}
