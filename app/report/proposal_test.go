package report

import "testing"

// TestHigherAward: the awards a superior body gives are found however
// they are typed; the body's own Giấy khen and other texts are not.
func TestHigherAward(t *testing.T) {
	for award, want := range map[string]bool{
		"Bằng khen": true,
		"bằng khen của Ban Thường vụ Thành ủy":      true,
		"BẰNG KHEN UBND TỈNH":                       true,
		"Bang khen cua Chu tich UBND":               true,
		"BK UBND tỉnh":                              true,
		"Đề nghị tặng Bằng khen":                    true,
		"Huân chương Lao động hạng Ba":              true,
		"Cờ thi đua của Ủy ban nhân dân tỉnh":       true,
		"Chiến sĩ thi đua toàn quốc":                true,
		"Giấy khen":                                 false,
		"giấy khen của Đảng ủy (đề xuất bằng khen)": false,
		"":           false,
		"Biểu dương": false,
	} {
		if got := HigherAward(award); got != want {
			t.Errorf("HigherAward(%q) = %v, want %v", award, got, want)
		}
	}
}

// TestProposalHonoreesAndSymbol: the proposal takes the higher awards in
// list order (everyone with ScopeAll), and its symbol is the report's
// with TTr for BC unless one is kept.
func TestProposalHonoreesAndSymbol(t *testing.T) {
	r := &Report{Symbol: "BC/ĐU", Honorees: Honorees{
		Collectives: []Honoree{{Name: "A", Award: "Giấy khen"}, {Name: "B", Award: "Bằng khen"}},
		Individuals: []Honoree{{Name: "C", Award: "bằng khen"}, {Name: "D"}, {Name: "E", Award: "Huân chương"}},
	}}
	c, i := r.ProposalHonorees()
	if len(c) != 1 || c[0].Name != "B" || len(i) != 2 || i[0].Name != "C" || i[1].Name != "E" {
		t.Errorf("ProposalHonorees = %v, %v", c, i)
	}
	r.Proposal.Scope = ScopeAll
	if c, i := r.ProposalHonorees(); len(c) != 2 || len(i) != 3 {
		t.Errorf("ScopeAll: %d, %d", len(c), len(i))
	}
	for _, tc := range []struct{ symbol, kept, want string }{
		{"BC/ĐU", "", "TTr/ĐU"}, {"BC-SVHTT", "", "TTr-SVHTT"}, {"BC/ĐU", "TTr/BTV", "TTr/BTV"}, {"KH/ĐU", "", "KH/ĐU"},
	} {
		r.Symbol, r.Proposal.Symbol = tc.symbol, tc.kept
		if got := r.ProposalSymbol(); got != tc.want {
			t.Errorf("ProposalSymbol(%q, kept %q) = %q, want %q", tc.symbol, tc.kept, got, tc.want)
		}
	}
}
