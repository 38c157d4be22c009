// Package fontmetrics reads the serif family embedded in the program
// (Liberation Serif, the metric twin of Times New Roman) and its advance
// widths, once per process, so that every renderer (pdf, docx) breaks
// lines and sizes columns on the same figures.
//
// It knows fonts only: it must not import a renderer, the model or Fyne.
// What a renderer does with a character the fonts lack is its own rule.
package fontmetrics

import (
	"fmt"
	"sync"

	"baocao/app/doc"
	"baocao/assets"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// files are the embedded files of the four faces, in doc.Style order.
var files = [...]string{assets.SerifRegular, assets.SerifBold, assets.SerifItalic, assets.SerifBoldItalic}

// Face is one face of the family.
type Face struct {
	Data []byte // the TrueType file, for a renderer that embeds it
	// Width[r] is the advance of rune r in thousandths of an em, rounded
	// the way gofpdf rounds it, for r in the Basic Multilingual Plane;
	// Has[r] says whether the face maps r to a glyph at all.
	Width [0x10000]uint16
	Has   [0x10000]bool
}

// Faces are the four faces, indexed by doc.Style.
type Faces [len(files)]*Face

var (
	once   sync.Once
	loaded *Faces
	errLd  error
)

// Load reads and measures the faces the first time it is called and
// returns the same faces afterwards; they must not be changed.
func Load() (*Faces, error) {
	once.Do(func() { loaded, errLd = Read() })
	return loaded, errLd
}

// Read reads and measures the four faces anew (Load shares them).
func Read() (*Faces, error) {
	var fs Faces
	for i, name := range files {
		data, err := assets.Fonts.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("không đọc được phông chữ %s gắn trong chương trình (chương trình bị hỏng, hãy cài lại): %w", name, err)
		}
		f, err := Measure(data)
		if err != nil {
			return nil, fmt.Errorf("phông chữ %s không đọc được (chương trình bị hỏng, hãy cài lại): %w", name, err)
		}
		fs[i] = f
	}
	return &fs, nil
}

// Measure reads the character map and advances of a TrueType font.
func Measure(data []byte) (*Face, error) {
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	upem := f.UnitsPerEm()
	// With ppem equal to units per em, advances come back in font units.
	ppem := fixed.Int26_6(int(upem) << 6)
	scale := 1000 / float64(upem)
	fc := &Face{Data: data}
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
		fc.Has[r] = true
		fc.Width[r] = uint16(int(units*scale + 0.5))
	}
	return fc, nil
}

// Face returns the face of style st.
func (fs *Faces) Face(st doc.Style) *Face { return fs[st] }

// Covers reports whether every face has a glyph for r.
func (fs *Faces) Covers(r rune) bool {
	if r < 0 || r >= 0x10000 {
		return false
	}
	for _, f := range fs {
		if !f.Has[r] {
			return false
		}
	}
	return true
}
