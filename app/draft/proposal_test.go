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

// TestProposalRoundTrip: a draft keeping its proposal (number, date,
// addressee, signer, scope) is written as version 3, like one keeping a
// decision, and read back unchanged; a draft without one keeps the
// version the rest needs, and a version 1 draft still opens with an
// empty proposal.
func TestProposalRoundTrip(t *testing.T) {
	r := sample.Report()
	r.Proposal = report.Proposal{Number: "03", IssueDate: report.NewDate(2016, 11, 12), To: "Ban Thường vụ Thành ủy",
		Signature: report.Signature{Signer: "Lê Văn Tám"}, Scope: report.ScopeAll}
	path := filepath.Join(t.TempDir(), "d.bcdv")
	if err := Save(path, r, "test"); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !bytes.Contains(data, []byte(`"version": 3`)) || !bytes.Contains(data, []byte(`"proposal"`)) {
		t.Errorf("file lacks version 3 or the proposal:\n%.300s", data)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Proposal, r.Proposal) {
		t.Errorf("proposal after a round trip %+v, want %+v", got.Proposal, r.Proposal)
	}
	if v := versionFor(&report.Report{}); v != 1 {
		t.Errorf("an empty report needs version %d, want 1", v)
	}
	old := []byte(`{"format":"baocao-danvan/draft","version":1,"report":{"template":"x","year":2016}}`)
	r1, err := Decode(old)
	if err != nil {
		t.Fatalf("a version 1 draft: %v", err)
	}
	if !r1.Proposal.IsZero() {
		t.Errorf("a version 1 draft has a proposal %+v", r1.Proposal)
	}
}
