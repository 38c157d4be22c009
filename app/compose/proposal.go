package compose

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/app/catalog"
	"baocao/app/doc"
	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/textnorm"
)

// ProposalOptions say which proposal document to build.
type ProposalOptions struct {
	// Draft marks it "DỰ THẢO" (with the report's round) under the number.
	Draft bool
	// BodyName is the issuing body in running text (catalog's
	// IssuingBodyName); "" → the body as typed.
	BodyName string
}

// AddresseeLabel goes before the superior body on a proposal.
const AddresseeLabel = "Kính gửi:"

// Proposal builds the proposal sent to the superior body (Tờ trình đề
// nghị khen thưởng) for the honorees whose award is a higher level's
// (r.ProposalHonorees), with the texts of template t: the header with the
// proposal's own number and date, "TỜ TRÌNH" and its summary, "Kính gửi:
// …" (the draft's addressee, else the template's made from the superior
// body), the opening, the movement's results with its figures when the
// draft has any, the request, the closing line, the recipients and the
// signature, then on a new page the list, "(Kèm theo Tờ trình số …
// ngày …)". It returns an error when there is no one to propose.
func Proposal(r *report.Report, t *catalog.ProposalTemplate, opts ProposalOptions) (*doc.Document, error) {
	if t == nil {
		return nil, fmt.Errorf("không có mẫu tờ trình")
	}
	collectives, individuals := r.ProposalHonorees()
	if len(collectives)+len(individuals) == 0 {
		if r.Proposal.Scope == report.ScopeAll {
			return nil, fmt.Errorf("danh sách khen thưởng chưa có ai; thêm tập thể, cá nhân ở bước “Danh sách khen thưởng” rồi làm lại")
		}
		return nil, fmt.Errorf("không có tập thể, cá nhân nào được đề nghị khen thưởng cấp trên (hình thức khen thưởng “Bằng khen …”); ghi hình thức khen thưởng trong danh sách, hoặc chọn đưa cả danh sách vào tờ trình")
	}
	pr := r.AsProposal()
	data := ProposalDataFor(r, t, opts.BodyName, collectives, individuals)
	b := &reportBuilder{r: pr, d: &doc.Document{Kind: "proposal", Layout: LayoutFor(r.Profile)}}
	d := b.d
	title := doc.Title{Title: doc.Line{Text: line(t.Title)}, Summary: doc.Line{Text: line(data.Fill(t.Summary))}}
	d.Add(b.header(opts.Draft), title)
	to := doc.Line{Text: line(data.To)}
	if line(r.Proposal.To) != "" {
		to = doc.L(to.Text, "proposal.to", "nơi kính gửi của tờ trình")
	}
	d.Add(doc.Addressee{Label: AddresseeLabel, To: to})

	para := func(s string) {
		if s = line(s); s != "" {
			d.Add(doc.Paragraph{Line: doc.Line{Text: s}})
		}
	}
	para(data.Fill(t.Opening))
	if r.Movement.HasFigures() {
		values := r.FigureValues()
		para(movement.Expand(data.Fill(t.Results), values))
		if f := r.Figures(); f.HasBaseline() {
			para(movement.Expand(data.Fill(t.ResultsChange), values))
		}
	}
	para(data.Fill(t.Request))
	para(data.Fill(t.Closing))
	d.Add(proposalClosing(r, t))

	attachList(d, t.Title, data.Fill(t.ListTitle), pr, collectives, individuals)
	setInfo(d, r, t.Title, title.Summary.Text, opts.Draft)
	return d, nil
}

