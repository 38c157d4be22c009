package pdf

import (
	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/report"
)

// The form's figures live in package doc, where every renderer reads
// them; these names keep the package's own vocabulary.
type (
	// Text is how one element of the document is set (doc.Text).
	Text = doc.Text
	// Layout holds every figure of one document form (doc.Layout).
	Layout = doc.Layout
	// Mark is the boxed draft mark's figures (doc.Mark).
	Mark = doc.Mark
	// HeadingLine is one line of the heading at the top right (doc.HeadingLine).
	HeadingLine = doc.HeadingLine
)

// The layouts of the two forms (doc.PartyLayout, doc.StateLayout).
var (
	PartyLayout = &doc.PartyLayout
	StateLayout = &doc.StateLayout
)

// LayoutFor returns the layout of profile p; an unknown profile gets the
// Party layout, which validation reports separately.
func LayoutFor(p report.Profile) *Layout { return compose.LayoutFor(p) }
