package movement

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Columns are the figures table's column titles, for every renderer.
func (f *Figures) Columns() []string {
	cols := []string{"Chỉ tiêu", fmt.Sprintf("Năm %d", f.Year)}
	if f.HasBaseline() {
		cols = append(cols, fmt.Sprintf("Năm %d", f.BaselineYear), "Tăng (+), giảm (−)")
	}
	return append(cols, "Nguồn số liệu")
}

// Cells returns a row's cells under Columns, as text.
func (f *Figures) Cells(r Row) []string {
	cells := []string{"  " + r.Label, FormatCount(r.This)}
	if f.HasBaseline() {
		last, change := Unknown, Unknown
		if r.HasLast {
			last, change = FormatCount(r.Last), r.Change.String()
		}
		cells = append(cells, last, change)
	}
	return append(cells, r.Source.Label())
}

// Text writes the table as aligned plain text (the command line's
// "baocao figures"): group titles, rows with the label left and the
// numbers right, the notes under it.
func (f *Figures) Text() string {
	cols := f.Columns()
	var lines [][]string
	lines = append(lines, cols)
	for _, g := range f.Groups {
		lines = append(lines, []string{g.Title})
		for _, r := range g.Rows {
			lines = append(lines, f.Cells(r))
		}
	}
	width := make([]int, len(cols))
	for _, l := range lines {
		if len(l) == 1 {
			continue // a group title runs across
		}
		for i, c := range l {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "BIỂU THỐNG KÊ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM %d\n\n", f.Year)
	for n, l := range lines {
		if len(l) == 1 {
			b.WriteString(l[0] + "\n")
			continue
		}
		for i, c := range l {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			switch {
			case i == 0 || i == len(l)-1:
				b.WriteString(c)
				if i < len(l)-1 {
					b.WriteString(pad)
				}
			default:
				b.WriteString(pad + c) // numbers right-aligned
			}
			if i < len(l)-1 {
				b.WriteString("  ")
			}
		}
		b.WriteString("\n")
		if n == 0 {
			total := 0
			for _, w := range width {
				total += w + 2
			}
			b.WriteString(strings.Repeat("─", total-2) + "\n")
		}
	}
	for _, note := range f.Notes {
		b.WriteString("\nGhi chú: " + note)
	}
	b.WriteString("\n")
	return b.String()
}
