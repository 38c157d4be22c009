package pdf

import (
	"baocao/app/report"
)

// Text is how one element of the document is set: size in points, face,
// and whether it is underlined.
type Text struct {
	Size      float64
	Style     Style
	Underline bool
}

// Layout holds every figure of one document form. All lengths are in
// millimetres, sizes in points. Nothing else in the package decides how
// big, how far or how bold something is.
type Layout struct {
	Name string // the rules it follows, for messages
	// Rules names every rule of form the layout follows, as far as they
	// could be confirmed (report.Profile.Rules).
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
	Star        bool // a star "*" under the issuing body (Party)
	Number      Text
	// Heading lines at the top right: ĐẢNG CỘNG SẢN VIỆT NAM, or the
	// state's name and motto. The rule goes under the last line and is as
	// long as it.
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
	BulletLabel   string  // the label of bulleted points
	HeadingSpaceB float64 // points before a section heading

	// Honoree tables.
	TableBody     Text
	TableHead     Text
	TableSpacing  float64 // line spacing inside cells (multiple of size)
	CellPadding   float64
	TableRule     float64 // thickness of the cell borders
	AppendixLabel string  // "PHỤ LỤC"
	AppendixHead  Text
	AppendixNote  Text // "(Kèm theo Báo cáo số … ngày …)"

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

// PartyLayout follows Hướng dẫn 36-HD/VPTW (2018) of the Party Central
// Office, appendix 3: ĐẢNG CỘNG SẢN VIỆT NAM 15 pt bold with a rule as long
// as itself; bodies' names 14 pt, the issuing body bold, a star under it;
// "Số 45-BC/ĐU" 14 pt; place and date 14 pt italic; BÁO CÁO 16 pt bold;
// the summary 14 pt bold; body 14 pt; "Nơi nhận:" 14 pt underlined, its
// lines 12 pt; the signature block 14 pt bold. Quy định 399-QĐ/TW
// (09/01/2026) now governs Party document form; the Hướng dẫn 05-HD/VPTW
// reported to replace 36-HD/VPTW under it could not be confirmed, so these
// figures are still 36-HD/VPTW's.
//
// The draft mark "DỰ THẢO" / "DỰ THẢO LẦN 2" is set as the state form
// sets it (see StateLayout), at the Party number's 14 pt.
var PartyLayout = Layout{
	Name:      "Hướng dẫn 36-HD/VPTW",
	Rules:     report.RulesParty,
	PageWidth: 210, PageHeight: 297,
	MarginTop: 20, MarginBottom: 20, MarginLeft: 30, MarginRight: 15,

	LeftColumn:   86,
	ColumnGap:    5,
	SuperiorBody: Text{Size: 14, Style: Regular},
	IssuingBody:  Text{Size: 14, Style: Bold},
	Star:         true,
	Number:       Text{Size: 14, Style: Regular},
	Heading:      []HeadingLine{{"ĐẢNG CỘNG SẢN VIỆT NAM", Text{Size: 15, Style: Bold}}},
	PlaceDate:    Text{Size: 14, Style: Italic},
	HeaderGap:    10,
	DraftMark:    Mark{Font: Text{Size: 14, Style: Bold}, PadX: 2, PadY: 0.8, Rule: 0.3, Above: 2},
	RuleWidth:    0.3,
	RuleGap:      1.6,

	Title:        Text{Size: 16, Style: Bold},
	Summary:      Text{Size: 14, Style: Bold},
	TitleSpacing: 6,

	Body:          Text{Size: 14, Style: Regular},
	LineSpacing:   1.2,
	ParaSpacing:   6,
	FirstIndent:   12.7,
	SectionHead:   Text{Size: 14, Style: Bold},
	PointHead:     Text{Size: 14, Style: Bold},
	ListLabelGap:  1.5,
	BulletLabel:   "-",
	HeadingSpaceB: 6,

	TableBody:     Text{Size: 12, Style: Regular},
	TableHead:     Text{Size: 12, Style: Bold},
	TableSpacing:  1.1,
	CellPadding:   1.5,
	TableRule:     0.2,
	AppendixLabel: "PHỤ LỤC",
	AppendixHead:  Text{Size: 14, Style: Bold},
	AppendixNote:  Text{Size: 14, Style: Italic},

	ClosingGap:       8,
	RecipientsColumn: 75,
	RecipientsLabel:  Text{Size: 14, Style: Regular, Underline: true},
	Recipients:       Text{Size: 12, Style: Regular},
	Authority:        Text{Size: 14, Style: Bold},
	Position:         Text{Size: 14, Style: Bold},
	Signer:           Text{Size: 14, Style: Bold},
	SignSpace:        28,

	PageNumber: Text{Size: 14, Style: Regular},
}

// StateLayout follows Decree 30/2020/NĐ-CP, appendix I: the state's name
// 13 pt bold and the motto "Độc lập - Tự do - Hạnh phúc" 14 pt bold with a
// rule as long as the motto; the superior body 13 pt, the issuing body 13 pt
// bold with a rule a third of its length under it; "Số: 12/BC-SVHTT" 13 pt;
// place and date 14 pt italic; the document kind 14 pt bold and the summary
// 14 pt bold with a short rule under it; body 14 pt; "Nơi nhận:" 12 pt bold
// italic, its lines 11 pt; the signature block 14 pt bold.
//
// The draft mark: Nghị định 30 lists no place for it that could be
// confirmed; the rule it replaced (Thông tư 01/2011/TT-BNV) put "DỰ THẢO"
// or "DỰ THẢO LẦN …" right under the number and symbol, in capitals,
// 13–14 pt, upright, bold, in a rectangle with a single rule, which offices
// still do. The mark is set so here, at the number's 13 pt.
var StateLayout = Layout{
	Name:      "Nghị định 30/2020/NĐ-CP",
	Rules:     report.RulesState,
	PageWidth: 210, PageHeight: 297,
	MarginTop: 20, MarginBottom: 20, MarginLeft: 30, MarginRight: 15,

	LeftColumn:   66,
	ColumnGap:    3,
	SuperiorBody: Text{Size: 13, Style: Regular},
	IssuingBody:  Text{Size: 13, Style: Bold},
	IssuingRule:  0.4,
	Number:       Text{Size: 13, Style: Regular},
	Heading: []HeadingLine{
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Text{Size: 13, Style: Bold}},
		{"Độc lập - Tự do - Hạnh phúc", Text{Size: 14, Style: Bold}},
	},
	PlaceDate: Text{Size: 14, Style: Italic},
	HeaderGap: 10,
	DraftMark: Mark{Font: Text{Size: 13, Style: Bold}, PadX: 2, PadY: 0.8, Rule: 0.3, Above: 2},
	RuleWidth: 0.3,
	RuleGap:   1.6,

	Title:        Text{Size: 14, Style: Bold},
	Summary:      Text{Size: 14, Style: Bold},
	SummaryRule:  0.4,
	TitleSpacing: 6,

	Body:          Text{Size: 14, Style: Regular},
	LineSpacing:   1.2,
	ParaSpacing:   6,
	FirstIndent:   10,
	SectionHead:   Text{Size: 14, Style: Bold},
	PointHead:     Text{Size: 14, Style: Bold},
	ListLabelGap:  1.5,
	BulletLabel:   "-",
	HeadingSpaceB: 6,

	TableBody:     Text{Size: 12, Style: Regular},
	TableHead:     Text{Size: 12, Style: Bold},
	TableSpacing:  1.1,
	CellPadding:   1.5,
	TableRule:     0.2,
	AppendixLabel: "PHỤ LỤC",
	AppendixHead:  Text{Size: 14, Style: Bold},
	AppendixNote:  Text{Size: 14, Style: Italic},

	ClosingGap:       8,
	RecipientsColumn: 75,
	RecipientsLabel:  Text{Size: 12, Style: BoldItalic},
	Recipients:       Text{Size: 11, Style: Regular},
	Authority:        Text{Size: 14, Style: Bold},
	Position:         Text{Size: 14, Style: Bold},
	Signer:           Text{Size: 14, Style: Bold},
	SignSpace:        28,

	PageNumber: Text{Size: 14, Style: Regular},
}

// LayoutFor returns the layout of profile p; an unknown profile gets the
// Party layout, which validation reports separately.
func LayoutFor(p report.Profile) *Layout {
	if p == report.ProfileState {
		return &StateLayout
	}
	return &PartyLayout
}

// TextWidth is the width between the margins.
func (l *Layout) TextWidth() float64 { return l.PageWidth - l.MarginLeft - l.MarginRight }
