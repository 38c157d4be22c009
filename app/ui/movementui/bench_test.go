package movementui

import (
	"testing"

	"baocao/app/sample"
)

// BenchmarkOpen5000 is opening the step on a draft of 5,000 entries.
func BenchmarkOpen5000(b *testing.B) {
	r := sample.WithRegister(5000)
	h := newHarness(b, r)
	b.ResetTimer()
	for b.Loop() {
		h.v.SetReport(r)
	}
}

// BenchmarkSearchKeystroke5000 is one keystroke in the search box over
// 5,000 entries (the folded texts built once, as after the first key).
func BenchmarkSearchKeystroke5000(b *testing.B) {
	r := sample.WithRegister(5000)
	h := newHarness(b, r)
	h.v.search.SetText("thu")
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			h.v.search.SetText("thu v")
		} else {
			h.v.search.SetText("thu")
		}
	}
}

// BenchmarkFirstSearch5000 is the first keystroke, folding every entry.
func BenchmarkFirstSearch5000(b *testing.B) {
	r := sample.WithRegister(5000)
	h := newHarness(b, r)
	b.ResetTimer()
	for b.Loop() {
		h.v.list.changed()
		h.v.search.SetText("k")
		h.v.search.SetText("")
	}
}
