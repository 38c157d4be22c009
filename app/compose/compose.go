// Package compose builds renderer-neutral documents (package doc) from
// the model (packages report and movement): one small builder per
// document kind. It decides what is on the page — the texts and their
// case, the numbering (I., II., 1., 2.), the default titles, where the
// honoree list goes, the draft mark — and nothing of how it is drawn.
//
//	model (report, movement) → compose → doc → renderers (pdf, …)
//
// It must not import a renderer (pdf, xlsx), gofpdf, excelize or Fyne.
package compose

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/app/doc"
	"baocao/app/report"
	"baocao/app/textnorm"
)

// LayoutFor returns the layout of the form of profile p; an unknown
// profile gets the Party form, which validation reports separately.
func LayoutFor(p report.Profile) *doc.Layout {
	if p == report.ProfileState {
		return &doc.StateLayout
	}
	return &doc.PartyLayout
}

// line cleans a one-line value: NFC, no control characters, single
// spaces.
func line(s string) string { return textnorm.Line(s) }

// paragraphs cleans multi-line text and returns its non-blank lines, each
// with single spaces.
func paragraphs(s string) []string {
	var out []string
	for _, l := range strings.Split(textnorm.Paragraphs(s), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// lines cleans text as paragraphs, each with field and where.
func lines(text, field, where string) []doc.Line {
	ps := paragraphs(text)
	out := make([]doc.Line, len(ps))
	for i, p := range ps {
		out[i] = doc.L(p, field, where)
	}
	return out
}

// roman writes n (1…3999) in Roman numerals.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// SentenceCase turns "BÁO CÁO" into "Báo cáo", as a kind is written
// inside a sentence ("Kèm theo Báo cáo số …").
func SentenceCase(s string) string {
	s = strings.ToLower(s)
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// sectionWhere names a body section in Vietnamese, for warnings.
func sectionWhere(field string) string {
	if name := report.SectionName(field); name != field {
		return "mục “" + name + "”"
	}
	return "phần nội dung"
}

// counter numbers headings: "I.", "II.", … or "1.", "2.", ….
type counter struct {
	n     int
	roman bool
}

func (c *counter) next() string {
	c.n++
	if c.roman {
		return roman(c.n) + "."
	}
	return fmt.Sprint(c.n) + "."
}
