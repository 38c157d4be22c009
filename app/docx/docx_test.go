package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"baocao/app/catalog"
	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/templates"
)

// render writes d as a .docx and returns its parts by name.
func render(t testing.TB, d *doc.Document) (data []byte, parts map[string][]byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := renderDocument(d, &buf, time.Date(2016, 11, 8, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatalf("render %s: %v", d.Kind, err)
	}
	return buf.Bytes(), readParts(t, buf.Bytes())
}

// readParts unzips a .docx and checks that every part is well-formed XML.
func readParts(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(b); err != nil {
			t.Fatalf("part %s is not well-formed XML: %v", f.Name, err)
		}
		parts[f.Name] = b
	}
	return parts
}

// wellFormed parses b to the end with encoding/xml.
func wellFormed(b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// documents are the document kinds the Word copy renders.
func documents(t testing.TB) map[string]*doc.Document {
	t.Helper()
	out := map[string]*doc.Document{}
	for _, p := range []report.Profile{report.ProfileParty, report.ProfileState} {
		r := sample.Report()
		r.Profile = p
		out["report-"+string(p)] = compose.Report(r, compose.ReportOptions{})
		dt, err := catalog.LoadDecision(templates.Decisions, p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := compose.Decision(r, dt, compose.DecisionOptions{})
		if err != nil {
			t.Fatal(err)
		}
		out["decision-"+string(p)] = d
		pt, err := catalog.LoadProposal(templates.Proposals, p)
		if err != nil {
			t.Fatal(err)
		}
		r.Proposal.Scope = report.ScopeAll
		d, err = compose.Proposal(r, pt, compose.ProposalOptions{})
		if err != nil {
			t.Fatal(err)
		}
		out["proposal-"+string(p)] = d
	}
	r := sample.Report()
	r.DraftRound = 2
	for i := range r.Honorees.Individuals { // the "Năm sinh – Nam | Nữ" columns
		h := &r.Honorees.Individuals[i]
		h.BirthYear, h.Gender = 1970+i, report.GenderMale
		if i%2 == 1 {
			h.Gender = report.GenderFemale
		}
	}
	out["report-draft"] = compose.Report(r, compose.ReportOptions{Draft: true})
	r = sample.Report()
	r.Honorees.Placement = report.PlacementInline
	out["report-inline"] = compose.Report(r, compose.ReportOptions{})
	return out
}

// text is the text of the w:t elements of a part, a space between
// paragraphs.
func text(part []byte) string {
	var b strings.Builder
	dec := xml.NewDecoder(bytes.NewReader(part))
	inT := false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			inT = tk.Name.Local == "t"
			if tk.Name.Local == "br" || tk.Name.Local == "tab" {
				b.WriteByte(' ')
			}
		case xml.EndElement:
			inT = false
			if tk.Name.Local == "p" {
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inT {
				b.Write(tk)
			}
		}
	}
	return b.String()
}

// TestDocuments: every document kind renders to a package of well-formed
// parts with the form's section (A4, margins, a first page without a
// number), header rows and rows that do not split, and every text of
// its blocks.
func TestDocuments(t *testing.T) {
	for name, d := range documents(t) {
		t.Run(name, func(t *testing.T) {
			_, parts := render(t, d)
			for _, p := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
				"word/header1.xml", "word/header2.xml", "docProps/core.xml", "word/_rels/document.xml.rels"} {
				if parts[p] == nil {
					t.Errorf("part %s missing", p)
				}
			}
			body := string(parts["word/document.xml"])
			l := d.Layout
			sect := fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d"`,
				tw(l.PageWidth), tw(l.PageHeight), tw(l.MarginTop), tw(l.MarginRight), tw(l.MarginBottom), tw(l.MarginLeft))
			if !strings.Contains(body, sect) || !strings.Contains(body, "<w:titlePg/>") {
				t.Errorf("section settings missing: want %s and titlePg", sect)
			}
			if !strings.Contains(string(parts["word/header1.xml"]), `<w:instrText xml:space="preserve"> PAGE </w:instrText>`) {
				t.Error("no PAGE field in the page header")
			}
			if strings.Contains(string(parts["word/header2.xml"]), "PAGE") {
				t.Error("page 1 carries a page number")
			}
			got := strings.Join(strings.Fields(text(parts["word/document.xml"])), " ")
			for _, s := range blockTexts(d) {
				if s = strings.Join(strings.Fields(s), " "); s != "" && !strings.Contains(got, s) {
					t.Errorf("text %q missing from the Word copy", s)
				}
			}
			tables := 0
			for _, b := range d.Blocks {
				if tb, ok := b.(doc.Table); ok && tb.RepeatHeader {
					tables++
				}
			}
			if n := strings.Count(body, "<w:tblHeader/>"); n < tables {
				t.Errorf("%d header rows marked tblHeader, want at least one per table (%d)", n, tables)
			}
			if rows := strings.Count(body, "<w:tr>"); strings.Count(body, "<w:cantSplit/>") != rows {
				t.Errorf("%d of %d rows may split across pages", rows-strings.Count(body, "<w:cantSplit/>"), rows)
			}
			core := string(parts["docProps/core.xml"])
			var info struct {
				Title   string `xml:"title"`
				Creator string `xml:"creator"`
			}
			if err := xml.Unmarshal(parts["docProps/core.xml"], &info); err != nil || info.Title != d.Info.Title || info.Creator != d.Info.Author || info.Title == "" {
				t.Errorf("properties: title %q author %q, want %q, %q (%v)\n%s", info.Title, info.Creator, d.Info.Title, d.Info.Author, err, core)
			}
			for name, p := range parts {
				if bytes.Contains(p, []byte("vbaProject")) || bytes.Contains(p, []byte("w:fldSimple")) || (name != "word/header1.xml" && bytes.Contains(p, []byte("instrText"))) {
					t.Errorf("part %s holds a macro or a field other than the page number", name)
				}
			}
		})
	}
}

