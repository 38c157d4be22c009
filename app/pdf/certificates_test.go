package pdf

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/app/catalog"
	"baocao/app/certsettings"
	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/templates"
)

// writeDoc renders d into a file of the test's folder.
func writeDoc(t testing.TB, d *doc.Document, name string) (string, Result) {
	t.Helper()
	var buf bytes.Buffer
	res, err := renderDocument(d, &buf, time.Date(2016, 11, 10, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, res
}

// proposalSample is the sample with a few higher awards: two collectives
// and three individuals proposed for a Bằng khen, spelt loosely.
func proposalSample(p report.Profile) *report.Report {
	r := sample.Report()
	r.Profile = p
	r.Proposal.Number = "03"
	r.Proposal.IssueDate = report.NewDate(2016, 11, 12)
	r.Honorees.Collectives[1].Award = "Bằng khen của Ban Thường vụ Thành ủy"
	r.Honorees.Collectives[4].Award = "bằng khen Ban Thường vụ Thành ủy"
	r.Honorees.Individuals[2].Award = "Bằng khen của Ban Thường vụ Thành ủy"
	r.Honorees.Individuals[7].Award = "BẰNG KHEN của Ban Thường vụ Thành ủy"
	r.Honorees.Individuals[11].Award = "Đề nghị tặng Bằng khen"
	r.Honorees.Individuals[11].Name = "Nguyễn Thị Thu Hằng Ngọc Diệp Phương Thảo"
	return r
}

// TestProposalPDF: in both forms, the proposal is addressed to the
// superior body, says how many are proposed, and every honoree with a
// higher award is in its attached list once, in order, letter for
// letter, the others not; "(Kèm theo Tờ trình số … ngày …)" heads it.
func TestProposalPDF(t *testing.T) {
	for _, p := range []report.Profile{report.ProfileParty, report.ProfileState} {
		t.Run(string(p), func(t *testing.T) {
			r := proposalSample(p)
			tpl, err := catalog.LoadProposal(templates.Proposals, p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := compose.Proposal(r, tpl, compose.ProposalOptions{})
			if err != nil {
				t.Fatal(err)
			}
			path, _ := writeDoc(t, d, "proposal.pdf")
			pages := pdfText(t, path)
			if len(pages) < 2 {
				t.Fatalf("%d pages, want the proposal and its list", len(pages))
			}
			first := flat(pages[:1])
			for _, want := range []string{"TỜ TRÌNH", "Kính gửi:", "02 tập thể và 03 cá nhân", "Kính trình"} {
				if !strings.Contains(first, want) {
					t.Errorf("page 1 lacks %q:\n%s", want, first)
				}
			}
			if p == report.ProfileParty && !strings.Contains(first, "Kính gửi: Ban Thường vụ Đảng ủy Thành phố Hồ Chí Minh") {
				t.Errorf("the Party proposal is not addressed to the superior committee:\n%s", first)
			}
			if r.Movement.HasFigures() && !strings.Contains(first, "mô hình, điển hình “Dân vận khéo”") {
				t.Errorf("page 1 does not sum up the movement's figures:\n%s", first)
			}
			// pdftotext -raw reads in drawing order: a cell's lines together.
			raw := strings.Split(run(t, "pdftotext", "-enc", "UTF-8", "-raw", path, "-"), "\f")
			var list []string
			for i, pg := range raw {
				if strings.Contains(flat([]string{pg}), "Kèm theo Tờ trình số 03") {
					list = raw[i:]
					break
				}
			}
			if list == nil {
				t.Fatalf("no page says “Kèm theo Tờ trình số 03 …”")
			}
			text := flat(list)
			c, ind := r.ProposalHonorees()
			if len(c) != 2 || len(ind) != 3 {
				t.Fatalf("ProposalHonorees = %d, %d", len(c), len(ind))
			}
			at := 0
			for _, h := range append(c, ind...) {
				n := strings.Count(text, h.Name)
				if n != 1 {
					t.Errorf("%q is %d times in the list, want once", h.Name, n)
				}
				i := strings.Index(text, h.Name)
				if i < at {
					t.Errorf("%q is out of order", h.Name)
				}
				at = max(i, at)
			}
			for _, h := range r.Honorees.Individuals {
				if report.OwnAward(h.Award) && strings.Contains(text, h.Name+" ") {
					t.Errorf("%q (a Giấy khen) is in the proposal's list", h.Name)
				}
			}
		})
	}
}

// renderCertificates composes and renders r's certificates.
func renderCertificates(t testing.TB, r *report.Report, opts compose.CertificateOptions) (string, Result) {
	t.Helper()
	tpl, err := catalog.LoadCertificate(templates.Certificates, r.Profile)
	if err != nil {
		t.Fatal(err)
	}
	d, err := compose.Certificates(r, tpl, opts)
	if err != nil {
		t.Fatal(err)
	}
	return writeDoc(t, d, "certificates.pdf")
}

// TestCertificatesPDF: one landscape page per honoree of the decision,
// in the order of the list, each name on its own page only, letter for
// letter; A3 when asked; the full print has the title and the decision's
// number, the blank print neither the title nor the heading.
func TestCertificatesPDF(t *testing.T) {
	cases := []struct {
		name          string
		profile       report.Profile
		opts          compose.CertificateOptions
		w, h          float64 // page size, mm
		want, notWant []string
	}{
		{"party-a4", report.ProfileParty, compose.CertificateOptions{FirstSerial: 41}, 297, 210,
			[]string{"GIẤY KHEN", "ĐẢNG CỘNG SẢN VIỆT NAM", "TẶNG", "Quyết định số 12-QĐ/ĐU, ngày 10/11/2016", "T/M BAN THƯỜNG VỤ"}, nil},
		{"state-a3", report.ProfileState, compose.CertificateOptions{Paper: certsettings.A3}, 420, 297,
			[]string{"GIẤY KHEN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "GIÁM ĐỐC"}, nil},
		{"party-blank", report.ProfileParty, compose.CertificateOptions{Blank: true}, 297, 210,
			[]string{"Quyết định số 12-QĐ/ĐU"}, []string{"GIẤY KHEN", "ĐẢNG CỘNG SẢN VIỆT NAM", "TẶNG"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := sample.Report()
			r.Profile = tc.profile
			r.Decision.Number = "12"
			r.Decision.IssueDate = report.NewDate(2016, 11, 10)
			r.Honorees.Individuals[3].Award = "Bằng khen của Ủy ban nhân dân Thành phố" // not this body's: no certificate
			path, res := renderCertificates(t, r, tc.opts)
			hs := compose.CertificateHonorees(r)
			if res.Pages != len(hs) || len(hs) != 6+23 {
				t.Fatalf("%d pages for %d honorees (want 29)", res.Pages, len(hs))
			}
			info := run(t, "pdfinfo", "-l", "1000", path)
			n := 0
			for _, ln := range strings.Split(info, "\n") {
				var pg int
				var w, h float64
				if _, err := fmt.Sscanf(strings.Join(strings.Fields(ln), " "), "Page %d size: %g x %g pts", &pg, &w, &h); err != nil {
					continue
				}
				n++
				if math.Abs(w*doc.PtToMM-tc.w) > 0.5 || math.Abs(h*doc.PtToMM-tc.h) > 0.5 {
					t.Errorf("page %d is %.1f × %.1f mm, want %v × %v", pg, w*doc.PtToMM, h*doc.PtToMM, tc.w, tc.h)
				}
			}
			if n != len(hs) {
				t.Errorf("pdfinfo gives the size of %d pages, want %d:\n%s", n, len(hs), info)
			}
			pages := pdfText(t, path)
			if len(pages) != len(hs) {
				t.Fatalf("pdftotext reads %d pages, want %d", len(pages), len(hs))
			}
			for i, h := range hs {
				for j, pg := range pages {
					has := strings.Contains(flat([]string{pg}), h.Name)
					if has != (i == j) && !(has && strings.Contains(hs[j].Name, h.Name)) {
						t.Errorf("%q on page %d: %v (its certificate is page %d)", h.Name, j+1, has, i+1)
					}
				}
				pg := flat([]string{pages[i]})
				want := tc.want
				if tc.opts.FirstSerial > 0 {
					want = append(want[:len(want):len(want)], fmt.Sprintf("Số: %d", tc.opts.FirstSerial+i))
				}
				for _, w := range want {
					if !strings.Contains(pg, w) {
						t.Errorf("page %d lacks %q:\n%s", i+1, w, pg)
					}
				}
				for _, w := range tc.notWant {
					if strings.Contains(pg, w) {
						t.Errorf("page %d of a print onto blanks has %q", i+1, w)
					}
				}
				if !h.Collective && h.Unit != "" && !strings.Contains(pg, h.Unit) {
					t.Errorf("page %d lacks the unit %q", i+1, h.Unit)
				}
			}
			if strings.Contains(flat(pages), h0(r).Name) && tc.profile == report.ProfileParty && !strings.Contains(flat(pages[6:7]), "Đồng chí "+r.Honorees.Individuals[0].Name) {
				t.Errorf("an individual's certificate does not read “Đồng chí …”:\n%s", pages[6])
			}
		})
	}
}

func h0(r *report.Report) report.Honoree { return r.Honorees.Individuals[0] }

// TestCertificatesBlankOffsets: on a print onto blanks, each field moves
// by its offset plus the page's (within 0.5 mm), and a 60-character name
// and a long unit stay inside their boxes, on A4 and A3.
func TestCertificatesBlankOffsets(t *testing.T) {
	long := "Nguyễn Thị Thu Hằng Ngọc Diệp Phương Thảo Hoàng Bích Quỳnh Như"
	if n := len([]rune(long)); n < 60 {
		t.Fatalf("the long name has %d characters", n)
	}
	longUnit := "Trung tâm Văn hóa, Thông tin và Thể thao quận Bình Thạnh, Thành phố Hồ Chí Minh, Chi hội Văn học Nghệ thuật các dân tộc thiểu số"
	for _, paper := range []certsettings.Paper{certsettings.A4, certsettings.A3} {
		t.Run(string(paper), func(t *testing.T) {
			r := sample.Report()
			r.Decision.Number = "12"
			r.Decision.IssueDate = report.NewDate(2016, 11, 10)
			r.Honorees.Collectives = nil
			r.Honorees.Individuals = r.Honorees.Individuals[:2]
			r.Honorees.Individuals[1].Name = long
			r.Honorees.Individuals[1].Unit = longUnit
			var offs certsettings.Offsets
			s := certsettings.New()
			for _, set := range []struct {
				field  string
				dx, dy float64
			}{{"all", 1.5, -0.5}, {"name", 2, -1.5}, {"unit", -3, 2.5}, {"decision", 0, 4}} {
				if err := s.Set("HP", paper, set.field, certsettings.Offset{DX: set.dx, DY: set.dy}); err != nil {
					t.Fatal(err)
				}
			}
			offs = s.Offsets("hp", paper)
			zero, _ := renderCertificates(t, r, compose.CertificateOptions{Paper: paper, Blank: true})
			moved, _ := renderCertificates(t, r, compose.CertificateOptions{Paper: paper, Blank: true, Offsets: offs})
			w0, w1 := pdfWords(t, zero), pdfWords(t, moved)
			cl := compose.CertLayoutFor(paper)
			unit0 := r.Honorees.Individuals[0].Unit
			for _, f := range []struct{ key, text string }{
				{doc.CertName, "Đồng chí " + r.Honorees.Individuals[0].Name},
				{doc.CertUnit, unit0},
				{doc.CertDecision, "Quyết định số 12-QĐ/ĐU,"},
				{doc.CertIssuer, "BAN THƯỜNG VỤ"},
			} {
				a, ok0 := phrase(w0, f.text)
				b, ok1 := phrase(w1, f.text)
				if !ok0 || !ok1 {
					t.Fatalf("%s: %q not found", f.key, f.text)
				}
				want := offs.For(f.key)
				if dx, dy := b.XMin-a.XMin, b.YMin-a.YMin; math.Abs(dx-want.DX) > 0.5 || math.Abs(dy-want.DY) > 0.5 {
					t.Errorf("%s moved %.2f, %.2f mm; want %.2f, %.2f", f.key, dx, dy, want.DX, want.DY)
				}
				box, _ := cl.Field(f.key)
				inside(t, f.key+" (no offset)", a, box.X, box.Y, box)
				inside(t, f.key+" (offset)", b, box.X+want.DX, box.Y+want.DY, box)
			}
			// The long name and unit on page 2: every word inside the
			// shifted box.
			for _, f := range []struct {
				key  string
				text string
			}{{doc.CertName, long}, {doc.CertUnit, longUnit}} {
				box, _ := cl.Field(f.key)
				o := offs.For(f.key)
				n := 0
				for _, w := range w1 {
					if w.Page == 2 && strings.Contains(f.text, w.Text) && w.YMin >= box.Y+o.DY-1 && w.YMax <= box.Y+o.DY+box.H+1 {
						inside(t, f.key+" "+w.Text, w, box.X+o.DX, box.Y+o.DY, box)
						n++
					}
				}
				if n < len(strings.Fields(f.text)) {
					t.Errorf("%s: %d of %d words found in the box", f.key, n, len(strings.Fields(f.text)))
				}
			}
		})
	}
}

// inside fails unless w lies within the box at (x, y) of f's size.
func inside(t *testing.T, what string, w word, x, y float64, f doc.CertField) {
	t.Helper()
	const eps = 0.3
	if w.XMin < x-eps || w.XMax > x+f.W+eps || w.YMin < y-eps || w.YMax > y+f.H+eps {
		t.Errorf("%s: [%.1f–%.1f] × [%.1f–%.1f] mm is not inside the box [%.1f–%.1f] × [%.1f–%.1f]",
			what, w.XMin, w.XMax, w.YMin, w.YMax, x, x+f.W, y, y+f.H)
	}
}

// TestCalibrationPage: one page of the blank's size, a cross label for
// every variable field at its shifted place, the printer named.
func TestCalibrationPage(t *testing.T) {
	s := certsettings.New()
	if err := s.Set("Canon LBP", certsettings.A4, "name", certsettings.Offset{DX: 2, DY: -1.5}); err != nil {
		t.Fatal(err)
	}
	offs := s.Offsets("Canon LBP", certsettings.A4)
	d := compose.CalibrationPage(&doc.CertA4, offs, "Canon LBP")
	path, res := writeDoc(t, d, "calibration.pdf")
	if res.Pages != 1 {
		t.Fatalf("%d pages", res.Pages)
	}
	text := flat(pdfText(t, path))
	if !strings.Contains(text, "“Canon LBP”") {
		t.Errorf("the printer is not named:\n%s", text)
	}
	for _, k := range doc.CertA4.VariableKeys() {
		f, _ := doc.CertA4.Field(k)
		o := offs.For(k)
		x, y := f.X+f.W/2+o.DX, f.Y+f.H/2+o.DY
		if f.Align == doc.AlignLeft {
			x = f.X + o.DX
		}
		label := fmt.Sprintf("%s [%s] (%s;", compose.CertFieldName(k), k, strings.Replace(strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.1f", x), "0"), "."), ".", ",", 1))
		if !strings.Contains(text, label) {
			t.Errorf("no label %q for the cross at %.1f, %.1f", label, x, y)
		}
	}
}

// TestCertificateOverlongText: a unit far too long for its box is set
// under its smallest size, with a warning that names it, and still no
// word leaves the box.
func TestCertificateOverlongText(t *testing.T) {
	r := sample.Report()
	r.Honorees.Collectives = nil
	r.Honorees.Individuals = r.Honorees.Individuals[:1]
	r.Honorees.Individuals[0].Unit = strings.Repeat("Trung tâm Văn hóa, Thông tin và Thể thao quận Bình Thạnh, ", 8)
	path, res := renderCertificates(t, r, compose.CertificateOptions{Blank: true})
	if len(res.Warnings) != 1 || res.Warnings[0].Field != "honorees.individuals[0].unit" || !strings.Contains(res.Warnings[0].Message, "đơn vị") {
		t.Fatalf("warnings %+v, want one about the unit", res.Warnings)
	}
	box, _ := doc.CertA4.Field(doc.CertUnit)
	n := 0
	for _, w := range pdfWords(t, path) {
		if strings.Contains(r.Honorees.Individuals[0].Unit, w.Text) && w.YMin > box.Y-2 && w.YMax < box.Y+box.H+2 {
			inside(t, "unit "+w.Text, w, box.X, box.Y, box)
			n++
		}
	}
	if n < 40 {
		t.Errorf("%d words of the unit found", n)
	}
}
