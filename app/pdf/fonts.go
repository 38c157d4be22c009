package pdf

import (
	"fmt"
	"sync"

	"baocao/app/doc"
	"baocao/assets"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
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

// fontFiles are the embedded files of the four faces, in style order.
var fontFiles = [numStyles]string{assets.SerifRegular, assets.SerifBold, assets.SerifItalic, assets.SerifBoldItalic}

// face is one font, read and measured once per process.
type face struct {
	data []byte // the TrueType file, handed to gofpdf for every document
	// width[r] is the advance of rune r in thousandths of an em, rounded
	// the way gofpdf rounds it, for r in the Basic Multilingual Plane;
	// has[r] says whether the font maps r to a glyph at all.
	width [0x10000]uint16
	has   [0x10000]bool
}

// fontSet holds the four faces.
type fontSet struct {
	faces [numStyles]*face
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
// shared across exports is the bytes and our own metrics, which line
// breaking and the check for missing characters use.
func loadFonts() (*fontSet, error) {
	fontsOnce.Do(func() { fontsVal, fontsErr = readFonts() })
	return fontsVal, fontsErr
}

func readFonts() (*fontSet, error) {
	fs := &fontSet{}
	for i, name := range fontFiles {
		data, err := assets.Fonts.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("không đọc được phông chữ %s gắn trong chương trình (chương trình bị hỏng, hãy cài lại): %w", name, err)
		}
		f, err := measure(data)
		if err != nil {
			return nil, fmt.Errorf("phông chữ %s không đọc được (chương trình bị hỏng, hãy cài lại): %w", name, err)
		}
		fs.faces[i] = f
	}
	fs.replacement = '?'
	if fs.covers('□') {
		fs.replacement = '□'
	}
	return fs, nil
}

// measure reads the character map and advances of a TrueType font.
func measure(data []byte) (*face, error) {
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	upem := f.UnitsPerEm()
	// With ppem equal to units per em, advances come back in font units.
	ppem := fixed.Int26_6(int(upem) << 6)
	scale := 1000 / float64(upem)
	fc := &face{data: data}
	for r := rune(1); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		gi, err := f.GlyphIndex(&buf, r)
		if err != nil || gi == 0 {
			continue
		}
		adv, err := f.GlyphAdvance(&buf, gi, ppem, font.HintingNone)
		if err != nil {
			continue
		}
		units := float64(adv) / 64
		fc.has[r] = true
		fc.width[r] = uint16(int(units*scale + 0.5))
	}
	return fc, nil
}

// covers reports whether every face has a glyph for r.
func (fs *fontSet) covers(r rune) bool {
	if r < 0 || r >= 0x10000 {
		return false
	}
	for _, f := range fs.faces {
		if !f.has[r] {
			return false
		}
	}
	return true
}

// ptToMM converts points to millimetres.
const ptToMM = 25.4 / 72

// width returns the width of s in millimetres when set in style st at size
// points. s must hold only characters the fonts cover.
func (fs *fontSet) width(s string, st Style, size float64) float64 {
	f := fs.faces[st]
	units := 0
	for _, r := range s {
		if r < 0x10000 {
			units += int(f.width[r])
		}
	}
	return float64(units) * size / 1000 * ptToMM
}
