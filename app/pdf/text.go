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
// wider than first. A word longer than a line is cut between characters.
// The lines keep single spaces between words.
func (fs *fontSet) wrap(s string, t Text, first, width float64) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return nil
	}
	space := fs.width(" ", t.Style, t.Size)
	var lines []string
	var cur strings.Builder
	curW := 0.0
	avail := first
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curW = 0
		avail = width
	}
	for _, w := range words {
		ww := fs.width(w, t.Style, t.Size)
		if cur.Len() > 0 {
			if curW+space+ww <= avail+1e-9 {
				cur.WriteByte(' ')
				cur.WriteString(w)
				curW += space + ww
				continue
			}
			flush()
		}
		// w starts a line; cut it if it is longer than the line.
		for ww > avail+1e-9 {
			cut, cutW := fs.fit(w, t, avail)
			cur.WriteString(w[:cut])
			curW = cutW
			flush()
			w = w[cut:]
			ww = fs.width(w, t.Style, t.Size)
		}
		cur.WriteString(w)
		curW = ww
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

// fit returns how many bytes of w fit in avail millimetres (at least one
// character, so that wrapping always makes progress) and their width.
func (fs *fontSet) fit(w string, t Text, avail float64) (int, float64) {
	f := fs.faces[t.Style]
	k := t.Size / 1000 * ptToMM
	total := 0.0
	for i, r := range w {
		cw := 0.0
		if r < 0x10000 {
			cw = float64(f.width[r]) * k
		}
		if total+cw > avail && i > 0 {
			return i, total
		}
		total += cw
	}
	return len(w), total
}

// balanced wraps s into as few lines as wrap does within width, but with
// lines of even length, as centred headings are set: "ĐẢNG ỦY SỞ VĂN HÓA /
// VÀ THỂ THAO" rather than "ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ / THAO".
func (fs *fontSet) balanced(s string, t Text, width float64) []string {
	lines := fs.wrap(s, t, width, width)
	n := len(lines)
	if n < 2 {
		return lines
	}
	if n == 2 {
		if pair := fs.naturalBreak(s, t, width); pair != nil {
			return pair
		}
	}
	lo, hi := fs.width(s, t.Style, t.Size)/float64(n), width
	for i := 0; i < 16 && hi-lo > 0.2; i++ {
		mid := (lo + hi) / 2
		if len(fs.wrap(s, t, mid, mid)) == n {
			hi = mid
		} else {
			lo = mid
		}
	}
	return fs.wrap(s, t, hi, hi)
}

// naturalBreak splits s in two where a reader would: after a comma or
// before "và" ("ĐẢNG ỦY SỞ VĂN HÓA / VÀ THỂ THAO", not "ĐẢNG ỦY SỞ VĂN /
// HÓA VÀ THỂ THAO"), choosing the most even such split whose halves both
// fit in width. It returns nil when there is none.
func (fs *fontSet) naturalBreak(s string, t Text, width float64) []string {
	words := strings.Fields(s)
	var best []string
	bestW := width + 1e-9
	for i := 1; i < len(words); i++ {
		after := strings.HasSuffix(words[i-1], ",")
		before := strings.EqualFold(words[i], "và")
		if !after && !before {
			continue
		}
		a, b := strings.Join(words[:i], " "), strings.Join(words[i:], " ")
		w := max(fs.width(a, t.Style, t.Size), fs.width(b, t.Style, t.Size))
		if w <= bestW {
			best, bestW = []string{a, b}, w
		}
	}
	return best
}
