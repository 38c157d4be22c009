package compose

import (
	"fmt"
	"strings"

	"baocao/app/catalog"
	"baocao/app/doc"
	"baocao/app/report"
)

// DecisionOptions say which decision document to build.
type DecisionOptions struct {
	// Draft marks it "DỰ THẢO" (with the report's round) under the number.
	Draft bool
	// BodyName is the issuing body in running text ("Đảng ủy Sở Văn hóa
	// và Thể thao", catalog.Template.DataFor); "" → the body as typed.
	BodyName string
}

// Decision builds the decision on commendation (Quyết định khen thưởng)
// of report r with the texts of template t (the decision template of r's
// profile): the header as the report's with the decision's own number and
// date, "QUYẾT ĐỊNH" and its summary, the authority line, the legal bases
// (the draft's when edited, else the template's), "QUYẾT ĐỊNH:", the
// articles, the recipients and the signature, then on a new page the
// list of the honorees it commends (r.DecisionHonorees), "(Kèm theo
// Quyết định số … ngày …)". It returns an error when there is no one to
// commend.
func Decision(r *report.Report, t *catalog.DecisionTemplate, opts DecisionOptions) (*doc.Document, error) {
	if t == nil {
		return nil, fmt.Errorf("không có mẫu quyết định")
	}
	collectives, individuals := r.DecisionHonorees()
	if len(collectives)+len(individuals) == 0 {
		if r.Decision.Scope == report.ScopeAll {
			return nil, fmt.Errorf("danh sách khen thưởng chưa có ai; thêm tập thể, cá nhân ở bước “Danh sách khen thưởng” rồi làm lại")
		}
		return nil, fmt.Errorf("không có tập thể, cá nhân nào được tặng Giấy khen (hình thức khen thưởng “Giấy khen”); ghi hình thức khen thưởng trong danh sách, hoặc chọn đưa cả danh sách vào quyết định")
	}
	dr := r.AsDecision()
	data := decisionData(r, opts.BodyName, len(collectives), len(individuals))
	b := &reportBuilder{r: dr, d: &doc.Document{Kind: "decision", Layout: LayoutFor(r.Profile)}}
	d := b.d
	header := b.header(opts.Draft)
	title := doc.Title{
		Title:   doc.Line{Text: line(t.Title)},
		Summary: doc.Line{Text: line(data.Fill(t.Summary))},
	}
	d.Add(header, title)

	authority := line(r.Decision.Authority)
	if authority == "" {
		authority = data.Fill(t.Authority)
	}
	d.Add(doc.Centred{Line: doc.L(strings.ToUpper(line(authority)), "decision.authority", "dòng thẩm quyền của quyết định")})

	bases := doc.Bases{}
	if r.Decision.Bases != nil {
		for i, s := range r.Decision.Bases {
			if s = line(data.Fill(s)); s != "" {
				bases.Items = append(bases.Items, doc.L(s, fmt.Sprintf("decision.bases[%d]", i), "căn cứ của quyết định"))
			}
		}
	} else {
		for _, s := range t.Bases {
			bases.Items = append(bases.Items, doc.Line{Text: line(data.Fill(s))})
		}
	}
	if len(bases.Items) > 0 {
		d.Add(bases)
	}
	d.Add(doc.Centred{Line: doc.Line{Text: line(t.Decides)}})
	for i, a := range t.Articles {
		d.Add(doc.Article{Number: fmt.Sprintf("Điều %d.", i+1), Line: doc.Line{Text: line(data.Fill(a))}})
	}
	d.Add(decisionClosing(r, t))

	attachList(d, t.Title, data.Fill(t.ListTitle), dr, collectives, individuals)
	setInfo(d, r, t.Title, title.Summary.Text, opts.Draft)
	return d, nil
}

