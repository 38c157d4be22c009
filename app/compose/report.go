package compose

import (
	"fmt"
	"strings"

	"baocao/app/doc"
	"baocao/app/report"
)

// ReportOptions say which report document to build. The zero value is
// the final document.
type ReportOptions struct {
	// Draft marks the document as a draft circulated for comment: "DỰ
	// THẢO", or "DỰ THẢO LẦN n" with the report's DraftRound, under the
	// number on page 1 and in the title of the document information.
	Draft bool
}

// Keywords are written into the information of every report.
const Keywords = "công tác dân vận, Dân vận khéo"

// Default texts of the report's form.
const (
	// DefaultHonoreeTitle heads the honoree list when the draft gives none.
	DefaultHonoreeTitle = "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC BIỂU DƯƠNG, KHEN THƯỞNG"
	// AppendixLabel heads an appendix.
	AppendixLabel = "PHỤ LỤC"
	// RecipientsLabel heads the recipients.
	RecipientsLabel = "Nơi nhận:"
	// BulletLabel is the label of bulleted points.
	BulletLabel = "-"
)

// Report builds the document of report r: the header, the title, the
// opening, the numbered sections (an empty one is left out and takes no
// number), the honoree tables as the last section or in an appendix after
// the signature, and the closing blocks; when the draft has the
// movement's figures, their appendix (the table, the chart, the list of
// models) before the honorees'. The movement's figures
// ({{tong_dang_ky}} …) are printed as numbers. r is not changed.
func Report(r *report.Report, opts ReportOptions) *doc.Document {
	r = r.Expanded()
	b := &reportBuilder{r: r, d: &doc.Document{Kind: "report", Layout: LayoutFor(r.Profile)}, sections: counter{roman: true}}
	b.d.Info = reportInfo(r, opts.Draft)
	b.d.Add(b.header(opts.Draft), b.title())
	for _, p := range lines(r.Opening, report.FieldOpening, "phần mở đầu") {
		b.d.Add(doc.Paragraph{Line: p})
	}
	for _, ns := range r.Sections() {
		b.section(ns.Field, ns.Section)
	}
	inline := r.Honorees.Placement == report.PlacementInline
	if inline {
		b.inlineHonorees()
	}
	b.d.Add(closing(r))
	// The figures go first: they bear out the body's results, and the
	// models come before the people honoured for them.
	labels := appendixLabels(r.Movement.HasFigures(), !inline && b.hasHonorees())
	if r.Movement.HasFigures() {
		b.figuresAppendix(labels[0])
		labels = labels[1:]
	}
	if !inline && b.hasHonorees() {
		b.appendix(labels[0])
	}
	return b.d
}

// appendixLabels returns the labels of the appendices that are there:
// "PHỤ LỤC" alone, "PHỤ LỤC I" and "PHỤ LỤC II" when there are two.
func appendixLabels(have ...bool) []string {
	var out []string
	for _, h := range have {
		if h {
			out = append(out, AppendixLabel)
		}
	}
	if len(out) > 1 {
		for i := range out {
			out[i] += " " + roman(i+1)
		}
	}
	return out
}

// reportBuilder holds the document being built and the sections numbered
// so far.
type reportBuilder struct {
	r        *report.Report
	d        *doc.Document
	sections counter
}

// header is the block at the top of page 1. Both forms print the bodies'
// names in capitals, however they were typed; the Party form sets a star
// under the issuing body.
func (b *reportBuilder) header(draft bool) doc.Header {
	r := b.r
	h := doc.Header{
		SuperiorBody: doc.L(strings.ToUpper(line(r.SuperiorBody)), report.FieldSuperiorBody, "tên cơ quan cấp trên (đầu trang 1)"),
		IssuingBody:  doc.L(strings.ToUpper(line(r.IssuingBody)), report.FieldIssuingBody, "tên cơ quan ban hành (đầu trang 1)"),
		Star:         r.Profile != report.ProfileState,
		Number:       doc.L(line(r.NumberLine()), report.FieldNumber, "số và ký hiệu"),
		NumberBlank:  strings.TrimSpace(r.Number) == "",
		Heading:      b.d.Layout.HeadingTexts(),
		PlaceDate:    doc.L(line(r.PlaceAndDate()), report.FieldPlace, "địa danh, ngày tháng"),
	}
	if draft {
		h.DraftMark = r.DraftMark()
	}
	return h
}

func (b *reportBuilder) title() doc.Title {
	return doc.Title{
		Title:   doc.L(line(b.r.Title), report.FieldTitle, "tên loại văn bản"),
		Summary: doc.L(line(b.r.Summary), report.FieldSummary, "trích yếu"),
	}
}

