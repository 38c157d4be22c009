package vnime

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"baocao/app/sample"
)

// codeKeys are the JSON keys whose values are codes ("district",
// "exemplar"), not Vietnamese text anyone types.
var codeKeys = map[string]bool{
	"template": true, "profile": true, "list": true, "placement": true,
	"gender": true, "kind": true, "stage": true, "level": true, "answer": true,
	"source": true, "format": true,
}

// sampleWords returns every distinct word of the sample report.
func sampleWords(t testing.TB) []string {
	b, err := json.Marshal(sample.WithHonorees(40))
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			for _, w := range strings.FieldsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if !seen[w] {
					seen[w] = true
					out = append(out, w)
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for k, x := range v {
				if !codeKeys[k] {
					walk(x)
				}
			}
		}
	}
	walk(v)
	return out
}

// TestSampleReport types every word of the sample report (with 40
// honorees) in both methods, with the tone key at the end of the word and
// right after the vowel: each must come out as written, in the style it is
// written in.
func TestSampleReport(t *testing.T) {
	ws := sampleWords(t)
	if len(ws) < 200 {
		t.Fatalf("only %d words in the sample report", len(ws))
	}
	for _, w := range ws {
		for _, m := range []Method{Telex, VNI} {
			for _, last := range []bool{true, false} {
				keys := keysFor(w, m == VNI, last)
				classic := Engine{Method: m, Style: Classic}.Type(keys)
				modern := Engine{Method: m, Style: Modern}.Type(keys)
				if w != classic && w != modern {
					t.Errorf("%v: Type(%q) = %q (classic), %q (modern), want %q", m, keys, classic, modern, w)
				}
			}
		}
	}
	t.Logf("%d words", len(ws))
}
