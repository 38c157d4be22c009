package docx

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"baocao/app/doc"
	"baocao/app/textnorm"
)

// clean makes s a text a Word part may hold: NFC, one line, no control
// characters (textnorm.Line), and none of the characters XML 1.0 forbids
// (U+FFFE, U+FFFF, invalid UTF-8), which Word refuses to open.
func clean(s string) string {
	if !textnorm.IsLine(s) {
		s = textnorm.Line(s)
	}
	for _, r := range s {
		if !xmlChar(r) {
			return strings.Map(func(r rune) rune {
				if xmlChar(r) {
					return r
				}
				return -1
			}, s)
		}
	}
	return s
}

// xmlChar reports whether r is a character XML 1.0 allows in text.
func xmlChar(r rune) bool {
	switch {
	case r == utf8.RuneError:
		return true // textnorm has already replaced invalid bytes by it
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// esc writes s escaped for XML text and attribute values. s must be
// clean.
func esc(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&quot;"
		case '\'':
			rep = "&apos;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// Units of WordprocessingML.
const twipsPerMM = 1440 / 25.4

// tw converts millimetres to twentieths of a point (twips).
func tw(mm float64) int { return int(math.Round(mm * twipsPerMM)) }

// ptTw converts points to twips.
func ptTw(pt float64) int { return int(math.Round(pt * 20)) }

// halfPt is a font size in half-points (w:sz).
func halfPt(size float64) int { return int(math.Round(size * 2)) }

// eighths is a rule's thickness in eighths of a point (w:sz of a border),
// at least 2, the thinnest Word draws.
func eighths(mm float64) int { return max(2, int(math.Round(mm/doc.PtToMM*8))) }

func itoa(n int) string { return strconv.Itoa(n) }
