package docsui

import (
	"flag"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"baocao/app/catalog"
	"baocao/app/certsettings"
	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/draft"
	"baocao/app/pdftest"
	"baocao/app/printing"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/ui/keys"
	"baocao/templates"
)

var screens = flag.String("screens", "", "write screenshots of the documents' tabs into this folder")

func TestMain(m *testing.M) {
	// The settings and the preview engine's cache go to a folder of the
	// tests' own, for the whole run: the engine is shared by the process,
	// so a folder removed after one test would break the next preview.
	dir, err := os.MkdirTemp("", "docsui-")
	if err != nil {
		panic(err)
	}
	os.Setenv("BAOCAO_CONFIG_DIR", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// higher is the sample's third individual, given a higher award for the
// tests: the decision leaves him out by default, the proposal takes him.
const higher = 2

// harness is the view over the sample in a test window, with the host's
// calls recorded.
type harness struct {
	v        *View
	w        fyne.Window
	r        *report.Report
	changed  int
	errs     []error
	status   string
	saveTo   string
	exported chan error
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	test.NewTempApp(t).Settings().SetTheme(theme.LightTheme())
	// Each test starts without offsets (the folder is TestMain's).
	if p, err := certsettings.Path(); err != nil {
		t.Fatal(err)
	} else if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	r := sample.Report()
	r.Honorees.Individuals[higher].Award = "Bằng khen của Ủy ban nhân dân Thành phố"
	h := &harness{r: r, exported: make(chan error, 4)}
	// The printers arrive once the window is built: the test driver's
	// fyne.Do runs on the calling goroutine, which would otherwise fill
	// the list while this one still builds the window.
	built := make(chan struct{})
	h.v = New(Host{
		Report:    func() *report.Report { return h.r },
		Changed:   func() { h.changed++ },
		Draft:     func() bool { return false },
		BodyName:  func(*report.Report) string { return "" },
		SaveAs:    func(name, ext string, done func(string)) { done(filepath.Join(h.saveTo, name)) },
		Status:    func(s string) { h.status = s },
		ShowError: func(err error) { h.errs = append(h.errs, err) },
		Printers:  func() ([]string, error) { <-built; return []string{"HP_LaserJet_1020"}, nil },
	})
	h.v.exportDone = func(_ string, err error) { h.exported <- err }
	h.saveTo = t.TempDir()
	t.Cleanup(h.v.Close)
	h.w = test.NewWindow(h.v.Object())
	h.w.Resize(fyne.NewSize(1100, 740))
	t.Cleanup(h.w.Close)
	close(built)
	waitPrinters(t, h.v.cert)
	return h
}

// waitPrinters waits until the printers' list, read in the background,
// is in the certificates' form.
func waitPrinters(t *testing.T, f *certForm) {
	t.Helper()
	select {
	case <-f.printersDone:
	case <-time.After(30 * time.Second):
		t.Fatal("the printers' list did not arrive in 30 s")
	}
}

// tick taps the tick of row id of the decision's list, as the user does.
func (h *harness) tick(t *testing.T, id int) {
	t.Helper()
	o := newChoiceRow()
	h.v.dec.updateRow(id, o)
	for _, c := range o.(*fyne.Container).Objects {
		if check, ok := c.(*keys.Check); ok {
			test.Tap(check)
			return
		}
	}
	t.Fatal("no tick in the row")
}

// rowOf is the list row of individual i.
func (h *harness) rowOf(i int) int { return len(h.r.Honorees.Collectives) + i }

// export presses "Xuất PDF…" on kind's tab and returns the file's text.
func (h *harness) export(t *testing.T, kind Kind) (string, string) {
	t.Helper()
	h.errs = nil
	test.Tap(h.v.docs[kind].export)
	if len(h.errs) > 0 {
		t.Fatalf("export refused: %v", h.errs)
	}
	select {
	case err := <-h.exported:
		if err != nil {
			t.Fatalf("export failed: %v", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("the export did not finish in 60 s")
	}
	m := regexp.MustCompile(`Đã xuất (.+\.pdf) \(`).FindStringSubmatch(h.status)
	if m == nil {
		t.Fatalf("status %q names no file", h.status)
	}
	return m[1], pdfText(t, m[1])
}

// pdfText is the file's text, every run of blanks one space.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	tool := pdftest.Tool(t, "pdftotext")
	out, err := exec.Command(tool, path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// TestChooseHonorees: ticking honorees one by one changes whom the
// decision commends (compose.Decision's list), the certificates follow,
// the choice is kept in the draft, and "cả danh sách" takes everyone.
func TestChooseHonorees(t *testing.T) {
	h := newHarness(t)
	ind := h.r.Honorees.Individuals
	out, in := ind[0].Name, ind[higher].Name
	if c, i := h.r.DecisionHonorees(); len(c) != 6 || len(i) != len(ind)-1 {
		t.Fatalf("by default %d collectives, %d individuals", len(c), len(i))
	}
	h.tick(t, h.rowOf(0))      // untick a Giấy khen
	h.tick(t, h.rowOf(higher)) // tick in a Bằng khen
	if h.changed < 2 {
		t.Errorf("the draft was told of %d changes", h.changed)
	}
	if !strings.Contains(h.v.dec.count.Text, strconv.Itoa(len(ind)-1)+" cá nhân") {
		t.Errorf("count %q", h.v.dec.count.Text)
	}
	tpl, err := catalog.LoadDecision(templates.Decisions, h.r.Profile)
	if err != nil {
		t.Fatal(err)
	}
	d, err := compose.Decision(h.r, tpl, compose.DecisionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The names in the decision's attached list.
	got := map[string]bool{}
	for _, b := range d.Blocks {
		if tb, ok := b.(doc.Table); ok {
			for _, row := range tb.Rows {
				for _, cell := range row {
					got[cell] = true
				}
			}
		}
	}
	if got[out] || !got[in] || !got[ind[1].Name] {
		t.Errorf("decision list: %q in %v, %q in %v", out, got[out], in, got[in])
	}
	certs := compose.CertificateHonorees(h.r)
	for _, c := range certs {
		if c.Name == out {
			t.Errorf("an unticked honoree gets a certificate")
		}
	}

	// Kept in the draft.
	path := filepath.Join(t.TempDir(), "d.bcdv")
	if err := draft.Save(path, h.r, "test"); err != nil {
		t.Fatal(err)
	}
	back, err := draft.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.Decision.Commends(false, ind[0]) || !back.Decision.Commends(false, ind[higher]) {
		t.Errorf("choice not kept: include %v exclude %v", back.Decision.Include, back.Decision.Exclude)
	}

	test.Tap(h.v.dec.all)
	c, i := h.r.DecisionHonorees()
	if len(c)+len(i) != len(h.r.Honorees.Collectives)+len(ind) || h.r.Decision.Include != nil || h.r.Decision.Exclude != nil {
		t.Errorf("cả danh sách: %d + %d, include %v exclude %v", len(c), len(i), h.r.Decision.Include, h.r.Decision.Exclude)
	}
}

// TestExports: each document's "Xuất PDF…" writes a PDF with the chosen
// honorees and without the unticked one; the preview renders each.
func TestExports(t *testing.T) {
	h := newHarness(t)
	ind := h.r.Honorees.Individuals
	h.tick(t, h.rowOf(0))      // out
	h.tick(t, h.rowOf(higher)) // in
	h.v.dec.number.SetText("12")
	h.v.dec.date.SetText("10/11/2016")
	h.v.prop.number.SetText("03")
	for _, tc := range []struct {
		kind    Kind
		has     []string
		hasNot  []string
		minPage int
	}{
		{Decision, []string{"QUYẾT ĐỊNH", "Số 12-QĐ/ĐU", "10/11/2016", ind[higher].Name, ind[1].Name, h.r.Honorees.Collectives[0].Name}, []string{ind[0].Name, "DỰ THẢO"}, 2},
		{Proposal, []string{"TỜ TRÌNH", "Kính gửi", "03-TTr", ind[higher].Name}, []string{ind[1].Name}, 2},
		{Certificates, []string{"GIẤY KHEN", ind[higher].Name, ind[1].Name, "12-QĐ/ĐU"}, []string{ind[0].Name}, len(ind) + 6 - 1},
	} {
		t.Run(strconv.Itoa(int(tc.kind)), func(t *testing.T) {
			data, err := h.v.docs[tc.kind].render()
			if err != nil {
				t.Fatal(err)
			}
			if n := pdftest.Pages(t, data); n < tc.minPage {
				t.Errorf("preview: %d pages, want at least %d", n, tc.minPage)
			}
			path, text := h.export(t, tc.kind)
			if filepath.Dir(path) != h.saveTo || filepath.Ext(path) != ".pdf" {
				t.Errorf("written to %s", path)
			}
			for _, s := range tc.has {
				if !strings.Contains(text, s) {
					t.Errorf("%s lacks %q", filepath.Base(path), s)
				}
			}
			for _, s := range tc.hasNot {
				if strings.Contains(text, s) {
					t.Errorf("%s has %q", filepath.Base(path), s)
				}
			}
			if tc.kind == Certificates && strings.Count(text, ind[higher].Name) != 1 {
				t.Errorf("%q on %d certificates", ind[higher].Name, strings.Count(text, ind[higher].Name))
			}
		})
	}
}

// TestDraftMark: with errors in the report (the host says exports are
// drafts), the decision and the proposal are marked "DỰ THẢO".
func TestDraftMark(t *testing.T) {
	h := newHarness(t)
	h.v.h.Draft = func() bool { return true }
	for _, k := range []Kind{Decision, Proposal} {
		path, text := h.export(t, k)
		if !strings.Contains(text, "DỰ THẢO") || !strings.Contains(filepath.Base(path), "du-thao") {
			t.Errorf("%s: no draft mark", filepath.Base(path))
		}
	}
}

// TestNobodyToCommend: unticking everyone refuses the export with a
// sentence that says what to do.
func TestNobodyToCommend(t *testing.T) {
	h := newHarness(t)
	for id, row := range h.v.dec.rows {
		if h.r.Decision.Commends(row.collective, row.h) {
			h.tick(t, id)
		}
	}
	if !strings.Contains(h.v.dec.count.Text, "Chưa chọn ai") {
		t.Errorf("count %q", h.v.dec.count.Text)
	}
	test.Tap(h.v.docs[Decision].export)
	if len(h.errs) != 1 || !strings.Contains(h.errs[0].Error(), "cả danh sách") {
		t.Errorf("errors %v", h.errs)
	}
}

// TestDecisionFields: number, date, signer, bases and amounts typed in
// the form land in report.Decision; the template's bases are kept as
// none; a bad date says how to write it.
func TestDecisionFields(t *testing.T) {
	h := newHarness(t)
	f := h.v.dec
	f.signer.SetText("Lê Văn Tám")
	f.rewardC.SetText("1.000.000")
	f.rewardI.SetText("500000")
	f.date.SetText("31/02/2016")
	if !f.dateErr.Visible() || !strings.Contains(f.dateErr.Text, "ví dụ") {
		t.Errorf("bad date: %q", f.dateErr.Text)
	}
	f.date.SetText("10/11/2016")
	if f.dateErr.Visible() {
		t.Errorf("good date still refused")
	}
	d := &h.r.Decision
	if d.Signature.Signer != "Lê Văn Tám" || d.RewardCollective != 1000000 || d.RewardIndividual != 500000 || d.IssueDate.Vietnamese() != "10/11/2016" {
		t.Errorf("decision %+v", *d)
	}
	if d.Bases != nil {
		t.Errorf("untouched bases kept: %q", d.Bases)
	}
	f.bases.SetText(f.bases.Text + "\nCăn cứ Quy định 294-QĐ/TW;")
	if len(d.Bases) != len(f.defaults)+1 || d.Bases[len(d.Bases)-1] != "Căn cứ Quy định 294-QĐ/TW;" {
		t.Errorf("edited bases %q", d.Bases)
	}
	_, text := h.export(t, Decision)
	for _, s := range []string{"Căn cứ Quy định 294-QĐ/TW;", "1.000.000 đồng", "Lê Văn Tám"} {
		if !strings.Contains(text, s) {
			t.Errorf("decision lacks %q", s)
		}
	}
	test.Tap(findButton(t, f.obj, "Dùng lại căn cứ của mẫu"))
	if d.Bases != nil {
		t.Errorf("bases after reset: %q", d.Bases)
	}
}

func findButton(t *testing.T, o fyne.CanvasObject, text string) *keys.Button {
	t.Helper()
	var found *keys.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *keys.Button:
			if x.Text == text {
				found = x
			}
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k)
			}
		case *container.Split:
			walk(x.Leading)
			walk(x.Trailing)
		case *container.Scroll:
			walk(x.Content)
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

// TestOffsetsSaved: shifts typed in the table, and the ± buttons, land
// in certsettings (per printer and paper) and shift the blank print;
// a shift that is not a number is refused with a sentence.
func TestOffsetsSaved(t *testing.T) {
	h := newHarness(t)
	f := h.v.cert
	if f.printerName.Text != "HP_LaserJet_1020" {
		t.Fatalf("printer %q", f.printerName.Text)
	}
	f.offsets["name"][0].SetText("2,5")
	f.offsets["name"][1].SetText("-1.2") // rounded to 0.5 mm
	test.Tap(f.steps[""][1][1])          // whole page, down +0.5
	test.Tap(f.steps["unit"][0][0])
	test.Tap(f.steps["unit"][0][1]) // − then +: back to 0, kept as none
	f.paper.SetSelected(f.paper.Options[1])
	f.offsets["date"][0].SetText("3")

	s, err := certsettings.Load()
	if err != nil {
		t.Fatal(err)
	}
	a4 := s.Offsets("hp_laserjet_1020", certsettings.A4)
	if got := a4.For("name"); got != (certsettings.Offset{DX: 2.5, DY: -1}.Add(certsettings.Offset{DY: 0.5})) {
		t.Errorf("A4 name offset %+v (%s)", got, a4.Describe())
	}
	if _, kept := a4.Fields["unit"]; kept {
		t.Errorf("a zero shift is kept: %s", a4.Describe())
	}
	if got := s.Offsets("HP_LaserJet_1020", certsettings.A3).For("date"); got != (certsettings.Offset{DX: 3}) {
		t.Errorf("A3 date offset %+v", got)
	}
	if !strings.Contains(f.describe.Text, "3 mm") {
		t.Errorf("describe %q", f.describe.Text)
	}
	f.offsets["unit"][0].SetText("hai")
	if !f.offErr.Visible() || !strings.Contains(f.offErr.Text, "ví dụ") {
		t.Errorf("bad shift: %q", f.offErr.Text)
	}
	f.offsets["unit"][0].SetText("99")
	if !strings.Contains(f.offErr.Text, "quá lớn") {
		t.Errorf("big shift: %q", f.offErr.Text)
	}
	// Back on A4 the table shows A4's shifts.
	f.paper.SetSelected(f.paper.Options[0])
	if f.offsets["name"][0].Text != "2,5" || f.offsets[""][1].Text != "0,5" {
		t.Errorf("A4 again: name dx %q, page dy %q", f.offsets["name"][0].Text, f.offsets[""][1].Text)
	}
	if co := f.options(); !co.offsets.IsZero() {
		t.Errorf("a full print is shifted: %+v", co)
	}
	f.mode.SetSelected(f.mode.Options[1])
	co := f.options()
	if !co.blank || co.offsets.For("name").DX != 2.5 {
		t.Errorf("offsets not used for printing: %+v", co)
	}
}

// TestCalibration: "In trang căn chỉnh" shows the calibration page (one
// page, the fields named) in the preview, and "Xem trước / In…" the
// certificates again.
func TestCalibration(t *testing.T) {
	h := newHarness(t)
	c := h.v.docs[Certificates]
	test.Tap(h.v.cert.calibrate)
	if c.p == nil || !h.v.cert.calibration {
		t.Fatal("no calibration preview")
	}
	data, err := c.render()
	if err != nil {
		t.Fatal(err)
	}
	if n := pdftest.Pages(t, data); n != 1 {
		t.Errorf("calibration: %d pages", n)
	}
	path, text := h.export(t, Certificates)
	if !strings.Contains(text, "Họ và tên [name]") || !strings.Contains(filepath.Base(path), "can-chinh") {
		t.Errorf("calibration export %s lacks the field names: %.200s", path, text)
	}
	test.Tap(c.preview)
	if h.v.cert.calibration {
		t.Errorf("still on the calibration page")
	}
	waitPages(t, c)
}

// waitPages waits until the preview shows pages.
func waitPages(t *testing.T, d *docPane) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for d.p.NumPages() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the preview showed no page in 90 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestPrintersFromLpstat: the printer list comes from the system's lpstat
// (a fake one on PATH); without it the no-print-service sentence shows
// and a name can be typed.
func TestPrintersFromLpstat(t *testing.T) {
	bin := t.TempDir()
	script := "#!/bin/sh\nprintf 'Canon_LBP2900\\nHP_LaserJet_1020\\n'\n"
	if err := os.WriteFile(filepath.Join(bin, "lpstat"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		path string
		want []string
		note string
	}{
		{"lpstat", bin, []string{"Canon_LBP2900", "HP_LaserJet_1020"}, ""},
		{"no CUPS", t.TempDir(), nil, printing.ErrNoPrintService.Error()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("PATH", tc.path)
			h := newHarness(t)
			h.v.h.Printers = nil
			f := newCertForm(h.v)
			waitPrinters(t, f)
			if strings.Join(f.printer.Options, ",") != strings.Join(tc.want, ",") {
				t.Errorf("printers %q", f.printer.Options)
			}
			if tc.note != "" && (!f.printerNote.Visible() || !strings.EqualFold(f.printerNote.Text, tc.note) || !strings.HasPrefix(f.printerNote.Text, "Máy")) {
				t.Errorf("note %q", f.printerNote.Text)
			}
			if tc.note == "" && f.printerName.Text != tc.want[0] {
				t.Errorf("printer chosen %q", f.printerName.Text)
			}
		})
	}
}

// TestScreenshots renders each tab at the window's default size and at
// 1024×700 (go test -run TestScreenshots ./app/ui/docsui -args -screens DIR).
func TestScreenshots(t *testing.T) {
	if *screens == "" {
		t.Skip("-screens DIR writes the screenshots")
	}
	h := newHarness(t)
	capture := func(name string) {
		t.Helper()
		f, err := os.Create(filepath.Join(*screens, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, h.w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
	// Before the printers are found, and before any preview: the
	// certificates' tab looking for printers, with its hint.
	found := make(chan struct{})
	h.v.h.Printers = func() ([]string, error) { <-found; return []string{"HP_LaserJet_1020"}, nil }
	cert := newCertForm(h.v)
	h.w.SetContent(newDocPane(h.v, Certificates, cert.obj).obj)
	capture("docs-certificates-searching.png")
	close(found)
	waitPrinters(t, cert)
	h.w.SetContent(h.v.Object())
	h.tick(t, h.rowOf(0))
	capture("docs-decision-hint.png")
	for _, size := range []fyne.Size{{Width: 1100, Height: 740}, {Width: 1024, Height: 700}} {
		h.w.Resize(size)
		for i, name := range []string{"decision", "proposal", "certificates"} {
			h.v.tabs.SelectIndex(i)
			if i == 2 {
				test.Tap(h.v.cert.calibrate)
			} else {
				test.Tap(h.v.docs[i].preview)
			}
			waitPages(t, h.v.docs[i])
			time.Sleep(300 * time.Millisecond)
			out := filepath.Join(*screens, "docs-"+name+"-"+strconv.Itoa(int(size.Width))+".png")
			f, err := os.Create(out)
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(f, h.w.Canvas().Capture()); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
	}
}