// blockTexts are the texts of a document's blocks, as a reader sees them.
func blockTexts(d *doc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case doc.Header:
			out = append(out, b.SuperiorBody.Text, b.IssuingBody.Text, b.PlaceDate.Text, b.DraftMark)
			out = append(out, b.Heading...)
			if !b.NumberBlank {
				out = append(out, b.Number.Text)
			}
		case doc.Title:
			out = append(out, b.Title.Text, b.Summary.Text)
		case doc.Paragraph:
			out = append(out, b.Text)
		case doc.Heading:
			out = append(out, b.Text())
		case doc.List:
			for _, it := range b.Items {
				out = append(out, it.Heading.Text)
				for _, p := range it.Paragraphs {
					out = append(out, p.Text)
				}
			}
		case doc.Table:
			for _, c := range b.Columns {
				out = append(out, c.Head, c.Group)
			}
			for _, r := range b.Rows {
				for _, c := range r {
					out = append(out, strings.Split(c, "\n")...)
				}
			}
		case doc.Appendix:
			out = append(out, b.Label, b.Title.Text, b.Note)
		case doc.Closing:
			out = append(out, b.RecipientsLabel, b.Authority.Text, b.Position.Text, b.Signer.Text)
			for _, r := range b.Recipients {
				out = append(out, "- "+r.Text)
			}
		case doc.Centred:
			out = append(out, b.Text)
		case doc.Bases:
			for _, it := range b.Items {
				out = append(out, it.Text)
			}
		case doc.Article:
			out = append(out, b.Number+" "+b.Text)
		case doc.Chart:
			out = append(out, b.Title.Text)
			out = append(out, b.Series...)
			for _, g := range b.Groups {
				out = append(out, g.Label)
				out = append(out, g.Texts...)
			}
		case doc.Note:
			out = append(out, b.Text)
		case doc.Addressee:
			out = append(out, b.Label+" "+b.To.Text)
		}
	}
	return out
}

