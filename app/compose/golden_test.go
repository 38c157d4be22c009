package compose

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"baocao/app/catalog"
	"baocao/app/doc"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/templates"
)

// go test ./app/compose -run TestGolden -args -update rewrites testdata/.
var update = flag.Bool("update", false, "rewrite the golden block trees in testdata/")

// goldenCases are the documents whose block trees are kept in testdata/,
// so that a change in what is on the page reads as a diff.
var goldenCases = []struct {
	name  string
	build func() *doc.Document
}{
	{"report-party", func() *doc.Document { return Report(sample.Report(), ReportOptions{}) }},
	{"report-state", func() *doc.Document { return Report(stateSample(), ReportOptions{}) }},
	{"report-draft", func() *doc.Document {
		r := sample.Report()
		r.DraftRound = 2
		return Report(r, ReportOptions{Draft: true})
	}},
	{"report-inline", func() *doc.Document {
		r := sample.Report()
		r.Honorees.Placement = report.PlacementInline
		return Report(r, ReportOptions{})
	}},
	{"decision-party", func() *doc.Document {
		return mustDecision(sampleDecision(sample.Report()), DecisionOptions{BodyName: sampleBodyName})
	}},
	{"decision-state", func() *doc.Document {
		r := stateSample()
		r.IssuingBody = "SỞ VĂN HÓA VÀ THỂ THAO"
		return mustDecision(sampleDecision(r), DecisionOptions{BodyName: "Sở Văn hóa và Thể thao"})
	}},
	{"decision-draft", func() *doc.Document {
		r := sample.Report()
		r.DraftRound = 1
		return mustDecision(r, DecisionOptions{Draft: true})
	}},
}

// sampleBodyName is the sample's issuing body in running text, as its
// template gives it.
const sampleBodyName = "Đảng ủy Sở Văn hóa và Thể thao"

// sampleDecision gives r's decision a number and a date.
func sampleDecision(r *report.Report) *report.Report {
	r.Decision.Number = "12"
	r.Decision.IssueDate = report.NewDate(2016, 11, 10)
	return r
}

// mustDecision composes r's decision with the built-in template of its
// profile.
func mustDecision(r *report.Report, opts DecisionOptions) *doc.Document {
	t, err := catalog.LoadDecision(templates.Decisions, r.Profile)
	if err != nil {
		panic(err)
	}
	d, err := Decision(r, t, opts)
	if err != nil {
		panic(err)
	}
	return d
}

// stateSample is the sample written as a state document.
func stateSample() *report.Report {
	r := sample.Report()
	r.Profile = report.ProfileState
	r.SuperiorBody = "UBND THÀNH PHỐ HỒ CHÍ MINH"
	r.IssuingBody = "Sở Văn hóa và Thể thao"
	r.Number, r.Symbol = "12", "BC-SVHTT"
	r.Signature = report.Signature{Authority: "KT. GIÁM ĐỐC", Position: "PHÓ GIÁM ĐỐC", Signer: "Nguyễn Văn Bình"}
	return r
}

// dump writes d as indented JSON.
func dump(t *testing.T, d *doc.Document) []byte {
	t.Helper()
	raw, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := json.Indent(&out, raw, "", "  "); err != nil {
		t.Fatal(err)
	}
	out.WriteByte('\n')
	return out.Bytes()
}

// TestGolden compares each document's block tree with testdata/<name>.json.
func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			checkGolden(t, tc.name, dump(t, tc.build()), "TestGolden")
		})
	}
}

// checkGolden compares got with testdata/<name>.json, or writes it there
// under -update; test names the test to run with -update.
func checkGolden(t *testing.T, name string, got []byte, test string) {
	t.Helper()
	path := filepath.Join("testdata", name+".json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run go test ./app/compose -run %s -args -update", err, test)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the block tree built now; look at the diff after go test ./app/compose -run %s -args -update\n%s",
			path, test, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := bytes.Split([]byte(a), []byte("\n")), bytes.Split([]byte(b), []byte("\n"))
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y []byte
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if !bytes.Equal(x, y) {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return ""
}
