package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"baocao/app/textnorm"
)

// Decision is what the draft keeps of the decision on commendation
// (Quyết định khen thưởng) issued with the report: its own number, symbol,
// date and signer, the legal bases when the office has edited them, and
// which honorees it commends. Its other texts come from the decision
// template of the report's profile.
type Decision struct {
	Number    string `json:"number,omitempty"`
	Symbol    string `json:"symbol,omitempty"` // "" → the report's with QĐ for BC ("BC/ĐU" → "QĐ/ĐU")
	IssueDate Date   `json:"issueDate,omitzero"`
	// Authority is the authority line ("BAN THƯỜNG VỤ ĐẢNG ỦY …"); "" →
	// the template's.
	Authority string    `json:"authority,omitempty"`
	Signature Signature `json:"signature,omitzero"` // empty lines → the template's, the report's signer
	// Bases are the legal bases, one per line ("Căn cứ …;"); nil → the
	// template's defaults. Rules change (Quy định 24-QĐ/TW gave way to
	// 294-QĐ/TW in 2025): an office follows by editing them.
	Bases []string `json:"bases,omitempty"`
	// Scope says which honorees it commends: ScopeOwn (the default) or
	// ScopeAll.
	Scope DecisionScope `json:"scope,omitempty"`
	// Include and Exclude are the honorees ticked into, or out of, the
	// decision one by one against Scope's choice, by HonoreeKey: kept by
	// name and unit rather than by place in the list, so that a choice
	// survives sorting, edits of other columns and a fresh import, and an
	// honoree added later follows Scope.
	Include []string `json:"include,omitempty"`
	Exclude []string `json:"exclude,omitempty"`
	// RewardCollective and RewardIndividual are the money each collective
	// and each individual receives, in đồng, when the office sets it (0:
	// none is written).
	RewardCollective int64 `json:"rewardCollective,omitempty"`
	RewardIndividual int64 `json:"rewardIndividual,omitempty"`
}

// DecisionScope says which honorees a decision commends.
type DecisionScope string

const (
	// ScopeOwn: those whose award is this body's own (Giấy khen); a
	// higher award (Bằng khen …) goes up in a proposal instead.
	ScopeOwn DecisionScope = ""
	// ScopeAll: every honoree of the report.
	ScopeAll DecisionScope = "all"
)

// IsZero reports whether nothing of the decision is kept yet.
func (d Decision) IsZero() bool {
	return d.Number == "" && d.Symbol == "" && d.IssueDate.IsZero() && d.Authority == "" &&
		d.Signature == (Signature{}) && d.Bases == nil && d.Scope == "" && d.Include == nil && d.Exclude == nil && d.RewardCollective == 0 && d.RewardIndividual == 0
}

// FormatMoney writes an amount as Vietnamese documents do: "1.000.000
// đồng".
func FormatMoney(dong int64) string {
	digits := fmt.Sprint(dong)
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String() + " đồng"
}

// ParseMoney reads an amount in đồng typed as "1000000", "1.000.000" or
// "1,000,000" (a trailing "đồng" or "đ" allowed).
func ParseMoney(s string) (int64, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "đồng"), "đ"))
	t = strings.NewReplacer(".", "", ",", "", " ", "").Replace(t)
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > 1e12 {
		return 0, fmt.Errorf("số tiền %q không đọc được; viết bằng chữ số, ví dụ 1.000.000", s)
	}
	return n, nil
}

// RewardSentence is the sentence on the money that goes with the
// award, for the kinds the decision commends ("Mỗi tập thể được thưởng
// 1.000.000 đồng, mỗi cá nhân được thưởng 500.000 đồng."); "" when no
// amount is set.
func (d Decision) RewardSentence(collectives, individuals int) string {
	var parts []string
	if d.RewardCollective > 0 && collectives > 0 {
		parts = append(parts, "mỗi tập thể được thưởng "+FormatMoney(d.RewardCollective))
	}
	if d.RewardIndividual > 0 && individuals > 0 {
		parts = append(parts, "mỗi cá nhân được thưởng "+FormatMoney(d.RewardIndividual))
	}
	if len(parts) == 0 {
		return ""
	}
	s := strings.Join(parts, ", ") + "."
	return strings.ToUpper(s[:1]) + s[1:]
}

// OwnAward reports whether award is one the issuing body gives itself: a
// Giấy khen ("Giấy khen", "giấy khen của Đảng ủy"), not a Bằng khen or a
// higher award.
func OwnAward(award string) bool {
	return strings.HasPrefix(textnorm.Key(award), "giay khen")
}

