package docsui

import (
	"math"
	"strings"
	"testing"

	"baocao/app/certsettings"
)

// TestParseMM: shifts typed as offices type them, rounded to 0.5 mm;
// words and too large shifts refused with a sentence.
func TestParseMM(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		err  string
	}{
		{"", 0, ""}, {"-", 0, ""}, {"2", 2, ""}, {"1,5", 1.5, ""}, {"-1.5", -1.5, ""}, {"−2", -2, ""},
		{" +0,5 ", 0.5, ""}, {"1,2", 1, ""}, {"1,3", 1.5, ""}, {"50", 50, ""},
		{"hai", 0, "ví dụ"}, {"1e9", 0, "quá lớn"}, {"-51", 0, "quá lớn"}, {"NaN", 0, "ví dụ"},
	} {
		got, err := parseMM(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("parseMM(%q) error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("parseMM(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
		if back, err := parseMM(mmText(got)); err != nil || back != got {
			t.Errorf("mmText(%v) = %q reads back as %v, %v", got, mmText(got), back, err)
		}
	}
}

// FuzzParseMM: whatever is typed, a shift is a multiple of 0.5 mm within
// the allowed range, or an error; never a panic.
func FuzzParseMM(f *testing.F) {
	for _, s := range []string{"1,5", "-2", "+0.5", "1e3", "hai", "−0,25", "Inf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseMM(s)
		if err != nil {
			return
		}
		if math.Abs(v) > certsettings.MaxOffset || math.Mod(v*2, 1) != 0 {
			t.Errorf("parseMM(%q) = %v", s, v)
		}
	})
}
