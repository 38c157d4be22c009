package pdf

import (
	"bytes"
	"sync"
	"testing"
	"time"

	"baocao/app/compose"
	"baocao/app/sample"
)

// TestConcurrentRenders: the window renders a preview while an export
// runs. Documents rendered at once share the fonts' bytes and must come
// out as one rendered alone (run with -race to see that nothing shared
// is written).
func TestConcurrentRenders(t *testing.T) {
	at := time.Date(2016, 11, 8, 9, 0, 0, 0, time.UTC)
	var want bytes.Buffer
	if _, err := render(sample.Report(), &want, at, Options{}); err != nil {
		t.Fatal(err)
	}
	d := compose.Report(sample.Report(), compose.ReportOptions{})
	var wg sync.WaitGroup
	out := make([]bytes.Buffer, 4)
	errs := make([]error, len(out))
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				_, errs[i] = render(sample.Report(), &out[i], at, Options{})
			} else {
				_, errs[i] = RenderDocument(d, &out[i])
			}
		}()
	}
	wg.Wait()
	for i := range out {
		if errs[i] != nil {
			t.Errorf("render %d: %v", i, errs[i])
		} else if i%2 == 0 && !bytes.Equal(out[i].Bytes(), want.Bytes()) {
			t.Errorf("render %d differs from the one rendered alone", i)
		}
	}
}
