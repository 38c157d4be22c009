package vnime

import (
	"strings"
	"testing"
)

// paragraph returns a text of n words drawn from the report's vocabulary.
func paragraph(n int) string {
	var ws []string
	for len(ws) < n {
		for _, w := range words {
			for _, f := range strings.Fields(w.classic) {
				if len(ws) < n {
					ws = append(ws, f)
				}
			}
		}
	}
	return strings.Join(ws, " ")
}

func benchmarkType(b *testing.B, m Method) {
	text := paragraph(1000)
	keys := keysFor(text, m == VNI, true)
	e := Engine{Method: m}
	if got := e.Type(keys); got != text {
		b.Fatalf("Type gives %q…, want %q…", got[:80], text[:80])
	}
	b.SetBytes(int64(len(keys)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		e.Type(keys)
	}
}

// BenchmarkTypeTelex types a paragraph of 1,000 words in Telex.
func BenchmarkTypeTelex(b *testing.B) { benchmarkType(b, Telex) }

// BenchmarkTypeVNI types a paragraph of 1,000 words in VNI.
func BenchmarkTypeVNI(b *testing.B) { benchmarkType(b, VNI) }

// BenchmarkApply is one key in an entry: the tone of "người" typed after a
// line of text.
func BenchmarkApply(b *testing.B) {
	e := Engine{Method: Telex}
	before := "Đảng bộ Sở Văn hóa và Thể thao biểu dương những ngươi"
	b.ReportAllocs()
	for b.Loop() {
		e.Apply(before, 'f')
	}
}
