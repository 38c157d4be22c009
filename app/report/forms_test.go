package report_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"baocao/app/report"
	"baocao/app/sample"
)

// TestFormatNumber: a number of digits only has at least two digits, however
// it was typed; anything else is kept.
func TestFormatNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"5", "05"},
		{"05", "05"},
		{" 5 ", "05"},
		{"0", "00"},
		{"007", "07"},
		{"000012", "12"},
		{"12", "12"},
		{"123", "123"},
		{"1000", "1000"},
		{"12a", "12a"},
		{"5a", "5a"},
		{"05a", "05a"},
		{"", ""},
		{"   ", ""},
		{"١", "١"}, // not an ASCII digit: kept as typed
	} {
		if got := report.FormatNumber(tc.in); got != tc.want {
			t.Errorf("FormatNumber(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNumberForms: the number and symbol of both profiles, with the number
// padded to two digits.
func TestNumberForms(t *testing.T) {
	for _, tc := range []struct {
		profile         report.Profile
		number, symbol  string
		wantNum, wantLn string
	}{
		{report.ProfileParty, "45", "BC/ĐU", "45-BC/ĐU", "Số 45-BC/ĐU"},
		{report.ProfileParty, "5", "BC/ĐU", "05-BC/ĐU", "Số 05-BC/ĐU"},
		{report.ProfileParty, "05", "BC/ĐU", "05-BC/ĐU", "Số 05-BC/ĐU"},
		{report.ProfileParty, "007", "BC/ĐU", "07-BC/ĐU", "Số 07-BC/ĐU"},
		{report.ProfileParty, "12a", "BC/ĐU", "12a-BC/ĐU", "Số 12a-BC/ĐU"},
		{report.ProfileParty, "", "BC/ĐU", "    -BC/ĐU", "Số     -BC/ĐU"},
		{report.ProfileParty, "9", "", "09", "Số 09"},
		{report.ProfileState, "7", "BC-SVHTT", "07/BC-SVHTT", "Số: 07/BC-SVHTT"},
		{report.ProfileState, "12", "BC-SVHTT", "12/BC-SVHTT", "Số: 12/BC-SVHTT"},
		{report.ProfileState, "1", "BC-SVHTT", "01/BC-SVHTT", "Số: 01/BC-SVHTT"},
		{report.ProfileState, "12a", "BC-SVHTT", "12a/BC-SVHTT", "Số: 12a/BC-SVHTT"},
		{report.ProfileState, "", "BC-SVHTT", "    /BC-SVHTT", "Số:     /BC-SVHTT"},
	} {
		r := sample.Report()
		r.Profile, r.Number, r.Symbol = tc.profile, tc.number, tc.symbol
		if got := r.NumberAndSymbol(); got != tc.wantNum {
			t.Errorf("%s %q %q: NumberAndSymbol = %q, want %q", tc.profile, tc.number, tc.symbol, got, tc.wantNum)
		}
		if got := r.NumberLine(); got != tc.wantLn {
			t.Errorf("%s %q %q: NumberLine = %q, want %q", tc.profile, tc.number, tc.symbol, got, tc.wantLn)
		}
	}
}

// TestDateForms: both profiles write a day below 10 and the months 1 and 2
// with a leading zero, no other month; every day of the month is checked.
func TestDateForms(t *testing.T) {
	months := map[time.Month]string{
		time.January: "01", time.February: "02", time.March: "3", time.August: "8",
		time.September: "9", time.October: "10", time.November: "11", time.December: "12",
	}
	for _, profile := range []report.Profile{report.ProfileParty, report.ProfileState} {
		for m, wantMonth := range months {
			for day := 1; day <= 31; day++ {
				if day > 28 && m == time.February || day == 31 && (m == time.September || m == time.November) {
					continue
				}
				wantDay := fmt.Sprint(day)
				if day < 10 {
					wantDay = "0" + wantDay
				}
				r := sample.Report()
				r.Profile = profile
				r.IssueDate = report.NewDate(2017, m, day)
				want := "Thành phố Hồ Chí Minh, ngày " + wantDay + " tháng " + wantMonth + " năm 2017"
				if got := r.PlaceAndDate(); got != want {
					t.Errorf("%s %s: PlaceAndDate = %q, want %q", profile, r.IssueDate, got, want)
				}
			}
		}
	}
	// The issue's own examples, and the blanks left to fill in by hand.
	for _, tc := range []struct {
		profile report.Profile
		date    report.Date
		place   string
		want    string
	}{
		{report.ProfileParty, report.NewDate(2016, time.August, 5), "", "ngày 05 tháng 8 năm 2016"},
		{report.ProfileState, report.NewDate(2017, time.February, 9), "", "ngày 09 tháng 02 năm 2017"},
		{report.ProfileParty, report.NewDate(2016, time.November, 8), "Hà Nội", "Hà Nội, ngày 08 tháng 11 năm 2016"},
		{report.ProfileParty, report.NewDate(2016, time.December, 31), "Hà Nội", "Hà Nội, ngày 31 tháng 12 năm 2016"},
		{report.ProfileParty, report.Date{}, "Hà Nội", "Hà Nội, ngày     tháng     năm 2016"},
		{report.ProfileState, report.Date{}, " ", "ngày     tháng     năm 2016"},
	} {
		r := sample.Report()
		r.Profile, r.IssueDate, r.Place = tc.profile, tc.date, tc.place
		if got := r.PlaceAndDate(); got != tc.want {
			t.Errorf("%s %v %q: PlaceAndDate = %q, want %q", tc.profile, tc.date, tc.place, got, tc.want)
		}
	}
	if r := sample.Report(); r.NextYear() != 2017 {
		t.Errorf("NextYear = %d", r.NextYear())
	}
}

func TestDraftMark(t *testing.T) {
	for _, tc := range []struct {
		round int
		want  string
	}{{0, "DỰ THẢO"}, {-3, "DỰ THẢO"}, {1, "DỰ THẢO LẦN 1"}, {2, "DỰ THẢO LẦN 2"}, {12, "DỰ THẢO LẦN 12"}} {
		r := report.Report{DraftRound: tc.round}
		if got := r.DraftMark(); got != tc.want {
			t.Errorf("DraftMark(round %d) = %q, want %q", tc.round, got, tc.want)
		}
	}
}

func TestProfileRules(t *testing.T) {
	if got := report.ProfileParty.Rules(); !strings.Contains(got, "36-HD/VPTW") || !strings.Contains(got, "399-QĐ/TW") {
		t.Errorf("party rules = %q", got)
	}
	if got := report.ProfileState.Rules(); !strings.Contains(got, "30/2020/NĐ-CP") {
		t.Errorf("state rules = %q", got)
	}
}

func TestNormalizeDraftRound(t *testing.T) {
	for _, tc := range []struct{ in, want int }{{-4, 0}, {0, 0}, {2, 2}, {150, 150}} {
		r := report.Report{DraftRound: tc.in}
		r.Normalize()
		if r.DraftRound != tc.want {
			t.Errorf("Normalize: round %d became %d, want %d", tc.in, r.DraftRound, tc.want)
		}
	}
}
