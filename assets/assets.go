// Package assets holds the files that travel inside the program: the
// fonts used for the PDF (with their licence). The folder also keeps
// icon.png, the 512 px application icon for packaging; the program draws
// its icon itself (package app/icon), and a test checks the two agree.
//
// It is a data package only; it lives beside the files because go:embed
// cannot reach into parent folders.
package assets

import "embed"

// Fonts holds Liberation Serif (regular, bold, italic, bold italic), a
// metric-compatible stand-in for Times New Roman that covers Vietnamese,
// and its SIL Open Font License.
//
//go:embed fonts/*.ttf fonts/LICENSE-LiberationSerif.txt
var Fonts embed.FS

// Font file names inside Fonts.
const (
	SerifRegular    = "fonts/LiberationSerif-Regular.ttf"
	SerifBold       = "fonts/LiberationSerif-Bold.ttf"
	SerifItalic     = "fonts/LiberationSerif-Italic.ttf"
	SerifBoldItalic = "fonts/LiberationSerif-BoldItalic.ttf"
	FontLicence     = "fonts/LICENSE-LiberationSerif.txt"
)
