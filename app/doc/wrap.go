package doc

import "strings"

// Line breaking shared by the renderers, so that a centred heading breaks
// at the same word on paper and in a Word copy; widths come from the
// renderer's Measure.

// Wrap breaks s into lines no wider than width millimetres, the first no
// wider than first. A word longer than a line is cut between characters.
// The lines keep single spaces between words.
func Wrap(s string, t Text, first, width float64, m Measure) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return nil
	}
	space := m(" ", t)
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
		ww := m(w, t)
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
			cut, cutW := fit(w, t, avail, m)
			cur.WriteString(w[:cut])
			curW = cutW
			flush()
			w = w[cut:]
			ww = m(w, t)
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
func fit(w string, t Text, avail float64, m Measure) (int, float64) {
	total := 0.0
	for i, r := range w {
		cw := m(string(r), t)
		if total+cw > avail && i > 0 {
			return i, total
		}
		total += cw
	}
	return len(w), total
}

// Balanced wraps s into as few lines as Wrap does within width, but with
// lines of even length, as centred headings are set: "ĐẢNG ỦY SỞ VĂN HÓA /
// VÀ THỂ THAO" rather than "ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ / THAO".
func Balanced(s string, t Text, width float64, m Measure) []string {
	lines := Wrap(s, t, width, width, m)
	n := len(lines)
	if n < 2 {
		return lines
	}
	if n == 2 {
		if pair := naturalBreak(s, t, width, m); pair != nil {
			return pair
		}
	}
	lo, hi := m(s, t)/float64(n), width
	for i := 0; i < 16 && hi-lo > 0.2; i++ {
		mid := (lo + hi) / 2
		if len(Wrap(s, t, mid, mid, m)) == n {
			hi = mid
		} else {
			lo = mid
		}
	}
	return Wrap(s, t, hi, hi, m)
}

// naturalBreak splits s in two where a reader would: after a comma or
// before "và" ("ĐẢNG ỦY SỞ VĂN HÓA / VÀ THỂ THAO", not "ĐẢNG ỦY SỞ VĂN /
// HÓA VÀ THỂ THAO"), choosing the most even such split whose halves both
// fit in width. It returns nil when there is none.
func naturalBreak(s string, t Text, width float64, m Measure) []string {
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
		w := max(m(a, t), m(b, t))
		if w <= bestW {
			best, bestW = []string{a, b}, w
		}
	}
	return best
}
