package doc

// Style is one of the four faces of the serif family.
type Style int

const (
	Regular Style = iota
	Bold
	Italic
	BoldItalic
)

// Text is how one element of the document is set: size in points, face,
// and whether it is underlined.
type Text struct {
	Size      float64
	Style     Style
	Underline bool
}

// PtToMM converts typographic points to millimetres.
const PtToMM = 25.4 / 72

// Layout holds every figure of one document form. All lengths are in
// millimetres, sizes in points. Nothing else decides how big, how far or
// how bold something is; every renderer reads the same figures.
type Layout struct {
	Name string // the rules it follows, for messages
	// Rules names every rule of form the layout follows, as far as they
	// could be confirmed (the same text as report.Profile.Rules; a test
	// of package compose keeps them equal).
	Rules string

	// Page: A4 portrait and its margins.
	PageWidth, PageHeight                            float64
	MarginTop, MarginBottom, MarginLeft, MarginRight float64

	// Header block. LeftColumn is the width of the left column (bodies'
	// names, number); the right column (heading, place and date) takes
	// the rest of the text width.
	LeftColumn   float64
	ColumnGap    float64 // between the two columns
	SuperiorBody Text    // the directly superior body, capitals
	IssuingBody  Text    // the issuing body, capitals
	// IssuingRule is the length of the rule under the issuing body as a
	// fraction of the name's longest line (0: no rule).
	IssuingRule float64
	Number      Text
	NumberRoom  float64 // blank room for a number written in by hand
	// Heading lines at the top right: ĐẢNG CỘNG SẢN VIỆT NAM, or the
	// state's name and motto. The rule goes under the last line and is as
	// long as it. The texts are the form's; package compose puts them in
	// the Header block.
	Heading   []HeadingLine
	PlaceDate Text
	HeaderGap float64 // space between the header block and the title
	// DraftMark is the "DỰ THẢO" mark of a draft, boxed, under the number.
	DraftMark Mark
	RuleWidth float64 // thickness of the header rules
	RuleGap   float64 // space above and below a rule

	// Title ("BÁO CÁO") and summary (trích yếu).
	Title        Text
	Summary      Text
	SummaryRule  float64 // rule under the summary, fraction of its width (0: none)
	TitleSpacing float64 // space before the body

	// Body.
	Body          Text
	LineSpacing   float64 // multiple of the font size (1.0 single … 1.5)
	ParaSpacing   float64 // points between paragraphs
	FirstIndent   float64 // first-line indent of paragraphs
	SectionHead   Text    // I., II., …
	PointHead     Text    // 1., 2., … of headed points
	ListLabelGap  float64 // space between a list label and its text
	HeadingSpaceB float64 // points before a section heading

	// Decision: the centred lines (authority, "QUYẾT ĐỊNH:"), the legal
	// bases and the articles' numbers.
	Centred      Text
	Bases        Text
	ArticleLabel Text

	// Honoree tables.
	TableBody    Text
	TableHead    Text
	TableSpacing float64 // line spacing inside cells (multiple of size)
	CellPadding  float64
	TableRule    float64 // thickness of the cell borders
	AppendixHead Text    // "PHỤ LỤC" and the list's title
	AppendixNote Text    // "(Kèm theo Báo cáo số … ngày …)"
	Note         Text    // a note under a table or a chart
	// Chart is the geometry of a bar chart (the movement's figures by
	// field, this year against last year).
	Chart ChartLayout

	// Closing blocks.
	ClosingGap       float64 // space between the body and the closing blocks
	RecipientsColumn float64 // width of the left ("Nơi nhận") column
	RecipientsLabel  Text
	Recipients       Text
	Authority        Text // T/M ĐẢNG ỦY, KT. GIÁM ĐỐC
	Position         Text // BÍ THƯ
	Signer           Text
	SignSpace        float64 // room for the signature and the seal

	// Page numbers from page 2, centred in the top margin.
	PageNumber Text
}

// Mark is a word set in a rectangle with a single rule, as the "DỰ THẢO"
// mark of a draft: the text, the space between the text and the frame,
// the frame's thickness, and the space above the frame.
type Mark struct {
	Font       Text
	PadX, PadY float64
	Rule       float64
	Above      float64
}

// HeadingLine is one line of the heading at the top right of page 1.
type HeadingLine struct {
	Text string
	Font Text
}

// HeadingTexts returns the texts of the heading lines.
func (l *Layout) HeadingTexts() []string {
	out := make([]string, len(l.Heading))
	for i, h := range l.Heading {
		out[i] = h.Text
	}
	return out
}

// TextWidth is the width between the margins.
func (l *Layout) TextWidth() float64 { return l.PageWidth - l.MarginLeft - l.MarginRight }
