package draft

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"baocao/app/report"
	"baocao/app/sample"
)

// TestDecisionRoundTrip: a draft keeping its decision's number, date,
// signer and bases is written as version 3 (older programs refuse it
// rather than drop the decision on save) and read back unchanged; without
// a decision the version stays what the rest needs.
func TestDecisionRoundTrip(t *testing.T) {
	r := sample.Report()
	r.Decision = report.Decision{Number: "12", IssueDate: report.NewDate(2016, 11, 10),
		Signature: report.Signature{Signer: "Lê Văn Tám"}, Bases: []string{"Căn cứ Điều lệ Đảng;"}, Scope: report.ScopeAll}
	path := filepath.Join(t.TempDir(), "d.bcdv")
	if err := Save(path, r, "test"); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !bytes.Contains(data, []byte(`"version": 3`)) || !bytes.Contains(data, []byte(`"decision"`)) {
		t.Errorf("file lacks version 3 or the decision:\n%.300s", data)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Decision, r.Decision) {
		t.Errorf("decision after a round trip %+v, want %+v", got.Decision, r.Decision)
	}
	noUnits := sample.Report()
	noUnits.Units = nil // the units are kept under version 3 too
	if v := versionFor(noUnits); v != 2 {
		t.Errorf("the sample without a decision needs version %d, want 2", v)
	}
}
