package report

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestOwnAward(t *testing.T) {
	for award, want := range map[string]bool{
		"Giấy khen": true, "giấy khen của Đảng ủy": true, "GIẤY KHEN": true, " Giay khen": true,
		"Bằng khen": false, "Bằng khen của UBND Thành phố": false, "": false, "Chiến sĩ thi đua": false,
	} {
		if got := OwnAward(award); got != want {
			t.Errorf("OwnAward(%q) = %v, want %v", award, got, want)
		}
	}
}

func TestDecisionSymbol(t *testing.T) {
	tests := []struct{ symbol, kept, want string }{
		{"BC/ĐU", "", "QĐ/ĐU"},
		{"BC-SVHTT", "", "QĐ-SVHTT"},
		{"BC-SVHTT", "QĐ-VP", "QĐ-VP"},
		{"TTr/ĐU", "", "TTr/ĐU"},
	}
	for _, tc := range tests {
		r := &Report{Symbol: tc.symbol, Decision: Decision{Symbol: tc.kept}}
		if got := r.DecisionSymbol(); got != tc.want {
			t.Errorf("%q kept %q: %q, want %q", tc.symbol, tc.kept, got, tc.want)
		}
	}
}

// TestDecisionKept: the decision's number, date and signer survive a
// round trip through JSON, and an untouched decision is not written.
func TestDecisionKept(t *testing.T) {
	r := &Report{Profile: ProfileParty, Number: "45", Symbol: "BC/ĐU"}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "decision") {
		t.Errorf("an empty decision is written: %s", b)
	}
	r.Decision = Decision{Number: "12", IssueDate: NewDate(2016, 11, 10), Signature: Signature{Signer: "Lê Văn Tám"}, Bases: []string{"Căn cứ A;"}, Scope: ScopeAll}
	b, err = json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	d := back.Decision
	if d.Number != "12" || d.IssueDate.String() != "2016-11-10" || d.Signature.Signer != "Lê Văn Tám" || len(d.Bases) != 1 || d.Scope != ScopeAll {
		t.Errorf("decision after a round trip: %+v", d)
	}
	dr := back.AsDecision()
	if dr.NumberLine() != "Số 12-QĐ/ĐU" || back.NumberLine() != "Số 45-BC/ĐU" {
		t.Errorf("decision %q, report %q", dr.NumberLine(), back.NumberLine())
	}
}

func TestMoney(t *testing.T) {
	for n, want := range map[int64]string{0: "0 đồng", 500: "500 đồng", 1000: "1.000 đồng", 500000: "500.000 đồng", 1000000: "1.000.000 đồng", 12345678: "12.345.678 đồng"} {
		if got := FormatMoney(n); got != want {
			t.Errorf("FormatMoney(%d) = %q, want %q", n, got, want)
		}
		if back, err := ParseMoney(want); err != nil || back != n {
			t.Errorf("ParseMoney(%q) = %d, %v", want, back, err)
		}
	}
	for _, s := range []string{"1,000,000", "1000000", " 1.000.000đ "} {
		if n, err := ParseMoney(s); err != nil || n != 1000000 {
			t.Errorf("ParseMoney(%q) = %d, %v", s, n, err)
		}
	}
	for _, s := range []string{"", "một triệu", "-5", "1.5e6"} {
		if _, err := ParseMoney(s); err == nil || !strings.Contains(err.Error(), "ví dụ") {
			t.Errorf("ParseMoney(%q): %v, want an error that shows how", s, err)
		}
	}
}

func TestRewardSentence(t *testing.T) {
	d := Decision{RewardCollective: 1000000, RewardIndividual: 500000}
	tests := []struct {
		d    Decision
		c, i int
		want string
	}{
		{d, 2, 3, "Mỗi tập thể được thưởng 1.000.000 đồng, mỗi cá nhân được thưởng 500.000 đồng."},
		{d, 0, 3, "Mỗi cá nhân được thưởng 500.000 đồng."},
		{Decision{RewardCollective: 1000000}, 2, 3, "Mỗi tập thể được thưởng 1.000.000 đồng."},
		{Decision{}, 2, 3, ""},
	}
	for _, tc := range tests {
		if got := tc.d.RewardSentence(tc.c, tc.i); got != tc.want {
			t.Errorf("%+v (%d, %d): %q, want %q", tc.d, tc.c, tc.i, got, tc.want)
		}
	}
}

