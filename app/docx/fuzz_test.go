package docx

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/sample"
)

// FuzzRender puts any text (long words, NFD, emoji, XML's special
// characters, control characters, invalid UTF-8) into every kind of
// block, uncleaned, and into a report composed the usual way: every part
// of the output is always well-formed XML and its text NFC.
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"Nguyễn Văn A", "Nguye\u0302\u0303n", "<&>\"'", "]]>", "a\x00b\x01\x1f\x7f", "\ufffe\uffff", "🎉👨‍👩‍👧",
		strings.Repeat("Dânvậnkhéo", 60), "\xff\xfe", "line\nbreak\ttab\r", "{{tong_dang_ky}}", "&amp;", "\u202e\u200b",
	} {
		f.Add(s, "1.")
	}
	f.Fuzz(func(t *testing.T, s, label string) {
		line := doc.Line{Text: s}
		d := &doc.Document{Kind: "fuzz", Layout: &doc.StateLayout, Info: doc.Info{Title: s, Author: s, Subject: s, Keywords: s}}
		d.Add(
			doc.Header{SuperiorBody: line, IssuingBody: line, Star: true, Number: doc.Line{Text: "Số " + s}, NumberBlank: true,
				Heading: []string{s, s}, PlaceDate: line, DraftMark: s},
			doc.Title{Title: line, Summary: line},
			doc.Paragraph{Line: line},
			doc.Heading{Kind: doc.HeadingSection, Number: label, Line: line},
			doc.Heading{Kind: doc.HeadingPoint, Number: label, Line: line},
			doc.List{Items: []doc.ListItem{{Label: label, Heading: line, Paragraphs: []doc.Line{line, line}}, {Label: s}}},
			doc.Centred{Line: line},
			doc.Bases{Items: []doc.Line{line}},
			doc.Article{Number: label, Line: line},
			doc.Addressee{Label: s, To: line},
			doc.Closing{RecipientsLabel: s, Recipients: []doc.Line{line, {}}, Authority: line, Position: line, Signer: line},
			doc.PageBreak{},
			doc.Appendix{Label: s, Title: line, Note: s},
			doc.Table{Columns: []doc.Column{{Head: s, Width: 11}, {Head: s, Group: s, Weight: 1}, {Head: label, Group: s, Weight: 2}},
				Rows: [][]string{{s, s + "\n" + s, s}, {s}, {}}, Styles: []doc.RowStyle{doc.RowPlain, doc.RowGroup, doc.RowTotal}, RepeatHeader: true},
			doc.Chart{Title: line, Series: []string{s, label}, Groups: []doc.ChartGroup{{Label: s, Values: []float64{1, -1}, Texts: []string{s}}}},
			doc.Note{Line: line},
		)
		_, parts := render(t, d)
		if body := text(parts["word/document.xml"]); !norm.NFC.IsNormalString(body) {
			t.Errorf("text not NFC: %q", body)
		}

		r := sample.Report()
		r.Summary, r.Opening, r.Signature.Signer = s, s+"\n\n"+s, s
		r.Honorees.Individuals[0].Name, r.Honorees.Individuals[1].Achievement = s, s
		render(t, compose.Report(r, compose.ReportOptions{Draft: true}))
	})
}