// ProposalDataFor is the placeholders' data of r's proposal with
// template t for the given honorees; its To is the addressee as it will
// be printed (the draft's, else t's default, DefaultTo).
func ProposalDataFor(r *report.Report, t *catalog.ProposalTemplate, bodyName string, collectives, individuals []report.Honoree) catalog.ProposalData {
	if bodyName = line(bodyName); bodyName == "" {
		bodyName = line(r.IssuingBody)
	}
	sup := RunningName(r.SuperiorBody)
	data := catalog.ProposalData{
		Year: r.Year, NextYear: r.NextYear(), IssuingBody: strings.ToUpper(line(r.IssuingBody)), IssuingBodyName: bodyName,
		SuperiorBodyName: sup, SuperiorCommittee: committeeOf(sup),
		Who:    whoText(len(collectives), len(individuals)),
		Awards: awardsText(collectives, individuals),
	}
	if f := r.Figures(); f.HasBaseline() {
		data.BaselineYear = f.BaselineYear
	}
	if data.To = line(r.Proposal.To); data.To == "" {
		data.To = DefaultTo(r, t)
	}
	return data
}

// DefaultTo is the addressee template t gives r when the draft keeps
// none ("Ban Thường vụ Đảng ủy Thành phố Hồ Chí Minh"): what a window
// shows as the field's placeholder.
func DefaultTo(r *report.Report, t *catalog.ProposalTemplate) string {
	sup := RunningName(r.SuperiorBody)
	return line(catalog.ProposalData{SuperiorBodyName: sup, SuperiorCommittee: committeeOf(sup)}.Fill(t.To))
}

// whoText is "02 tập thể và 12 cá nhân", counts with two digits.
func whoText(c, i int) string {
	var who []string
	if c > 0 {
		who = append(who, report.FormatNumber(fmt.Sprint(c))+" tập thể")
	}
	if i > 0 {
		who = append(who, report.FormatNumber(fmt.Sprint(i))+" cá nhân")
	}
	return strings.Join(who, " và ")
}

// awardsText names the awards proposed: the one award they share as the
// list writes it, up to three joined with "và", else "Bằng khen".
func awardsText(lists ...[]report.Honoree) string {
	var out []string
	seen := map[string]bool{}
	for _, list := range lists {
		for _, h := range list {
			a := line(h.Award)
			if k := textnorm.Key(a); k != "" && !seen[k] {
				seen[k] = true
				out = append(out, a)
			}
		}
	}
	if len(out) == 0 || len(out) > 3 {
		return "Bằng khen"
	}
	return strings.Join(out, " và ")
}

// proposalClosing is the template's recipients and the signature: the
// draft's lines when given, else the template's and the report's signer.
func proposalClosing(r *report.Report, t *catalog.ProposalTemplate) doc.Closing {
	return awardClosing(r, t.Recipients, t.Signature, r.Proposal.Signature, "proposal", "tờ trình")
}

// localityWords are the words before a place's name; the words after
// them are the name, each capitalised ("tỉnh Bình Dương").
var localityWords = map[string]bool{"tỉnh": true, "huyện": true, "quận": true, "xã": true, "phường": true, "thị": true, "phố": true}

// RunningName writes a body's name typed in capitals as running text
// does: "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH" → "Đảng bộ Thành phố Hồ Chí
// Minh", "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG" → "Ủy ban nhân dân tỉnh Bình
// Dương". A name typed in mixed case is kept as typed. Only a guess for
// a default the office can edit.
func RunningName(s string) string {
	s = line(s)
	if s == "" || strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	name := false
	for i, w := range words {
		switch {
		case i == 0 || name:
			words[i] = capitalise(w)
		case w == "thành" && i+1 < len(words) && words[i+1] == "phố":
			words[i] = capitalise(w) // "Thành phố Hồ Chí Minh"
		}
		if localityWords[w] && i+1 < len(words) && !(w == "thị" && (words[i+1] == "xã" || words[i+1] == "trấn")) {
			name = true
		}
	}
	return strings.Join(words, " ")
}

// committeeOf names a Party organisation's executive: "Đảng bộ X" →
// "Đảng ủy X"; other bodies are their own.
func committeeOf(body string) string {
	if rest, ok := strings.CutPrefix(body, "Đảng bộ "); ok {
		return "Đảng ủy " + rest
	}
	return body
}

func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}
