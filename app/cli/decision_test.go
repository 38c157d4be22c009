package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/app/draft"
	"baocao/app/sample"
)

// TestDecisionCommand runs "decision" on the sample: the PDF carries the
// number and date given, the signer and the attached list; --save keeps
// them in the draft; mistakes are told apart.
func TestDecisionCommand(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "mẫu.bcdv")
	if err := draft.Save(src, sample.Report(), "test"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "quyết định.pdf")
	code, stdout, stderr := run(t, "", "decision", "--pdf", out, "--number", "12", "--date", "10/11/2016", "--signer", "Lê Văn Tám",
		"--reward-collective", "1.000.000", "--reward-individual", "500000", "--save", src)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "Đã xuất quyết định khen thưởng 6 tập thể, 24 cá nhân: "+out) || !strings.Contains(stdout, "Đã lưu") {
		t.Errorf("stdout %q", stdout)
	}
	text := strings.Join(strings.Fields(pdfText(t, out)), " ")
	for _, want := range []string{"Số 12-QĐ/ĐU", "ngày 10 tháng 11 năm 2016", "QUYẾT ĐỊNH:", "Điều 1.", "Lê Văn Tám",
		"(Kèm theo Quyết định số 12-QĐ/ĐU ngày 10/11/2016)", "Nguyễn Thị Thu Hà",
		"Mỗi tập thể được thưởng 1.000.000 đồng, mỗi cá nhân được thưởng 500.000 đồng."} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the decision", want)
		}
	}
	r, err := draft.Load(src)
	if err != nil {
		t.Fatal(err)
	}
	if r.Decision.Number != "12" || r.Decision.IssueDate.String() != "2016-11-10" || r.Decision.Signature.Signer != "Lê Văn Tám" ||
		r.Decision.RewardCollective != 1000000 || r.Decision.RewardIndividual != 500000 {
		t.Errorf("kept decision %+v", r.Decision)
	}

	// Without --save the draft is not touched; the stored number is used.
	before, _ := os.ReadFile(src)
	code, _, stderr = run(t, "", "decision", "--pdf", out, "--number", "99", src)
	if after, _ := os.ReadFile(src); code != ExitOK || string(after) != string(before) {
		t.Errorf("exit %d, draft changed %v\n%s", code, string(after) != string(before), stderr)
	}

	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"decision", src}, ExitUsage, "--pdf"},
		{[]string{"decision", "--pdf", out, "--date", "31/02/2016", src}, ExitUsage, "--date"},
		{[]string{"decision", "--pdf", out}, ExitUsage, "bản nháp"},
		{[]string{"decision", "--pdf", out, "--reward-individual", "năm trăm", src}, ExitUsage, "--reward-individual"},
	} {
		code, _, stderr := run(t, "", tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tc.args, code, stderr, tc.code, tc.msg)
		}
	}

	// No one with a Giấy khen: a sentence that says what to do.
	r = sample.Report()
	for i := range r.Honorees.Individuals {
		r.Honorees.Individuals[i].Award = "Bằng khen"
	}
	r.Honorees.Collectives = nil
	none := filepath.Join(dir, "none.bcdv")
	if err := draft.Save(none, r, "test"); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = run(t, "", "decision", "--pdf", out, none)
	if code != ExitProblem || !strings.Contains(stderr, "Giấy khen") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	code, stdout, stderr = run(t, "", "decision", "--all", "--pdf", out, none)
	if code != ExitOK || !strings.Contains(stdout, "0 tập thể, 24 cá nhân") {
		t.Errorf("--all: exit %d, %q %q", code, stdout, stderr)
	}
}

// TestDecisionWindowChoice: honorees ticked out in the window are left
// out of "decision" and "certificates"; --all takes the whole list again
// and, with --save, forgets the choice.
func TestDecisionWindowChoice(t *testing.T) {
	dir := t.TempDir()
	r := sample.Report()
	out := r.Honorees.Individuals[0]
	r.Decision.SetCommends(false, out, false)
	src := filepath.Join(dir, "chọn.bcdv")
	if err := draft.Save(src, r, "test"); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "qđ.pdf")
	for _, tc := range []struct {
		args    []string
		present bool
		count   string
	}{
		{[]string{"decision", "--pdf", pdf, src}, false, "6 tập thể, 23 cá nhân"},
		{[]string{"certificates", "--pdf", pdf, src}, false, ""},
		{[]string{"certificates", "--all", "--pdf", pdf, src}, true, ""},
		{[]string{"decision", "--all", "--save", "--pdf", pdf, src}, true, "6 tập thể, 24 cá nhân"},
		{[]string{"decision", "--pdf", pdf, src}, true, "6 tập thể, 24 cá nhân"}, // the choice was forgotten
	} {
		code, stdout, stderr := run(t, "", tc.args...)
		if code != ExitOK || !strings.Contains(stdout, tc.count) {
			t.Fatalf("%q: exit %d\n%s%s", tc.args, code, stdout, stderr)
		}
		text := strings.Join(strings.Fields(pdfText(t, pdf)), " ")
		if strings.Contains(text, out.Name) != tc.present {
			t.Errorf("%q: %q present %v, want %v", tc.args, out.Name, !tc.present, tc.present)
		}
	}
}
