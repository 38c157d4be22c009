package doc

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
// sets it (see StateLayout), at the Party number's 14 pt. A decision's
// legal bases are upright 14 pt, its authority line and "QUYẾT ĐỊNH:"
// 14 pt bold.
var PartyLayout = Layout{
	Name:      "Hướng dẫn 36-HD/VPTW",
	Rules:     "Hướng dẫn 36-HD/VPTW (2018); Quy định 399-QĐ/TW (09/01/2026)",
	PageWidth: 210, PageHeight: 297,
	MarginTop: 20, MarginBottom: 20, MarginLeft: 30, MarginRight: 15,

	LeftColumn:   86,
	ColumnGap:    5,
	SuperiorBody: Text{Size: 14, Style: Regular},
	IssuingBody:  Text{Size: 14, Style: Bold},
	Number:       Text{Size: 14, Style: Regular},
	NumberRoom:   12,
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
	HeadingSpaceB: 6,

	Centred:      Text{Size: 14, Style: Bold},
	Bases:        Text{Size: 14, Style: Regular},
	ArticleLabel: Text{Size: 14, Style: Bold},

	TableBody:    Text{Size: 12, Style: Regular},
	TableHead:    Text{Size: 12, Style: Bold},
	TableSpacing: 1.1,
	CellPadding:  1.5,
	TableRule:    0.2,
	AppendixHead: Text{Size: 14, Style: Bold},
	AppendixNote: Text{Size: 14, Style: Italic},
	Note:         defaultNote,
	Chart:        defaultChart,

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
//
// A decision (Phụ lục III): the legal bases italic 14 pt, one per line;
// the authority line and "QUYẾT ĐỊNH:" 14 pt bold; "Điều 1." bold.
var StateLayout = Layout{
	Name:      "Nghị định 30/2020/NĐ-CP",
	Rules:     "Nghị định 30/2020/NĐ-CP, Phụ lục I",
	PageWidth: 210, PageHeight: 297,
	MarginTop: 20, MarginBottom: 20, MarginLeft: 30, MarginRight: 15,

	LeftColumn:   66,
	ColumnGap:    3,
	SuperiorBody: Text{Size: 13, Style: Regular},
	IssuingBody:  Text{Size: 13, Style: Bold},
	IssuingRule:  0.4,
	Number:       Text{Size: 13, Style: Regular},
	NumberRoom:   12,
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
	HeadingSpaceB: 6,

	Centred:      Text{Size: 14, Style: Bold},
	Bases:        Text{Size: 14, Style: Italic},
	ArticleLabel: Text{Size: 14, Style: Bold},

	TableBody:    Text{Size: 12, Style: Regular},
	TableHead:    Text{Size: 12, Style: Bold},
	TableSpacing: 1.1,
	CellPadding:  1.5,
	TableRule:    0.2,
	AppendixHead: Text{Size: 14, Style: Bold},
	AppendixNote: Text{Size: 14, Style: Italic},
	Note:         defaultNote,
	Chart:        defaultChart,

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