// TestStructure checks the Word structure of the sample report: the
// headings' styles (I. Heading 1, 1. Heading 2), the two-tier header of
// the individuals' table, the lists numbered by Word, the draft mark,
// the closing table kept with the last paragraph.
func TestStructure(t *testing.T) {
	d := documents(t)["report-draft"]
	_, parts := render(t, d)
	body := string(parts["word/document.xml"])
	paras := regexp.MustCompile(`<w:p>.*?</w:p>`).FindAllString(body, -1)
	styleOf := func(s string) string {
		for _, p := range paras {
			if strings.Contains(text([]byte(`<r xmlns:w="w">`+p+`</r>`)), s) {
				if m := regexp.MustCompile(`<w:pStyle w:val="(\w+)"/>`).FindStringSubmatch(p); m != nil {
					return m[1]
				}
				return "Normal"
			}
		}
		return "(none)"
	}
	for _, c := range []struct{ text, style string }{
		{"I. KẾT QUẢ ĐẠT ĐƯỢC", "Heading1"},
		{"1. Công tác lãnh đạo, chỉ đạo", "Heading2"},
		{"PHỤ LỤC II", "Heading1"},
		{"II. CÁ NHÂN", "Heading2"},
		{"Nhân kỷ niệm 86 năm", "Normal"},
		{"BÁO CÁO", "Centred"},
	} {
		if got := styleOf(c.text); got != c.style {
			t.Errorf("%q has style %s, want %s", c.text, got, c.style)
		}
	}
	if !strings.Contains(body, "<w:numId w:val=\"1\"/>") || !strings.Contains(string(parts["word/numbering.xml"]), `<w:lvlText w:val="%1."/>`) {
		t.Error("the tasks are not numbered by Word")
	}
	// Năm sinh over Nam | Nữ: a cell spanning two columns in a header row,
	// the other titles merged over both tiers.
	twoTier := false
	for _, tr := range regexp.MustCompile(`<w:tr>.*?</w:tr>`).FindAllString(body, -1) {
		twoTier = twoTier || (strings.Contains(tr, "<w:tblHeader/>") && strings.Contains(tr, `<w:gridSpan w:val="2"/>`) && strings.Contains(tr, "Năm sinh"))
	}
	if !twoTier {
		t.Error("no two-tier header with Năm sinh over two columns")
	}
	if !strings.Contains(body, `<w:vMerge w:val="restart"/>`) {
		t.Error("the other titles are not merged over both tiers")
	}
	if !strings.Contains(body, "DỰ THẢO LẦN 2") || !strings.Contains(body, `<w:left w:val="single"`) {
		t.Error("no boxed draft mark")
	}
	i := strings.Index(body, "Nơi nhận:")
	last := strings.LastIndex(body[:i], "<w:tbl>")
	prev := strings.LastIndex(body[:last], "<w:p>")
	if i < 0 || last < 0 || prev < 0 || !strings.Contains(body[prev:last], "<w:keepNext/>") {
		t.Error("the last paragraph is not kept with the closing blocks")
	}
	if !strings.Contains(body[strings.Index(body, "PHỤ LỤC I")-600:strings.Index(body, "PHỤ LỤC I")], "<w:pageBreakBefore/>") {
		t.Error("the appendix does not start a new page")
	}
	// Lines outside tables are "at least" (Word clips stacked marks of an
	// exact line); cells exact, as the PDF's rows.
	for _, p := range paras {
		if strings.Contains(p, "Nhân kỷ niệm") || strings.Contains(p, "ĐẢNG ỦY SỞ") {
			if strings.Contains(p, `w:lineRule="exact"`) {
				t.Errorf("an exact line outside a table: %.200s", p)
			}
		}
	}
	styles := string(parts["word/styles.xml"])
	if !regexp.MustCompile(`w:styleId="Normal".*?w:lineRule="atLeast"`).MatchString(styles) ||
		!regexp.MustCompile(`w:styleId="Cell".*?w:lineRule="exact"`).MatchString(styles) {
		t.Error("Normal's lines are not 'at least', or the cells' not exact")
	}
	for _, s := range []string{`w:ascii="Times New Roman"`, `<w:name w:val="heading 1"/>`, `<w:name w:val="heading 2"/>`, `<w:outlineLvl w:val="0"/>`,
		`<w:sz w:val="28"/>`, `<w:jc w:val="both"/>`, fmt.Sprintf(`<w:ind w:firstLine="%d"/>`, tw(d.Layout.FirstIndent))} {
		if !strings.Contains(styles, s) {
			t.Errorf("styles lack %s", s)
		}
	}
}

