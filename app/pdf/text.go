package pdf

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"baocao/app/doc"
	"baocao/app/textnorm"
)

// Warning is something the reader of the PDF should know about the
// export: the document was written, but not exactly as the draft says.
type Warning struct {
	Field   string // the report field, e.g. "honorees.individuals[3].name"
	Message string // a Vietnamese sentence that says what happened and what to do
}

func (w Warning) String() string { return w.Message }

// cleaner prepares text for gofpdf: NFC, no control characters, and only
// characters the fonts have; it records a warning for each character it had
// to replace.
type cleaner struct {
	fonts    *fontSet
	warnings []Warning
	seen     map[string]bool
}

// line cleans a one-line value of field (where says, in Vietnamese, where
// it appears on paper). Blocks come cleaned from package compose; the
// renderer cleans again because RenderDocument draws any document, and
// gofpdf must never see a control character.
func (c *cleaner) line(field, where, s string) string {
	if !textnorm.IsLine(s) {
		s = textnorm.Line(s)
	}
	return c.glyphs(field, where, s)
}

// src cleans a block's line; a line with no field is the program's own
// text or was reported under its field already, and is cleaned quietly.
func (c *cleaner) src(l doc.Line) string {
	if l.Field == "" {
		return c.quiet(l.Text)
	}
	return c.line(l.Field, l.Where, l.Text)
}

// quiet cleans s and replaces the characters the fonts lack without a
// warning.
func (c *cleaner) quiet(s string) string {
	if !textnorm.IsLine(s) {
		s = textnorm.Line(s)
	}
	for _, r := range s {
		if !c.fonts.covers(r) {
			return strings.Map(func(r rune) rune {
				if c.fonts.covers(r) {
					return r
				}
				return c.fonts.replacement
			}, s)
		}
	}
	return s
}

// cell cleans a table cell, whose lines are separated by "\n"; a cell
// without a field (STT) is cleaned quietly.
func (c *cleaner) cell(at doc.Src, s string) string {
	if !strings.Contains(s, "\n") {
		return c.src(doc.Line{Text: s, Src: at})
	}
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		parts[i] = c.src(doc.Line{Text: p, Src: at})
	}
	return strings.Join(parts, "\n")
}

// glyphs replaces the characters the fonts lack.
func (c *cleaner) glyphs(field, where, s string) string {
	ok := true
	for _, r := range s {
		if !c.fonts.covers(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == '\t' {
			b.WriteByte(' ')
			continue
		}
		if c.fonts.covers(r) {
			b.WriteRune(r)
			continue
		}
		b.WriteRune(c.fonts.replacement)
		key := field + "\x00" + string(r)
		if c.seen[key] {
			continue
		}
		if c.seen == nil {
			c.seen = map[string]bool{}
		}
		c.seen[key] = true
		shown := string(r)
		if r == utf8.RuneError {
			shown = "�"
		}
		c.warnings = append(c.warnings, Warning{
			Field: field,
			Message: fmt.Sprintf("Ký tự “%s” (U+%04X) ở %s không có trong phông chữ Liberation Serif nên trong PDF được thay bằng “%c”; hãy sửa lại chữ đó trong bản nháp rồi xuất lại.",
				shown, r, where, c.fonts.replacement),
		})
	}
	return b.String()
}

// wrap breaks s into lines no wider than width millimetres, the first no
// wider than first, as doc.Wrap does with the PDF's fonts.
func (fs *fontSet) wrap(s string, t Text, first, width float64) []string {
	return doc.Wrap(s, t, first, width, fs.measure)
}

// balanced wraps s in lines of even length, as doc.Balanced does with the
// PDF's fonts.
func (fs *fontSet) balanced(s string, t Text, width float64) []string {
	return doc.Balanced(s, t, width, fs.measure)
}

// measure is fs.width as a doc.Measure.
func (fs *fontSet) measure(s string, t Text) float64 { return fs.width(s, t.Style, t.Size) }
