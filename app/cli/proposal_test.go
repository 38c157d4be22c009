package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/app/certsettings"
	"baocao/app/draft"
	"baocao/app/sample"
)

// TestProposalCommand runs "proposal": with no higher award it says what
// to do; with Bằng khen in the list it writes the proposal with the
// number, date and addressee given, and --save keeps them; --all takes
// the whole list.
func TestProposalCommand(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "mẫu.bcdv")
	r := sample.Report()
	if err := draft.Save(src, r, "test"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "tờ trình.pdf")
	code, _, stderr := run(t, "", "proposal", "--pdf", out, src)
	if code != ExitProblem || !strings.Contains(stderr, "Bằng khen") || !strings.Contains(stderr, "cả danh sách") {
		t.Errorf("no higher award: exit %d, stderr %q", code, stderr)
	}
	r.Honorees.Individuals[4].Award = "Bằng khen của Ban Thường vụ Thành ủy"
	if err := draft.Save(src, r, "test"); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "", "proposal", "--pdf", out, "--number", "03", "--date", "12/11/2016",
		"--to", "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh", "--save", src)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "Đã xuất tờ trình đề nghị khen thưởng 0 tập thể, 1 cá nhân: "+out) || !strings.Contains(stdout, "Đã lưu") {
		t.Errorf("stdout %q", stdout)
	}
	text := strings.Join(strings.Fields(pdfText(t, out)), " ")
	for _, want := range []string{"Số 03-TTr/ĐU", "TỜ TRÌNH", "Kính gửi: Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh",
		"(Kèm theo Tờ trình số 03-TTr/ĐU ngày 12/11/2016)", r.Honorees.Individuals[4].Name} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the proposal", want)
		}
	}
	kept, err := draft.Load(src)
	if err != nil {
		t.Fatal(err)
	}
	if kept.Proposal.Number != "03" || kept.Proposal.IssueDate.String() != "2016-11-12" || kept.Proposal.To != "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh" {
		t.Errorf("kept proposal %+v", kept.Proposal)
	}
	code, stdout, _ = run(t, "", "proposal", "--pdf", out, "--all", src)
	if code != ExitOK || !strings.Contains(stdout, "6 tập thể, 24 cá nhân") {
		t.Errorf("--all: exit %d, %q", code, stdout)
	}
	for _, args := range [][]string{{"proposal", src}, {"proposal", "--pdf", out}, {"proposal", "--pdf", out, "--date", "31/02/2016", src}} {
		if code, _, _ := run(t, "", args...); code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, ExitUsage)
		}
	}
}

// TestCertificatesCommand runs "certificates" and "certificates
// offsets": one page per honoree, offsets saved per printer in the
// config folder and used by --blank, the calibration page, and mistakes
// refused with a sentence.
func TestCertificatesCommand(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("BAOCAO_CONFIG_DIR", filepath.Join(dir, "cấu hình"))
	src := filepath.Join(dir, "mẫu.bcdv")
	if err := draft.Save(src, sample.Report(), "test"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "giấy khen.pdf")
	code, stdout, stderr := run(t, "", "certificates", "--pdf", out, "--first-serial", "5", src)
	if code != ExitOK || !strings.Contains(stdout, "Đã xuất 30 giấy khen (A4 ngang, in đủ)") {
		t.Fatalf("exit %d, %q\n%s", code, stdout, stderr)
	}
	if text := pdfText(t, out); strings.Count(text, "GIẤY KHEN") != 30 || !strings.Contains(text, "Số: 34") {
		t.Errorf("%d titles, serial 34 present %v", strings.Count(text, "GIẤY KHEN"), strings.Contains(text, "Số: 34"))
	}
	code, stdout, stderr = run(t, "", "certificates", "offsets", "--printer", "HP LaserJet 1020", "--field", "name", "--dx", "2", "--dy", "-1.5")
	if code != ExitOK || !strings.Contains(stdout, "name +2 mm ngang, −1,5 mm dọc") {
		t.Fatalf("offsets: exit %d, %q\n%s", code, stdout, stderr)
	}
	code, _, _ = run(t, "", "certificates", "offsets", "--printer", "HP LaserJet 1020", "--dy", "1")
	if code != ExitOK {
		t.Fatalf("global offset: exit %d", code)
	}
	s, err := certsettings.LoadFile(filepath.Join(dir, "cấu hình", certsettings.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Offsets("hp laserjet 1020", certsettings.A4).For("name"); got != (certsettings.Offset{DX: 2, DY: -0.5}) {
		t.Errorf("name's total offset %+v", got)
	}
	code, stdout, _ = run(t, "", "certificates", "--blank", "--printer", "HP LaserJet 1020", "--pdf", out, src)
	if code != ExitOK || !strings.Contains(stdout, "in lên phôi") || !strings.Contains(stdout, "toàn trang 0 mm ngang, +1 mm dọc") {
		t.Errorf("--blank: exit %d, %q", code, stdout)
	}
	if text := pdfText(t, out); strings.Contains(text, "GIẤY KHEN") {
		t.Error("a print onto blanks prints the title the blank has")
	}
	cal := filepath.Join(dir, "căn chỉnh.pdf")
	code, stdout, _ = run(t, "", "certificates", "--calibration", "--a3", "--printer", "HP LaserJet 1020", "--pdf", cal)
	if code != ExitOK || !strings.Contains(stdout, "A3 ngang") {
		t.Errorf("--calibration: exit %d, %q", code, stdout)
	}
	if _, err := os.Stat(cal); err != nil {
		t.Error(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"certificates", src}, ExitUsage, "--pdf"},
		{[]string{"certificates", "offsets", "--printer", "X", "--field", "nam", "--dx", "1"}, ExitUsage, "các ô: all, issuer, name"},
		{[]string{"certificates", "offsets", "--printer", "X", "--dx", "80"}, ExitUsage, "±50 mm"},
		{[]string{"certificates", "offsets", "--dx", "1"}, ExitUsage, "tên máy in"},
		{[]string{"certificates", "--pdf", out, "--first-serial", "-1", src}, ExitUsage, "số vào sổ"},
	} {
		code, _, stderr := run(t, "", tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, stderr, tc.code, tc.msg)
		}
	}
}