// section adds one numbered section; an empty one is left out and does
// not take a number.
func (b *reportBuilder) section(field string, s *report.Section) {
	where := sectionWhere(field)
	type point struct {
		heading doc.Line
		paras   []doc.Line
	}
	var pts []point
	for i, p := range s.Points {
		f := fmt.Sprintf("%s.points[%d]", field, i)
		pt := point{doc.L(line(p.Heading), f+".heading", where), lines(p.Text, f+".text", where)}
		if pt.heading.Text != "" || len(pt.paras) > 0 {
			pts = append(pts, pt)
		}
	}
	if len(pts) == 0 {
		return
	}
	b.d.Add(doc.Heading{Kind: doc.HeadingSection, Number: b.sections.next(),
		Line: doc.L(line(s.Heading), field+".heading", where), KeepWithNext: true})
	switch s.List {
	case report.ListNumbered, report.ListBulleted:
		var list doc.List
		for i, pt := range pts {
			label := BulletLabel
			if s.List == report.ListNumbered {
				label = fmt.Sprintf("%d.", i+1)
			}
			list.Items = append(list.Items, doc.ListItem{Label: label, Heading: pt.heading, Paragraphs: pt.paras})
		}
		b.d.Add(list)
	default: // headed points, and plain paragraphs for points without a heading
		n := counter{}
		for _, pt := range pts {
			if pt.heading.Text != "" {
				b.d.Add(doc.Heading{Kind: doc.HeadingPoint, Number: n.next(), Line: pt.heading, KeepWithNext: len(pt.paras) > 0})
			}
			for _, p := range pt.paras {
				b.d.Add(doc.Paragraph{Line: p})
			}
		}
	}
}

// honoreeTitle is the heading of the honoree list.
func (b *reportBuilder) honoreeTitle() doc.Line {
	t := line(b.r.Honorees.Title)
	if t == "" {
		t = DefaultHonoreeTitle
	}
	return doc.L(t, report.FieldHonorees+".title", "tiêu đề danh sách khen thưởng")
}

// honoreeTables adds the collectives' and the individuals' tables, each
// under the heading made by heading(number, label).
func (b *reportBuilder) honoreeTables(heading func(number, label string) doc.Heading, n counter) {
	h := b.r.Honorees
	if len(h.Collectives) > 0 {
		b.d.Add(heading(n.next(), "Tập thể"), HonoreeTable(report.FieldCollectives, h.Collectives, true))
	}
	if len(h.Individuals) > 0 {
		b.d.Add(heading(n.next(), "Cá nhân"), HonoreeTable(report.FieldIndividuals, h.Individuals, false))
	}
}

func (b *reportBuilder) hasHonorees() bool {
	return len(b.r.Honorees.Collectives) > 0 || len(b.r.Honorees.Individuals) > 0
}

// inlineHonorees adds the tables as the last numbered section of the
// body: "V. DANH SÁCH …", "1. Tập thể", "2. Cá nhân".
func (b *reportBuilder) inlineHonorees() {
	if !b.hasHonorees() {
		return
	}
	b.d.Add(doc.Heading{Kind: doc.HeadingSection, Number: b.sections.next(), Line: b.honoreeTitle(), KeepWithNext: true})
	b.honoreeTables(func(number, label string) doc.Heading {
		return doc.Heading{Kind: doc.HeadingPoint, Number: number, Line: doc.Line{Text: label}, KeepWithNext: true}
	}, counter{})
}

// appendixNote ties an appendix to the report: "(Kèm theo Báo cáo số …
// ngày …)".
func (b *reportBuilder) appendixNote() string {
	r := b.r
	kind := SentenceCase(line(r.Title))
	if kind == "" {
		kind = "Báo cáo"
	}
	date := "ngày      /      /" + fmt.Sprint(r.Year)
	if !r.IssueDate.IsZero() {
		date = "ngày " + r.IssueDate.Vietnamese()
	}
	return fmt.Sprintf("(Kèm theo %s số %s %s)", kind, line(r.NumberAndSymbol()), date)
}

// appendix adds the tables on a new page after the signature, under
// label ("PHỤ LỤC"), the list's title and "(Kèm theo Báo cáo số … ngày
// …)", in parts "I. TẬP THỂ", "II. CÁ NHÂN".
func (b *reportBuilder) appendix(label string) {
	b.d.Add(doc.PageBreak{}, doc.Appendix{Label: label, Title: b.honoreeTitle(), Note: b.appendixNote()})
	b.honoreeTables(func(number, label string) doc.Heading {
		return doc.Heading{Kind: doc.HeadingPart, Number: number, Line: doc.Line{Text: strings.ToUpper(label)}, KeepWithNext: true}
	}, counter{roman: true})
}

// closing is "Nơi nhận" (the recipients given) and the signature block.
func closing(r *report.Report) doc.Closing {
	c := doc.Closing{RecipientsLabel: RecipientsLabel}
	for i, s := range r.Recipients {
		if s = line(s); s != "" {
			c.Recipients = append(c.Recipients, doc.L(s, fmt.Sprintf("%s[%d]", report.FieldRecipients, i), "nơi nhận"))
		}
	}
	sig := r.Signature
	c.Authority = doc.L(line(sig.Authority), report.FieldAuthority, "chữ ký (thẩm quyền)")
	c.Position = doc.L(line(sig.Position), report.FieldPosition, "chữ ký (chức vụ)")
	c.Signer = doc.L(line(sig.Signer), report.FieldSigner, "chữ ký (họ tên người ký)")
	return c
}

// reportInfo is the document information: the title bar shows the kind
// and the summary, and tells a draft apart.
func reportInfo(r *report.Report, draft bool) doc.Info {
	title, summary := line(r.Title), line(r.Summary)
	if title != "" && summary != "" {
		title += " " + summary
	}
	if draft {
		mark := "(" + SentenceCase(r.DraftMark()) + ")"
		if title == "" {
			title = mark
		} else {
			title += " " + mark
		}
	}
	return doc.Info{Title: title, Author: line(r.IssuingBody), Subject: summary, Keywords: Keywords}
}
