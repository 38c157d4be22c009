// Package doc is the renderer-neutral document: what goes on the page, in
// order, as a sequence of blocks (the header block, the title and summary,
// paragraphs, headings, lists, tables, page breaks, the closing blocks,
// the appendix), with the form's figures (Layout) and the one list of
// honoree columns that every renderer reads.
//
// Package compose builds documents from the model; package pdf (and
// later a Word renderer) draws them. The picture is
//
//	model (report, movement) → compose → doc → renderers (pdf, …)
//
// doc says what is on the page, never how it is drawn: it must not import
// gofpdf, excelize or Fyne, nor the model (report, movement) or any
// renderer. Texts in blocks are already cleaned (NFC, no control
// characters, spaces collapsed) and in their final case; a renderer only
// replaces the characters its fonts lack and reports them with the
// block's Src.
package doc

// Document is one document ready to render.
type Document struct {
	// Kind names the document kind ("report", …), for messages and the
	// golden files.
	Kind string `json:"kind"`
	// Layout holds the figures of the form the document follows.
	Layout *Layout `json:"-"`
	// Info is the document information (title bar, author).
	Info   Info    `json:"info"`
	Blocks []Block `json:"blocks"`
}

// Info is what a renderer writes into the document information.
type Info struct {
	Title    string `json:"title"`
	Author   string `json:"author"`
	Subject  string `json:"subject"`
	Keywords string `json:"keywords"`
}

// Add appends blocks to the document.
func (d *Document) Add(b ...Block) { d.Blocks = append(d.Blocks, b...) }

// Block is one piece of a document. The concrete types are Header,
// Title, Paragraph, Heading, List, Table, PageBreak, Appendix, Closing,
// for a decision Centred, Bases and Article, and for the movement's
// figures Chart and Note.
type Block interface {
	// Type names the block in the JSON dump ("header", "paragraph", …).
	Type() string
}

// Src says where a text came from: the model's field (as in validation
// messages, "honorees.individuals[3].name") and, in Vietnamese, where it
// appears on paper, for a renderer's warnings. A text with no field is the
// program's own (a label) or was already reported under its field.
type Src struct {
	Field string `json:"field,omitempty"`
	Where string `json:"where,omitempty"`
}

// Line is a text of one line with its source.
type Line struct {
	Text string `json:"text"`
	Src
}

// L is a Line with a field and where it appears.
func L(text, field, where string) Line { return Line{Text: text, Src: Src{Field: field, Where: where}} }

// Header is the two columns at the top of page 1: on the left the
// superior and issuing bodies (in capitals), the star of a Party document
// and the number line; on the right the heading (the party's or the
// state's name and motto) and the place and date; the draft mark under
// the number when it is a draft.
type Header struct {
	SuperiorBody Line `json:"superiorBody"`
	IssuingBody  Line `json:"issuingBody"`
	Star         bool `json:"star,omitempty"`
	Number       Line `json:"number"`
	// NumberBlank says the number is not given yet: the renderer leaves
	// Layout.NumberRoom blank after the line's first word ("Số", "Số:")
	// for the number to be written in by hand, as offices do.
	NumberBlank bool     `json:"numberBlank,omitempty"`
	Heading     []string `json:"heading"` // lines; their fonts are Layout.Heading's
	PlaceDate   Line     `json:"placeDate"`
	DraftMark   string   `json:"draftMark,omitempty"` // "DỰ THẢO LẦN 2"; "" for the final document
}

// Title is the document kind ("BÁO CÁO") and the summary under it.
type Title struct {
	Title   Line `json:"title"`
	Summary Line `json:"summary"`
}

// Paragraph is a paragraph of body text, justified, its first line
// indented.
type Paragraph struct {
	Line
}

// HeadingKind says which kind of heading a Heading is.
type HeadingKind string

const (
	// HeadingSection is a numbered section of the body: "I. KẾT QUẢ …".
	HeadingSection HeadingKind = "section"
	// HeadingPoint is a numbered point inside a section: "1. Công tác …".
	HeadingPoint HeadingKind = "point"
	// HeadingPart is a part of an appendix, flush left: "I. TẬP THỂ".
	HeadingPart HeadingKind = "part"
)

// Heading is a numbered heading: Number ("I.", "1.") then the text.
type Heading struct {
	Kind   HeadingKind `json:"kind"`
	Number string      `json:"number"`
	Line
	// KeepWithNext keeps it on the page of what follows (a point heading
	// with nothing under it need not).
	KeepWithNext bool `json:"keepWithNext,omitempty"`
}

// Text returns "I. KẾT QUẢ ĐẠT ĐƯỢC".
func (h Heading) Text() string {
	if h.Number == "" {
		return h.Line.Text
	}
	return h.Number + " " + h.Line.Text
}

