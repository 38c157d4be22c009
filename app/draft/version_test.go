package draft

import (
	"testing"

	"baocao/app/movement"
	"baocao/app/report"
)

// TestVersionFor: a draft is written with the oldest version that knows
// every field it holds, so that an older program refuses it rather than
// dropping, on save, a birth year, a namesake mark or a draft round it
// does not know.
func TestVersionFor(t *testing.T) {
	person := func(h report.Honoree) *report.Report {
		return &report.Report{Honorees: report.Honorees{Individuals: []report.Honoree{{Name: "Lê Văn An"}, h}}}
	}
	for _, tc := range []struct {
		name string
		r    *report.Report
		want int
	}{
		{"plain", person(report.Honoree{Name: "Trần Thị Bình"}), 1},
		{"birth year", person(report.Honoree{Name: "Trần Thị Bình", BirthYear: 1975}), 2},
		{"gender", person(report.Honoree{Name: "Trần Thị Bình", Gender: report.GenderFemale}), 2},
		{"namesake mark", person(report.Honoree{Name: "Trần Thị Bình", Namesake: true}), 2},
		{"origin", person(report.Honoree{Name: "Trần Thị Bình", Origin: movement.Origin{Unit: "Phòng Văn hóa", Row: 7}}), 2},
		{"draft round", &report.Report{DraftRound: 2}, 2},
		{"register", &report.Report{Movement: movement.Data{Register: []movement.Entry{{Name: "Dân vận khéo"}}}}, 2},
		{"units", &report.Report{Units: []report.Unit{{Name: "Phòng Văn hóa"}}}, 3},
	} {
		if got := versionFor(tc.r); got != tc.want {
			t.Errorf("%s: version %d, want %d", tc.name, got, tc.want)
		}
	}
}