// TestDecisionChoice: honorees ticked in and out one by one change the
// decision's list, the choice follows the honoree when the list is
// reordered or another column edited, survives JSON, and SetScope forgets
// it.
func TestDecisionChoice(t *testing.T) {
	gk := func(name, unit string) Honoree { return Honoree{Name: name, Unit: unit, Award: "Giấy khen"} }
	bk := func(name, unit string) Honoree { return Honoree{Name: name, Unit: unit, Award: "Bằng khen"} }
	names := func(hs []Honoree) string {
		var s []string
		for _, h := range hs {
			s = append(s, h.Name)
		}
		return strings.Join(s, ",")
	}
	for _, tc := range []struct {
		name   string
		scope  DecisionScope
		set    func(r *Report)
		wantC  string
		wantI  string
		stored int // keys kept in Include+Exclude
	}{
		{"default: own awards", ScopeOwn, func(*Report) {}, "Chi bộ 1", "An,Bình", 0},
		{"tick out one", ScopeOwn, func(r *Report) { r.Decision.SetCommends(false, r.Honorees.Individuals[0], false) }, "Chi bộ 1", "Bình", 1},
		{"tick in a higher award", ScopeOwn, func(r *Report) { r.Decision.SetCommends(false, r.Honorees.Individuals[2], true) }, "Chi bộ 1", "An,Bình,Cường", 1},
		{"tick out then back in", ScopeOwn, func(r *Report) {
			r.Decision.SetCommends(true, r.Honorees.Collectives[0], false)
			r.Decision.SetCommends(true, r.Honorees.Collectives[0], true)
		}, "Chi bộ 1", "An,Bình", 0},
		{"all, minus one", ScopeAll, func(r *Report) { r.Decision.SetCommends(false, r.Honorees.Individuals[1], false) }, "Chi bộ 1,Chi bộ 2", "An,Cường", 1},
		{"reordered and edited", ScopeOwn, func(r *Report) {
			r.Decision.SetCommends(false, r.Honorees.Individuals[0], false)
			ind := r.Honorees.Individuals
			ind[0], ind[1] = ind[1], ind[0]
			ind[1].Achievement, ind[1].Name = "sửa", "  an " // same person, name typed loosely
		}, "Chi bộ 1", "Bình", 1},
		{"scope again forgets", ScopeOwn, func(r *Report) {
			r.Decision.SetCommends(false, r.Honorees.Individuals[0], false)
			r.Decision.SetScope(ScopeAll)
		}, "Chi bộ 1,Chi bộ 2", "An,Bình,Cường", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &Report{Decision: Decision{Scope: tc.scope}}
			r.Honorees.Collectives = []Honoree{gk("Chi bộ 1", "Phường 1"), bk("Chi bộ 2", "Phường 2")}
			r.Honorees.Individuals = []Honoree{gk("An", "Phường 1"), gk("Bình", "Phường 2"), bk("Cường", "Phường 3")}
			tc.set(r)
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var back Report
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			c, i := back.DecisionHonorees()
			if names(c) != tc.wantC || names(i) != tc.wantI {
				t.Errorf("collectives %q, individuals %q; want %q, %q", names(c), names(i), tc.wantC, tc.wantI)
			}
			if n := len(back.Decision.Include) + len(back.Decision.Exclude); n != tc.stored {
				t.Errorf("%d keys kept (%v %v), want %d", n, back.Decision.Include, back.Decision.Exclude, tc.stored)
			}
			if tc.stored == 0 && tc.scope == ScopeOwn && back.Decision.Scope == ScopeOwn && !back.Decision.IsZero() {
				t.Errorf("nothing chosen, yet the decision is not zero: %+v", back.Decision)
			}
		})
	}
}
