package report

import (
	"errors"
	"slices"
	"testing"

	"baocao/app/movement"
)

func TestAddUnit(t *testing.T) {
	r := &Report{}
	for _, c := range []struct {
		name, short string
		added       bool
		id          string
	}{
		{"Phòng Tổ chức - Pháp chế", "TCPC", true, "phong-to-chuc-phap-che"},
		{"  phòng tổ chức -  pháp chế ", "", false, "phong-to-chuc-phap-che"},
		{"Phòng Tổ chức Pháp chế", "", true, "phong-to-chuc-phap-che-2"},
		{"Chi bộ 5", "", true, "chi-bo-5"},
		{"Ủy ban (!!)", "", true, "uy-ban"},
	} {
		u, added, err := r.AddUnit(c.name, c.short, "")
		if err != nil || added != c.added || u.ID != c.id {
			t.Errorf("AddUnit(%q) = %+v, %v, %v; want id %s, added %v", c.name, u, added, err, c.id, c.added)
		}
	}
	if _, _, err := r.AddUnit("  ", "", ""); !errors.Is(err, ErrUnitName) {
		t.Errorf("blank name: %v", err)
	}
	if r.UnitIndex("TCPC") != 0 || r.UnitIndex("chi bo 5") != -1 || r.UnitIndex("Chi bộ 5") != 2 || r.UnitByID("uy-ban") != 3 {
		t.Error("UnitIndex / UnitByID")
	}
	if l := r.Units[0].Label(); l != "Phòng Tổ chức - Pháp chế (TCPC)" {
		t.Errorf("label %q", l)
	}
}

func TestSuggestAndParseUnits(t *testing.T) {
	r := &Report{Honorees: Honorees{
		Collectives: []Honoree{{Name: "Tổ A", Unit: "Phòng Văn hóa"}},
		Individuals: []Honoree{{Name: "B", Unit: "phòng văn hóa"}, {Name: "C", Unit: "Thanh tra Sở"}, {Name: "D"}},
	}}
	r.Movement.Register = []movement.Entry{{Name: "M", Unit: "Chi bộ 2"}, {Name: "N", Unit: "Thanh tra Sở"}}
	r.AddUnit("Thanh tra Sở", "", "")
	if got := SuggestUnits(r); !slices.Equal(got, []string{"Phòng Văn hóa", "Chi bộ 2"}) {
		t.Errorf("SuggestUnits = %q", got)
	}
	got := ParseUnits("Phòng A\tPA\tchị Hoa, 0903\r\n\n  Phòng B | PB \nPhòng C;;0912\n")
	want := []Unit{{Name: "Phòng A", Short: "PA", Contact: "chị Hoa, 0903"}, {Name: "Phòng B", Short: "PB"}, {Name: "Phòng C", Contact: "0912"}}
	if !slices.EqualFunc(got, want, func(a, b Unit) bool { return a.Name == b.Name && a.Short == b.Short && a.Contact == b.Contact }) {
		t.Errorf("ParseUnits = %+v", got)
	}
}