// List is a numbered ("1.", "2.") or bulleted ("-") list; every item's
// label is given.
type List struct {
	Items []ListItem `json:"items"`
}

// ListItem is one point of a list: its label, an optional heading set in
// bold when paragraphs follow it, and its paragraphs.
type ListItem struct {
	Label      string `json:"label"`
	Heading    Line   `json:"heading"`
	Paragraphs []Line `json:"paragraphs"`
}

// Table is a table with a header row, repeated on every page the table
// continues on when RepeatHeader is set. A column with a Group has that
// title over it and over the next columns of the same group (two header
// tiers: "Năm sinh" over "Nam | Nữ"). A cell's lines are separated by
// "\n".
type Table struct {
	// Src names the list the rows come from ("honorees.individuals",
	// "danh sách cá nhân"); a cell's field is Field[row].column's Field.
	Src
	Columns      []Column   `json:"columns"`
	Rows         [][]string `json:"rows"`
	RepeatHeader bool       `json:"repeatHeader,omitempty"`
	// Styles sets rows apart, by index; a row past its end is plain.
	Styles []RowStyle `json:"styles,omitempty"`
	// Refs gives each row's index in the list Field names, for warnings,
	// when rows and entries differ (group rows, another order); -1 for a
	// row of no entry. Without Refs row i is entry i.
	Refs []int `json:"refs,omitempty"`
}

// RowStyle says how a table row is set.
type RowStyle string

const (
	// RowPlain is an ordinary row.
	RowPlain RowStyle = ""
	// RowGroup heads the rows under it ("Mô hình (tập thể)", "I | Kinh
	// tế"): bold, and its last cell spans the columns it leaves.
	RowGroup RowStyle = "group"
	// RowTotal adds up rows: bold.
	RowTotal RowStyle = "total"
)

// Style returns row i's style.
func (t Table) Style(i int) RowStyle {
	if i < len(t.Styles) {
		return t.Styles[i]
	}
	return RowPlain
}

// Cells returns how many cells row i has: one per column, but a group
// row only as many as it fills (at least one), its last spanning the
// columns it leaves.
func (t Table) Cells(i int) int {
	if t.Style(i) == RowGroup {
		return min(max(len(t.Rows[i]), 1), len(t.Columns))
	}
	return len(t.Columns)
}

// Centred reports whether cell j of a row of n cells is centred: when its
// column is, unless it is the last cell of a row that spans.
func (t Table) Centred(j, n int) bool {
	return t.Columns[j].Centre && (n == len(t.Columns) || j < n-1)
}

// Ref returns the index in the list of row i's entry (-1 for none).
func (t Table) Ref(i int) int {
	if t.Refs == nil {
		return i
	}
	if i < len(t.Refs) {
		return t.Refs[i]
	}
	return -1
}

// PageBreak starts a new page.
type PageBreak struct{}

// Appendix is the head of an appendix: the label ("PHỤ LỤC"), its title
// and the note that ties it to the document ("(Kèm theo Báo cáo số …
// ngày …)"), centred. A PageBreak goes before it.
type Appendix struct {
	Label string `json:"label"`
	Title Line   `json:"title"`
	Note  string `json:"note"`
}

// Closing is the foot of the document: "Nơi nhận:" and the recipients on
// the left, the signature block on the right (the authority, the position,
// room to sign, the signer's name).
type Closing struct {
	RecipientsLabel string `json:"recipientsLabel"`
	Recipients      []Line `json:"recipients"`
	Authority       Line   `json:"authority"`
	Position        Line   `json:"position"`
	Signer          Line   `json:"signer"`
}

// Centred is a line set centred in bold between the title and the body of
// a decision: its authority ("BAN THƯỜNG VỤ ĐẢNG ỦY …") or the word
// before its articles ("QUYẾT ĐỊNH:").
type Centred struct {
	Line
}

// Bases are the legal bases of a decision ("Căn cứ …;"), a paragraph
// each, set as the form says (Layout.Bases: italic in the state form).
type Bases struct {
	Items []Line `json:"items"`
}

// Article is one article of a decision: its number ("Điều 1.") in bold,
// then its text.
type Article struct {
	Number string `json:"number"`
	Line
}

func (Header) Type() string    { return "header" }
func (Centred) Type() string   { return "centred" }
func (Bases) Type() string     { return "bases" }
func (Article) Type() string   { return "article" }
func (Title) Type() string     { return "title" }
func (Paragraph) Type() string { return "paragraph" }
func (Heading) Type() string   { return "heading" }
func (List) Type() string      { return "list" }
func (Table) Type() string     { return "table" }
func (PageBreak) Type() string { return "pageBreak" }
func (Appendix) Type() string  { return "appendix" }
func (Closing) Type() string   { return "closing" }
