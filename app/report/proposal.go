package report

import (
	"strings"

	"baocao/app/textnorm"
)

// Proposal is what the draft keeps of the proposal (Tờ trình đề nghị
// khen thưởng) sent to the superior body for the honorees whose award is
// that body's to give (a Bằng khen or higher): its own number, symbol,
// date, addressee and signer, and which honorees it proposes. Its other
// texts come from the proposal template of the report's profile.
type Proposal struct {
	Number    string `json:"number,omitempty"`
	Symbol    string `json:"symbol,omitempty"` // "" → the report's with TTr for BC ("BC/ĐU" → "TTr/ĐU")
	IssueDate Date   `json:"issueDate,omitzero"`
	// To is the addressee after "Kính gửi:"; "" → the template's, made
	// from the superior body.
	To        string    `json:"to,omitempty"`
	Signature Signature `json:"signature,omitzero"` // empty lines → the template's, the report's signer
	// Scope says which honorees it proposes: ScopeOwn (the default: those
	// with a higher award) or ScopeAll (the whole list).
	Scope DecisionScope `json:"scope,omitempty"`
}

// IsZero reports whether nothing of the proposal is kept yet.
func (p Proposal) IsZero() bool {
	return p.Number == "" && p.Symbol == "" && p.IssueDate.IsZero() && p.To == "" &&
		p.Signature == (Signature{}) && p.Scope == ""
}

// higherAwards are the beginnings (folded: no diacritics, lower case) of
// the awards a body proposes upward instead of giving itself.
var higherAwards = []string{"bang khen", "bk ", "huan chuong", "huy chuong", "co thi dua", "chien si thi dua"}

// HigherAward reports whether award is one a superior body gives ("Bằng
// khen của Ban Thường vụ Thành ủy", "bằng khen UBND tỉnh", "Huân chương
// Lao động hạng Ba"), matched loosely: case, diacritics and spacing do
// not matter, and the words may come after a short lead ("Đề nghị tặng
// Bằng khen").
func HigherAward(award string) bool {
	k := textnorm.Key(award)
	if k == "" || OwnAward(award) {
		return false
	}
	for _, h := range higherAwards {
		if strings.HasPrefix(k, h) || strings.Contains(k, " "+strings.TrimSpace(h)+" ") || strings.HasSuffix(k, " "+strings.TrimSpace(h)) {
			return true
		}
	}
	return false
}

// ProposalHonorees returns the collectives and individuals the proposal
// puts forward, in the order of the report's lists.
func (r *Report) ProposalHonorees() (collectives, individuals []Honoree) {
	pick := func(list []Honoree) []Honoree {
		var out []Honoree
		for _, h := range list {
			if r.Proposal.Scope == ScopeAll || HigherAward(h.Award) {
				out = append(out, h)
			}
		}
		return out
	}
	return pick(r.Honorees.Collectives), pick(r.Honorees.Individuals)
}

// ProposalSymbol is the proposal's symbol: the one kept, or the report's
// with "TTr" for its leading "BC" ("BC/ĐU" → "TTr/ĐU", "BC-SVHTT" →
// "TTr-SVHTT").
func (r *Report) ProposalSymbol() string { return r.symbolAs(r.Proposal.Symbol, "TTr") }

// AsProposal returns a copy of r numbered and dated as its proposal.
func (r *Report) AsProposal() *Report {
	return r.numberedAs(r.Proposal.Number, r.ProposalSymbol(), r.Proposal.IssueDate)
}

func (p *Proposal) normalize() {
	line := textnorm.Line
	p.Number, p.Symbol, p.To = line(p.Number), line(p.Symbol), line(p.To)
	p.Signature = p.Signature.normalized()
}
