package docx

import (
	"fmt"
	"sync"

	"baocao/app/doc"
	"baocao/assets"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The Word copy names Times New Roman; Word and LibreOffice set it, or
// Liberation Serif, its metric twin, that the PDF embeds. The widths the
// renderer needs (columns, list labels, rules as long as a line) are
// measured on Liberation Serif, as the PDF's are, so that both agree.

var fontFiles = [...]string{assets.SerifRegular, assets.SerifBold, assets.SerifItalic, assets.SerifBoldItalic}

// face holds the advance widths of one face, in thousandths of an em,
// of the characters of the Basic Multilingual Plane.
type face struct {
	once  sync.Once
	err   error
	width map[rune]uint16
	miss  uint16 // the width of a character the face lacks
}

var faces [len(fontFiles)]face

// load reads face st's widths once.
func (f *face) load(st doc.Style) error {
	f.once.Do(func() {
		name := fontFiles[st]
		data, err := assets.Fonts.ReadFile(name)
		if err != nil {
			f.err = fmt.Errorf("không đọc được phông chữ %s gắn trong chương trình (chương trình bị hỏng, hãy cài lại): %w", name, err)
			return
		}
		sf, err := sfnt.Parse(data)
		if err != nil {
			f.err = fmt.Errorf("phông chữ %s không đọc được (chương trình bị hỏng, hãy cài lại): %w", name, err)
			return
		}
		var buf sfnt.Buffer
		upem := sf.UnitsPerEm()
		ppem := fixed.Int26_6(int(upem) << 6)
		scale := 1000 / float64(upem)
		f.width = make(map[rune]uint16, 2048)
		for r := rune(0x20); r < 0x10000; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			gi, err := sf.GlyphIndex(&buf, r)
			if err != nil || gi == 0 {
				continue
			}
			adv, err := sf.GlyphAdvance(&buf, gi, ppem, font.HintingNone)
			if err != nil {
				continue
			}
			f.width[r] = uint16(float64(adv)/64*scale + 0.5)
		}
		f.miss = f.width['□']
		if f.miss == 0 {
			f.miss = 500
		}
	})
	return f.err
}

// loadFaces reads the widths of every face.
func loadFaces() error {
	for st := range faces {
		if err := faces[st].load(doc.Style(st)); err != nil {
			return err
		}
	}
	return nil
}

// measure returns the width of s set in t, in millimetres. loadFaces must
// have succeeded.
func measure(s string, t doc.Text) float64 {
	f := &faces[t.Style]
	units := 0
	for _, r := range s {
		w, ok := f.width[r]
		if !ok {
			w = f.miss
		}
		units += int(w)
	}
	return float64(units) / 1000 * t.Size * doc.PtToMM
}
