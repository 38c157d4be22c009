package pdf

import (
	"sync"

	"baocao/app/doc"
	"baocao/app/fontmetrics"
)

// Style is one of the four faces of the serif family (doc.Style).
type Style = doc.Style

// The faces.
const (
	Regular    = doc.Regular
	Bold       = doc.Bold
	Italic     = doc.Italic
	BoldItalic = doc.BoldItalic
	numStyles  = doc.BoldItalic + 1
)

// gofpdfStyle is the style string gofpdf uses for s.
func gofpdfStyle(s Style) string {
	return [...]string{"", "B", "I", "BI"}[s]
}

// family is the name the fonts are registered under in every document.
const family = "LiberationSerif"

// fontSet holds the four faces, measured by fontmetrics (the Word
// renderer measures on the same ones).
type fontSet struct {
	faces *fontmetrics.Faces
	// replacement is what a character missing from the fonts becomes.
	replacement rune
}

var (
	fontsOnce sync.Once
	fontsVal  *fontSet
	fontsErr  error
)

// loadFonts reads and measures the embedded fonts the first time it is
// called and returns the same set afterwards. gofpdf parses a TrueType file
// again for every document it is added to (AddUTF8FontFromBytes keeps the
// parsed tables in an unexported field of each document), so what can be
// shared across exports is the bytes and the metrics, which line
// breaking and the check for missing characters use.
func loadFonts() (*fontSet, error) {
	fontsOnce.Do(func() { fontsVal, fontsErr = newFontSet(fontmetrics.Load()) })
	return fontsVal, fontsErr
}

// readFonts reads and measures the fonts anew, for the benchmark.
func readFonts() (*fontSet, error) { return newFontSet(fontmetrics.Read()) }

func newFontSet(faces *fontmetrics.Faces, err error) (*fontSet, error) {
	if err != nil {
		return nil, err
	}
	fs := &fontSet{faces: faces, replacement: '?'}
	if fs.covers('□') {
		fs.replacement = '□'
	}
	return fs, nil
}

// covers reports whether every face has a glyph for r.
func (fs *fontSet) covers(r rune) bool { return fs.faces.Covers(r) }

// ptToMM converts points to millimetres (doc.PtToMM).
const ptToMM = doc.PtToMM

// width returns the width of s in millimetres when set in style st at size
// points. s must hold only characters the fonts cover.
func (fs *fontSet) width(s string, st Style, size float64) float64 {
	f := fs.faces.Face(st)
	units := 0
	for _, r := range s {
		if r < 0x10000 {
			units += int(f.Width[r])
		}
	}
	return float64(units) * size / 1000 * ptToMM
}