// DecisionHonorees returns the collectives and individuals the decision
// commends, in the order of the report's lists.
func (r *Report) DecisionHonorees() (collectives, individuals []Honoree) {
	pick := func(list []Honoree, collective bool) []Honoree {
		var out []Honoree
		for _, h := range list {
			if r.Decision.Commends(collective, h) {
				out = append(out, h)
			}
		}
		return out
	}
	return pick(r.Honorees.Collectives, true), pick(r.Honorees.Individuals, false)
}

// HonoreeKey names an honoree for Decision.Include and Exclude: its kind,
// name and unit, compared loosely (case, spaces, diacritics' encoding).
func HonoreeKey(collective bool, h Honoree) string {
	kind := "i:"
	if collective {
		kind = "c:"
	}
	return kind + textnorm.Key(h.Name) + "|" + textnorm.Key(h.Unit)
}

// ByScope reports whether Scope alone puts h in the decision.
func (d Decision) ByScope(h Honoree) bool { return d.Scope == ScopeAll || OwnAward(h.Award) }

// Commends reports whether the decision commends h (a collective when
// collective): ticked in one by one, ticked out, or else as Scope says.
func (d Decision) Commends(collective bool, h Honoree) bool {
	if d.Include == nil && d.Exclude == nil {
		return d.ByScope(h)
	}
	k := HonoreeKey(collective, h)
	switch {
	case slices.Contains(d.Exclude, k):
		return false
	case slices.Contains(d.Include, k):
		return true
	}
	return d.ByScope(h)
}

// SetCommends ticks h into the decision (in) or out of it, keeping only
// the choices that differ from Scope's.
func (d *Decision) SetCommends(collective bool, h Honoree, in bool) {
	k := HonoreeKey(collective, h)
	drop := func(list []string) []string {
		out := slices.DeleteFunc(slices.Clone(list), func(s string) bool { return s == k })
		if len(out) == 0 {
			return nil
		}
		return out
	}
	d.Include, d.Exclude = drop(d.Include), drop(d.Exclude)
	switch {
	case in && !d.ByScope(h):
		d.Include = append(d.Include, k)
	case !in && d.ByScope(h):
		d.Exclude = append(d.Exclude, k)
	}
}

// SetScope chooses the honorees by scope again, forgetting the one-by-one
// choices.
func (d *Decision) SetScope(s DecisionScope) { d.Scope, d.Include, d.Exclude = s, nil, nil }

// DecisionSymbol is the decision's symbol: the one kept, or the report's
// with "QĐ" for its leading "BC" ("BC/ĐU" → "QĐ/ĐU", "BC-SVHTT" →
// "QĐ-SVHTT").
func (r *Report) DecisionSymbol() string { return r.symbolAs(r.Decision.Symbol, "QĐ") }

// AsDecision returns a copy of r numbered and dated as its decision, so
// that the decision's header reads its number line, place and date the
// way the report's does.
func (r *Report) AsDecision() *Report {
	return r.numberedAs(r.Decision.Number, r.DecisionSymbol(), r.Decision.IssueDate)
}

// symbolAs is the symbol of a document sent with the report: kept when
// given, else the report's with kind ("QĐ", "TTr") for its leading "BC".
func (r *Report) symbolAs(kept, kind string) string {
	if s := strings.TrimSpace(kept); s != "" {
		return s
	}
	s := strings.TrimSpace(r.Symbol)
	if rest, ok := strings.CutPrefix(s, "BC"); ok {
		return kind + rest
	}
	return s
}

// numberedAs returns a copy of r with another number, symbol and date.
func (r *Report) numberedAs(number, symbol string, date Date) *Report {
	c := *r
	c.Number, c.Symbol, c.IssueDate = number, symbol, date
	return &c
}

func (d *Decision) normalize() {
	line := textnorm.Line
	d.Number, d.Symbol, d.Authority = line(d.Number), line(d.Symbol), line(d.Authority)
	d.Signature = d.Signature.normalized()
	for i := range d.Bases {
		d.Bases[i] = line(d.Bases[i])
	}
	for _, l := range []*[]string{&d.Include, &d.Exclude} {
		*l = slices.DeleteFunc(*l, func(s string) bool { return strings.TrimSpace(s) == "" })
		if len(*l) == 0 {
			*l = nil
		}
	}
	d.RewardCollective, d.RewardIndividual = max(d.RewardCollective, 0), max(d.RewardIndividual, 0)
}
