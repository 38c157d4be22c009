package draft

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"
)

// TestMovementRoundTrip: a draft with the movement's data is written as
// version 2 and read back unchanged; one without it stays version 1,
// with no "movement" member, so older programs still open it.
func TestMovementRoundTrip(t *testing.T) {
	// The sample's list of units would make these version 3.
	withRegister := sample.Report()
	withRegister.Units = nil
	withChecklist := sample.Report()
	withChecklist.Units = nil
	withChecklist.Movement.Checklist = []movement.Task{{Task: "Tuyên truyền", Answer: movement.AnswerPartly, Note: "Còn 2 đơn vị."}}
	withChecklist.Movement.Typed = map[string]int{"field:kinhte": 3}
	withChecklist.Movement.Fields = append([]string(nil), movement.DefaultFields...)
	without := sample.Report()
	without.Movement = movement.Data{}
	without.Units = nil
	tests := []struct {
		name        string
		r           *report.Report
		version     string
		hasMovement bool
	}{
		{"with the register", withRegister, `"version": 2`, true},
		{"with checklist, typed counts, fields", withChecklist, `"version": 2`, true},
		{"without", without, `"version": 1`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.r
			path := filepath.Join(t.TempDir(), "d.bcdv")
			if err := Save(path, want, "test"); err != nil {
				t.Fatal(err)
			}
			data, _ := os.ReadFile(path)
			if !bytes.Contains(data, []byte(tt.version)) {
				t.Errorf("file lacks %s", tt.version)
			}
			if got := bytes.Contains(data, []byte(`"movement"`)); got != tt.hasMovement {
				t.Errorf(`"movement" member present: %v, want %v`, got, tt.hasMovement)
			}
			got, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round trip changed the report:\n got %+v\nwant %+v", got.Movement, want.Movement)
			}
		})
	}
}

// TestOldDraftsStillLoad: version 1 files, written before the movement's
// data existed, load with an empty movement.
func TestOldDraftsStillLoad(t *testing.T) {
	for _, name := range []string{"minimal.json", "new-state.json", "sample.json"} {
		r, err := Load(filepath.Join("testdata", name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !r.Movement.IsZero() {
			t.Errorf("%s: movement %+v", name, r.Movement)
		}
	}
}

// TestMovementNormalisedOnLoad: the register's texts come in NFC.
func TestMovementNormalisedOnLoad(t *testing.T) {
	var b bytes.Buffer
	r := sample.Report()
	r.Movement.Register[0].Name = "Thu\u031b vie\u0323\u0302n thân thiện" // decomposed
	r.Movement.Register[0].Field = "van hoa - xa hoi"
	if err := Encode(&b, r, "test"); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if e := got.Movement.Register[0]; e.Name != "Thư viện thân thiện" || e.Field != "Văn hóa – xã hội" {
		t.Errorf("entry %q %q", e.Name, e.Field)
	}
	if !strings.Contains(b.String(), `"register"`) {
		t.Error("the register should be in the file")
	}
}

// TestUnitsRoundTrip: the units, what was collected from them and the
// origin of collected rows are kept, under version 3 (an older program
// would drop them on save).
func TestUnitsRoundTrip(t *testing.T) {
	r := sample.Report()
	o := movement.Origin{UnitID: r.Units[0].ID, Unit: r.Units[0].Name, File: "a.xlsx", Sheet: "Khen thưởng cá nhân", Row: 7}
	r.Units[0].Contact = "chị Lan, 0903 111 222"
	r.Units[0].Collected = &report.UnitCollection{File: "a.xlsx", Counts: map[string]int{"models.registered": 4}, Honorees: 1, Problems: 2}
	r.Honorees.Individuals[0].Origin = o
	r.Movement.Register[0].Origin = o
	var b bytes.Buffer
	if err := Encode(&b, r, "test"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"version": 3`) || !strings.Contains(b.String(), `"unitId": "`+o.UnitID+`"`) {
		t.Errorf("not version 3 with the origin:\n%.300s", b.String())
	}
	got, err := Decode(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Units, r.Units) || got.Honorees.Individuals[0].Origin != o || got.Movement.Register[0].Origin != o {
		t.Errorf("units or origins changed:\n got %+v\nwant %+v", got.Units[0], r.Units[0])
	}
}
