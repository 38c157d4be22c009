package pdf

import (
	"testing"

	"baocao/app/report"
	"baocao/app/sample"
)

// TestBlankNumberLeavesRoom: a report without a number yet prints "Số",
// blank room for the number to be written in by hand, then the symbol, on
// the number's line, in both forms; with a number the line is plain.
func TestBlankNumberLeavesRoom(t *testing.T) {
	for _, tc := range []struct {
		profile     report.Profile
		first, rest string
		symbol      string
	}{
		{report.ProfileParty, "Số", "-BC/ĐU", "BC/ĐU"},
		{report.ProfileState, "Số:", "/BC-SVHTT", "BC-SVHTT"},
	} {
		r := sample.Report()
		r.Profile, r.Number, r.Symbol = tc.profile, "  ", tc.symbol
		words := pdfWords(t, renderWith(t, r, Options{}))
		so, rest := find(words, tc.first), find(words, tc.rest)
		if len(so) == 0 || len(rest) == 0 {
			t.Fatalf("%s: %q or %q not on the page", tc.profile, tc.first, tc.rest)
		}
		gap := rest[0].XMin - so[0].XMax
		want := PartyLayout.NumberRoom
		if gap < want || gap > want+3 {
			t.Errorf("%s: room between %q and %q is %.1f mm, want about %.0f mm", tc.profile, tc.first, tc.rest, gap, want)
		}
		if d := rest[0].YMin - so[0].YMin; d > 0.5 || d < -0.5 {
			t.Errorf("%s: %q and %q not on one line (%.1f mm apart)", tc.profile, tc.first, tc.rest, d)
		}

		r.Number = "7"
		words = pdfWords(t, renderWith(t, r, Options{}))
		if len(find(words, tc.first)) == 0 || len(find(words, "07"+tc.rest)) == 0 {
			t.Errorf("%s: with a number the line is not %s 07%s", tc.profile, tc.first, tc.rest)
		}
	}
}
