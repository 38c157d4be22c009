package docx

import (
	"bytes"
	"strings"

	"baocao/app/doc"
)

// para is one paragraph of the Word copy: its style, its own settings
// over the style's, and its runs. Lengths are in twips; zero leaves the
// style's value, except where a flag says otherwise.
type para struct {
	style              string // style id; "" is Normal
	jc                 string // "center", "left", "both"; "" the style's
	first, left, right int    // indents
	hanging            int
	setIndent          bool // write the indents even when zero
	before             int  // space above
	setBefore          bool
	line               int  // line height; 0 the style's
	exact              bool // the line height is exact, not a least
	keepNext           bool
	noKeepNext         bool // override a heading style's keepNext
	pageBreak          bool // starts on a new page
	outline            int  // outline level + 1 (0: the style's)
	border             *border
	num                int       // numbering instance; 0 none
	mark               *doc.Text // font of the paragraph mark (and of a number)
	runs               []run
}

// border frames a paragraph (top only, for a rule, or all four for the
// draft mark): thickness in eighths of a point, the space to the text in
// points.
type border struct {
	sz       int
	top      bool
	box      bool
	spaceTop int
	spaceX   int
}

// run is a piece of text in one font; plain runs take the style's font.
type run struct {
	text  string
	font  doc.Text
	plain bool
	field string // a field's instruction (" PAGE "); text is its current result
}

func (p *para) add(text string, t doc.Text) { p.runs = append(p.runs, run{text: text, font: t}) }

func (p *para) write(b *bytes.Buffer) {
	b.WriteString("<w:p>")
	p.writePr(b)
	for _, r := range p.runs {
		r.write(b)
	}
	b.WriteString("</w:p>")
}

func (p *para) writePr(b *bytes.Buffer) {
	b.WriteString("<w:pPr>")
	if p.style != "" {
		b.WriteString(`<w:pStyle w:val="` + p.style + `"/>`)
	}
	if p.keepNext {
		b.WriteString("<w:keepNext/>")
	} else if p.noKeepNext {
		b.WriteString(`<w:keepNext w:val="0"/>`)
	}
	if p.pageBreak {
		b.WriteString("<w:pageBreakBefore/>")
	}
	if p.num != 0 {
		b.WriteString(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + itoa(p.num) + `"/></w:numPr>`)
	}
	if bd := p.border; bd != nil {
		b.WriteString("<w:pBdr>")
		line := func(side string, space int) {
			b.WriteString(`<w:` + side + ` w:val="single" w:sz="` + itoa(bd.sz) + `" w:space="` + itoa(space) + `" w:color="000000"/>`)
		}
		line("top", bd.spaceTop)
		if bd.box {
			line("left", bd.spaceX)
			line("bottom", bd.spaceTop)
			line("right", bd.spaceX)
		}
		b.WriteString("</w:pBdr>")
	}
	if p.setBefore || p.before != 0 || p.line != 0 {
		b.WriteString(`<w:spacing`)
		if p.setBefore || p.before != 0 {
			b.WriteString(` w:before="` + itoa(p.before) + `"`)
		}
		if p.line != 0 {
			rule := "atLeast"
			if p.exact {
				rule = "exact"
			}
			b.WriteString(` w:line="` + itoa(max(p.line, 1)) + `" w:lineRule="` + rule + `"`)
		}
		b.WriteString(`/>`)
	}
	if p.setIndent || p.first != 0 || p.left != 0 || p.right != 0 || p.hanging != 0 {
		b.WriteString(`<w:ind w:left="` + itoa(p.left) + `" w:right="` + itoa(p.right) + `"`)
		if p.hanging != 0 {
			b.WriteString(` w:hanging="` + itoa(p.hanging) + `"`)
		} else {
			b.WriteString(` w:firstLine="` + itoa(p.first) + `"`)
		}
		b.WriteString(`/>`)
	}
	if p.jc != "" {
		b.WriteString(`<w:jc w:val="` + p.jc + `"/>`)
	}
	if p.outline != 0 {
		b.WriteString(`<w:outlineLvl w:val="` + itoa(p.outline-1) + `"/>`)
	}
	if p.mark != nil {
		writeRPr(b, *p.mark)
	}
	b.WriteString("</w:pPr>")
}

// writeRPr writes the run properties of t: face, underline, size.
func writeRPr(b *bytes.Buffer, t doc.Text) {
	b.WriteString("<w:rPr>")
	if t.Style == doc.Bold || t.Style == doc.BoldItalic {
		b.WriteString("<w:b/><w:bCs/>")
	} else {
		b.WriteString(`<w:b w:val="0"/><w:bCs w:val="0"/>`)
	}
	if t.Style == doc.Italic || t.Style == doc.BoldItalic {
		b.WriteString("<w:i/><w:iCs/>")
	} else {
		b.WriteString(`<w:i w:val="0"/><w:iCs w:val="0"/>`)
	}
	// The schema's order: sz and szCs before u (Word refuses a file
	// whose elements are out of order).
	sz := itoa(halfPt(t.Size))
	b.WriteString(`<w:sz w:val="` + sz + `"/><w:szCs w:val="` + sz + `"/>`)
	if t.Underline {
		b.WriteString(`<w:u w:val="single"/>`)
	}
	b.WriteString(`</w:rPr>`)
}

func (r run) write(b *bytes.Buffer) {
	rpr := func() {
		if !r.plain {
			writeRPr(b, r.font)
		}
	}
	if r.field != "" {
		b.WriteString("<w:r>")
		rpr()
		b.WriteString(`<w:fldChar w:fldCharType="begin"/></w:r><w:r>`)
		rpr()
		b.WriteString(`<w:instrText xml:space="preserve">` + r.field + `</w:instrText></w:r><w:r>`)
		rpr()
		b.WriteString(`<w:fldChar w:fldCharType="separate"/></w:r>`)
		defer func() {
			b.WriteString("<w:r>")
			rpr()
			b.WriteString(`<w:fldChar w:fldCharType="end"/></w:r>`)
		}()
	}
	if r.text == "" {
		return
	}
	b.WriteString("<w:r>")
	rpr()
	// "\n" is a line break, "\t" a tab (a list's label before its
	// text); w:t holds neither.
	for i, ln := range strings.Split(r.text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		for j, piece := range strings.Split(ln, "\t") {
			if j > 0 {
				b.WriteString("<w:tab/>")
			}
			if piece != "" {
				b.WriteString(`<w:t xml:space="preserve">`)
				esc(b, piece)
				b.WriteString("</w:t>")
			}
		}
	}
	b.WriteString("</w:r>")
}
