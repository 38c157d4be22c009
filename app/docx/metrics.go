package docx

import (
	"baocao/app/doc"
	"baocao/app/fontmetrics"
)

// The Word copy names Times New Roman; Word and LibreOffice set it, or
// Liberation Serif, its metric twin, that the PDF embeds. The widths the
// renderer needs (columns, list labels, rules as long as a line) are
// measured on Liberation Serif, as the PDF's are, so that both agree.

// loadFaces reads the widths of every face (fontmetrics shares them with
// the PDF).
func loadFaces() error {
	_, err := fontmetrics.Load()
	return err
}

// measure returns the width of s set in t, in millimetres; a character
// the face lacks counts as wide as its "□" (or half an em). loadFaces must
// have succeeded.
func measure(s string, t doc.Text) float64 {
	faces, _ := fontmetrics.Load() // its error was loadFaces's
	f := faces.Face(t.Style)
	miss := f.Width['□']
	if miss == 0 {
		miss = 500
	}
	units := 0
	for _, r := range s {
		w := miss
		if r >= 0x20 && r < 0x10000 && f.Has[r] {
			w = f.Width[r]
		}
		units += int(w)
	}
	return float64(units) / 1000 * t.Size * doc.PtToMM
}