// TestFixedPageRefused: a certificate page has no place in a Word copy;
// the export says so and names the PDF.
func TestFixedPageRefused(t *testing.T) {
	r := sample.Report()
	ct, err := catalog.LoadCertificate(templates.Certificates, r.Profile)
	if err != nil {
		t.Fatal(err)
	}
	d, err := compose.Certificates(r, ct, compose.CertificateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	err = RenderDocument(d, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "PDF") {
		t.Errorf("certificates: error %v, want one that says to export a PDF", err)
	}
	if err := RenderDocument(nil, io.Discard); err == nil {
		t.Error("a nil document rendered")
	}
}

// TestCleaning: whatever the content, the parts stay well-formed and the
// text is NFC without control or XML-forbidden characters.
func TestCleaning(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<&>"'`, `&lt;&amp;&gt;&quot;&apos;`},
		{"Nguye\u0302\u0303n", "Nguyễn"},
		{"a\x00b\x1bc\ufffe\uffffd", "abcd"},
		{"🎉 x", "🎉 x"},
		{"a\tb\nc", "a b c"},
		{"\xff", "\ufffd"},
	} {
		var b bytes.Buffer
		esc(&b, clean(c.in))
		if b.String() != c.want {
			t.Errorf("clean+esc(%q) = %q, want %q", c.in, b.String(), c.want)
		}
	}
}

// schemaOrder is the order WordprocessingML's schema gives the children
// of the property elements the renderer writes: Word refuses a file
// whose children are out of order, where LibreOffice reads on.
var schemaOrder = map[string][]string{
	"pPr": {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr",
		"shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
		"adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
		"textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"},
	"rPr": {"rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint",
		"noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
		"bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang"},
	"tblPr": {"tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing",
		"tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"},
	"tcPr":     {"cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"},
	"pBdr":     {"top", "left", "bottom", "right", "between", "bar"},
	"sectPr":   {"headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg"},
	"style":    {"name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"},
	"lvl":      {"start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"},
	"r":        {"rPr", "br", "t", "tab", "fldChar", "instrText"}, // rPr first; the content is free
	"tc":       {"tcPr", "p", "tbl"},
	"tbl":      {"tblPr", "tblGrid", "tr"},
	"tr":       {"tblPrEx", "trPr", "tc"},
	"p":        {"pPr", "r"},
	"settings": {"zoom", "defaultTabStop", "characterSpacingControl", "compat"},
}

// checkOrder reports the children of part's elements out of the schema's
// order.
func checkOrder(t *testing.T, name string, part []byte) {
	t.Helper()
	type open struct {
		name string
		last int
	}
	var stack []open
	dec := xml.NewDecoder(bytes.NewReader(part))
	for {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if n := len(stack); n > 0 {
				parent := &stack[n-1]
				if order, ok := schemaOrder[parent.name]; ok {
					i := slicesIndex(order, tk.Name.Local)
					if parent.name == "r" && i > 0 {
						i = 1 // a run's content comes in any order after its rPr
					}
					if i < 0 {
						t.Errorf("%s: <%s> is not a child <%s> may have here", name, tk.Name.Local, parent.name)
					} else if i < parent.last {
						t.Errorf("%s: <%s> comes after a later child of <%s>", name, tk.Name.Local, parent.name)
						return
					} else {
						parent.last = i
					}
				}
			}
			stack = append(stack, open{name: tk.Name.Local})
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
}

func slicesIndex(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// TestSchemaOrder: every part's property elements list their children in
// the schema's order, for every document kind.
func TestSchemaOrder(t *testing.T) {
	for name, d := range documents(t) {
		_, parts := render(t, d)
		for _, p := range []string{"word/document.xml", "word/styles.xml", "word/numbering.xml", "word/header1.xml", "word/settings.xml"} {
			checkOrder(t, name+" "+p, parts[p])
		}
	}
}
