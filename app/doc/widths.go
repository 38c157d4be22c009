package doc

import "strings"

// HeaderSpacing is the line spacing (a multiple of the font size) of the
// header and closing blocks, the title, the appendix head and other
// centred lines, in every renderer.
const HeaderSpacing = 1.15

// Measure returns the width in millimetres of s set in t.
type Measure func(s string, t Text) float64

// MaxFixedGrowth is how much wider than its set width a narrow column may
// grow to keep a word whole.
const MaxFixedGrowth = 1.5

// ColumnWidths shares width among the columns of a table whose cells
// (the rows that size it) are given, as every renderer must, so that a
// table has the same columns on paper and in a Word copy: narrow columns
// (STT, the award, the note) get their set width, or their longest word
// if wider (up to MaxFixedGrowth times: a longer code such as
// "1234/QĐ-UBND-VX" is broken at the set width rather than squeezing
// every other column); wide ones share the rest by weight, but none gets
// more than its longest cell needs on one line, the surplus going to the
// others, and none less than its longest word when the others can spare
// it, so that "Trưởng" is never cut in every row.
func ColumnWidths(l *Layout, cols []Column, cells [][]string, width float64, measure Measure) []float64 {
	extra := 2*l.CellPadding + 0.5
	minW := make([]float64, len(cols))
	maxW := make([]float64, len(cols))
	headW := make([]float64, len(cols)) // the header's longest word
	for i, c := range cols {
		for _, w := range strings.Fields(c.Head) {
			headW[i] = max(headW[i], measure(w, l.TableHead))
		}
		minW[i] = headW[i]
	}
	body := l.TableBody
	for _, row := range cells {
		for i, s := range row {
			if i >= len(cols) {
				break
			}
			for _, p := range strings.Split(s, "\n") {
				maxW[i] = max(maxW[i], measure(p, body))
			}
			for _, w := range strings.Fields(s) {
				minW[i] = max(minW[i], measure(w, body))
			}
		}
	}
	widths := make([]float64, len(cols))
	rest := width
	var open []int // wide columns not yet capped, in order
	for i, c := range cols {
		if c.Width > 0 && minW[i] > c.Width*MaxFixedGrowth {
			minW[i] = headW[i] // broken anyway: no use widening for it
		}
		minW[i] = min(minW[i], width/4) + extra
		maxW[i] = max(maxW[i]+extra, minW[i])
		if c.Width > 0 {
			widths[i] = max(c.Width, minW[i])
			rest -= widths[i]
		} else {
			open = append(open, i)
		}
	}
	if len(cols) == 0 {
		return widths
	}
	if len(open) == 0 {
		widths[len(widths)-1] += rest
		return widths
	}
	for len(open) > 0 {
		weights := 0.0
		for _, i := range open {
			weights += cols[i].Weight
		}
		share := rest
		kept := open[:0]
		for _, i := range open {
			if w := share * cols[i].Weight / weights; w > maxW[i] {
				widths[i] = maxW[i]
				rest -= maxW[i]
			} else {
				kept = append(kept, i)
			}
		}
		capped := len(kept) < len(open)
		open = kept
		if !capped {
			for _, i := range open {
				widths[i] = rest * cols[i].Weight / weights
			}
			break
		}
	}
	if len(open) == 0 && rest > 0 { // every wide column fits: widen them all
		weights := 0.0
		for _, c := range cols {
			if c.Width == 0 {
				weights += c.Weight
			}
		}
		for i, c := range cols {
			if c.Width == 0 {
				widths[i] += rest * c.Weight / weights
			}
		}
	}
	keepWordsWhole(cols, widths, minW)
	return widths
}

// keepWordsWhole widens the wide columns narrower than their longest word
// (minW) with width taken from the wide columns that have more than
// theirs, when together they have enough; otherwise it leaves the widths.
func keepWordsWhole(cols []Column, widths, minW []float64) {
	deficit, surplus := 0.0, 0.0
	for i, c := range cols {
		if c.Width > 0 {
			continue
		}
		if widths[i] < minW[i] {
			deficit += minW[i] - widths[i]
		} else {
			surplus += widths[i] - minW[i]
		}
	}
	if deficit == 0 || surplus < deficit {
		return
	}
	for i, c := range cols {
		switch {
		case c.Width > 0:
		case widths[i] < minW[i]:
			widths[i] = minW[i]
		default:
			widths[i] -= (widths[i] - minW[i]) * deficit / surplus
		}
	}
}