// attachList adds the list attached to a decision or a proposal: on a
// new page, its title, the note naming the document (docTitle, numbered
// and dated as numbered) and the collectives and the individuals as
// parts I and II.
func attachList(d *doc.Document, docTitle, listTitle string, numbered *report.Report, collectives, individuals []report.Honoree) {
	note := fmt.Sprintf("(Kèm theo %s số %s %s)", SentenceCase(line(docTitle)), line(numbered.NumberAndSymbol()), attachedDate(numbered))
	d.Add(doc.PageBreak{}, doc.Appendix{Title: doc.Line{Text: line(listTitle)}, Note: note})
	n := counter{roman: true}
	if len(collectives) > 0 {
		d.Add(doc.Heading{Kind: doc.HeadingPart, Number: n.next(), Line: doc.Line{Text: "TẬP THỂ"}, KeepWithNext: true},
			HonoreeTable(report.FieldCollectives, collectives, true))
	}
	if len(individuals) > 0 {
		d.Add(doc.Heading{Kind: doc.HeadingPart, Number: n.next(), Line: doc.Line{Text: "CÁ NHÂN"}, KeepWithNext: true},
			HonoreeTable(report.FieldIndividuals, individuals, false))
	}
}

// setInfo sets the file's properties of a decision or a proposal: its
// kind and summary as the title (with the draft mark when draft), the
// issuing body as the author.
func setInfo(d *doc.Document, r *report.Report, docTitle, summary string, draft bool) {
	d.Info = doc.Info{Title: line(docTitle) + " " + summary, Author: line(r.IssuingBody), Subject: summary, Keywords: Keywords}
	if draft {
		d.Info.Title += " (" + SentenceCase(r.DraftMark()) + ")"
	}
}

// decisionData is the placeholders' data: counts written with two digits,
// as decisions write them ("02 tập thể và 12 cá nhân").
func decisionData(r *report.Report, bodyName string, c, i int) catalog.DecisionData {
	var who []string
	if c > 0 {
		who = append(who, report.FormatNumber(fmt.Sprint(c))+" tập thể")
	}
	if i > 0 {
		who = append(who, report.FormatNumber(fmt.Sprint(i))+" cá nhân")
	}
	if bodyName = line(bodyName); bodyName == "" {
		bodyName = line(r.IssuingBody)
	}
	return catalog.DecisionData{
		Year: r.Year, NextYear: r.NextYear(), IssuingBody: strings.ToUpper(line(r.IssuingBody)), IssuingBodyName: bodyName,
		Who: strings.Join(who, " và "), CollectiveCount: c, IndividualCount: i,
		Reward: r.Decision.RewardSentence(c, i),
	}
}

// attachedDate is "ngày 10/11/2016", or room to write it by hand.
func attachedDate(r *report.Report) string {
	if r.IssueDate.IsZero() {
		return "ngày      /      /" + fmt.Sprint(r.Year)
	}
	return "ngày " + r.IssueDate.Vietnamese()
}

// decisionClosing is the template's recipients and the signature: the
// draft's lines when given, else the template's authority and position
// and the report's signer.
func decisionClosing(r *report.Report, t *catalog.DecisionTemplate) doc.Closing {
	return awardClosing(r, t.Recipients, t.Signature, r.Decision.Signature, "decision", "quyết định")
}

// awardClosing is the closing of a decision or a proposal: the template's
// recipients, and its signature with the lines kept in the draft (kept)
// in place of the template's authority and position when given, the
// signer kept or else the report's. key and what name the document in
// the signature's sources ("decision", "quyết định").
func awardClosing(r *report.Report, recipients []string, sig, kept report.Signature, key, what string) doc.Closing {
	c := doc.Closing{RecipientsLabel: RecipientsLabel}
	for _, s := range recipients {
		if s = line(s); s != "" {
			c.Recipients = append(c.Recipients, doc.Line{Text: s})
		}
	}
	if kept.Authority != "" || kept.Position != "" {
		sig.Authority, sig.Position = kept.Authority, kept.Position
	}
	sig.Signer = kept.Signer
	if sig.Signer == "" {
		sig.Signer = r.Signature.Signer
	}
	c.Authority = doc.L(line(sig.Authority), key+".signature.authority", "chữ ký của "+what+" (thẩm quyền)")
	c.Position = doc.L(line(sig.Position), key+".signature.position", "chữ ký của "+what+" (chức vụ)")
	c.Signer = doc.L(line(sig.Signer), key+".signature.signer", "chữ ký của "+what+" (họ tên người ký)")
	return c
}
