package uitexttest

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// recorder is a testing.TB that keeps the errors instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }

// TestCheckReportsUnusedTexts: this package's code looks up no text, so
// every key of the files is reported as unused, and too few texts found
// is reported when min asks for more.
func TestCheckReportsUnusedTexts(t *testing.T) {
	files := fstest.MapFS{
		"translations/vi.json": {Data: []byte(`{"x.a": "Một"}`)},
		"translations/en.json": {Data: []byte(`{"x.a": "One"}`)},
	}
	for _, c := range []struct {
		min  int
		want []string
	}{
		{0, []string{`vi.json: "x.a" is not used`, `en.json: "x.a" is not used`}},
		{1, []string{"found only 0 texts"}},
	} {
		r := &recorder{TB: t}
		Check(r, files, c.min)
		got := strings.Join(r.errs, "\n")
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("min %d: errors %q lack %q", c.min, got, w)
			}
		}
	}
}
