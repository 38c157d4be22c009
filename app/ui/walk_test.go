package ui

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/app/docx"
	"baocao/app/movement"
	"baocao/app/pdf"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/ui/vnentry"
	"baocao/app/vnime"
	"baocao/app/xlsx"
)

// realExporters are the exporters main.go wires in.
func realExporters() Options {
	return Options{
		ExportPDF: func(path string, r *report.Report, draft bool) ([]string, error) {
			res, err := pdf.WriteFile(path, r, pdf.Options{Draft: draft})
			return res.Messages(), err
		},
		ExportDOCX: func(path string, r *report.Report, draft bool) error {
			return docx.WriteFile(path, r, docx.Options{Draft: draft})
		},
		ExportXLSX: func(path string, r *report.Report, draft bool) error {
			return xlsx.WriteFile(path, r, xlsx.ExportOptions{Draft: draft})
		},
	}
}

// retype replaces the text of an entry the way users fill a field: the
// start typed key by key (with the Return key between lines), the rest of
// a long text pasted, as from a word processor. Typing all of it would
// only make the test slow: Fyne lays a wrapped entry out again per key.
func retype(e *vnentry.Entry, text string) {
	const typed = 160
	e.SetText("")
	runes := []rune(text)
	head, tail := runes, []rune(nil)
	if len(runes) > typed {
		head, tail = runes[:typed], runes[typed:]
	}
	for i, line := range strings.Split(string(head), "\n") {
		if i > 0 {
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		}
		test.Type(e, line)
	}
	if len(tail) > 0 {
		clip := fyne.CurrentApp().Clipboard()
		clip.SetContent(string(tail))
		e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	}
}

// needTool skips, or fails under CI, when an outside program is missing.
func needTool(t *testing.T, path string) {
	t.Helper()
	if _, err := exec.LookPath(path); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is needed by this test (make test installs it): %v", path, err)
		}
		t.Skipf("%s not installed", path)
	}
}

// TestWalkWizard types the whole sample report into a new report made from
// its template, step by step, then exports it and reads the PDF and the
// workbook back with tools nobody here wrote.
func TestWalkWizard(t *testing.T) {
	w := newTestWindow(t, realExporters())
	want := sample.Report()
	dir := t.TempDir()

	// Start screen: year, then the template's Start button.
	s := w.start
	s.year.SetText("")
	test.Type(s.year, "2016")
	test.Tap(s.create[want.Template])
	if w.wiz == nil || w.wiz.current != StepGeneral {
		t.Fatal("the wizard did not open on step 1")
	}
	if _, dirty := w.Path(); !dirty {
		t.Error("a new report should count as unsaved")
	}

	// Step 1.
	g := w.wiz.general
	g.profile.SetSelected(g.profileParty)
	retype(g.superior, want.SuperiorBody)
	retype(g.issuing, want.IssuingBody)
	retype(g.number, want.Number)
	retype(g.symbol, want.Symbol)
	retype(g.place, want.Place)
	g.date.SetText("")
	test.Type(g.date, "08/11/2016")
	retype(g.title, want.Title)
	retype(g.summary, want.Summary)
	retype(g.opening, want.Opening)
	if !strings.Contains(g.previewRight.Text, "ngày 08 tháng 11 năm 2016") {
		t.Errorf("heading preview shows %q", g.previewRight.Text)
	}
	test.Tap(w.wiz.next)

	// Steps 2–5: remove the template's starting points, type the sample's.
	for i, ns := range want.Sections() {
		if w.wiz.current != StepAchievements+i {
			t.Fatalf("Next led to step %d, want %d", w.wiz.current+1, StepAchievements+i+1)
		}
		ed := w.wiz.sections[i]
		wd := ed.Widgets()
		for ed.Selected() >= 0 {
			test.Tap(wd.Remove)
		}
		retype(wd.Heading, ns.Section.Heading)
		for _, p := range ns.Section.Points {
			test.Tap(wd.Add)
			retype(wd.PointHeading, p.Heading)
			retype(wd.PointText, p.Text)
		}
		test.Tap(w.wiz.next)
	}

	// The units: every unit typed into the add form.
	if w.wiz.current != StepUnits {
		t.Fatalf("at step %d, want the units", w.wiz.current+1)
	}
	typeUnits(t, w, want.Units)
	test.Tap(w.wiz.next)

	// The movement: every model and exemplar typed into the add
	// form. Last year's figures come from last year's draft in the window
	// (movementui's TestTakeBaselineFromFile); the sample's name another
	// source, so they are handed over.
	if w.wiz.current != StepMovement {
		t.Fatalf("at step %d, want the movement", w.wiz.current+1)
	}
	r := w.Report()
	typeRegister(t, w, want.Movement.Register)
	r.Movement.Baseline = want.Movement.Baseline
	test.Tap(w.wiz.next)

	// Step 7, the honorees: the table is package honoreesui's and has its
	// own tests; the lists are handed over as an import would.
	if w.wiz.current != StepHonorees {
		t.Fatalf("at step %d, want the honorees", w.wiz.current+1)
	}
	r.Honorees.Collectives = want.Honorees.Collectives
	r.Honorees.Individuals = want.Honorees.Individuals
	w.wiz.honorees.SetReport(r)
	w.changed()
	test.Tap(w.wiz.next)

	// Step 8, with Telex typing for the signer's name.
	c := w.wiz.closing
	retype(c.recipients, strings.Join(want.Recipients, "\n"))
	retype(c.authority, want.Signature.Authority)
	retype(c.position, want.Signature.Position)
	vnentry.SetMode(vnime.Telex, vnime.Classic)
	c.signer.SetText("")
	test.Type(c.signer, "Traanf Thij Minh Hanhj")
	vnentry.SetMode(vnime.Off, vnime.Classic)
	test.Tap(w.wiz.next)

	// Step 9: the report is the sample, with no errors.
	if w.wiz.current != StepReview {
		t.Fatalf("at step %d, want the review", w.wiz.current+1)
	}
	r.Normalize()
	gotJSON, _ := json.MarshalIndent(r, "", " ")
	wantJSON, _ := json.MarshalIndent(want, "", " ")
	if !bytes.Equal(gotJSON, wantJSON) {
		t.Errorf("the typed report differs from the sample:\n%s", firstDiff(string(gotJSON), string(wantJSON)))
	}
	if e, _ := w.wiz.problems.Count(); e != 0 {
		t.Errorf("review lists %d errors: %v", e, w.wiz.problems)
	}
	for i := 0; i < StepReview; i++ {
		if e, _ := w.wiz.Mark(i); e != 0 {
			t.Errorf("step %d marked with %d errors", i+1, e)
		}
	}

	// Export both files through the review step's buttons.
	done := make(chan error, 1)
	w.exportDone = func(_ string, err error) { done <- err }
	for _, kind := range []struct {
		btn  func() *reviewStepButton
		file string
	}{
		{func() *reviewStepButton { return w.wiz.review.pdfBtn }, "bao-cao.pdf"},
		{func() *reviewStepButton { return w.wiz.review.docxBtn }, "bao-cao.docx"},
		{func() *reviewStepButton { return w.wiz.review.xlsxBtn }, "bao-cao.xlsx"},
	} {
		out := filepath.Join(dir, kind.file)
		w.chooseSave = func(suggested string, exts []string, cb func(string)) {
			if !strings.HasSuffix(suggested, exts[0]) {
				t.Errorf("suggested name %q does not end in %s", suggested, exts[0])
			}
			cb(out)
		}
		test.Tap(kind.btn())
		waitFor(t, w, "export of "+kind.file, func() bool { return len(done) > 0 })
		if err := <-done; err != nil {
			t.Fatalf("export %s: %v", kind.file, err)
		}
		if w.wiz.review.lastPath != out || !w.wiz.review.result.Visible() {
			t.Errorf("after export, result row shows %q (visible %v)", w.wiz.review.lastPath, w.wiz.review.result.Visible())
		}
	}

	// "Open the folder" hands the system a file:// URL of the folder.
	var opened string
	w.openURL = func(u *url.URL) error { opened = u.String(); return nil }
	row := w.wiz.review.result.Objects
	buttons := row[len(row)-1].(*fyne.Container).Objects // under the file's name
	test.Tap(buttons[len(buttons)-1].(*widget.Button))
	if want := "file://" + filepath.ToSlash(dir); opened != want {
		t.Errorf("Open the folder opened %q, want %q", opened, want)
	}

	// The PDF, read by pdftotext.
	needTool(t, "pdftotext")
	txt, err := exec.Command("pdftotext", "-layout", filepath.Join(dir, "bao-cao.pdf"), "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := strings.Join(strings.Fields(string(txt)), " ")
	for _, s := range []string{"ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO", "Số 45-BC/ĐU", "ngày 08 tháng 11 năm 2016",
		"tổng kết công tác dân vận năm 2016", "KẾT QUẢ ĐẠT ĐƯỢC", "Trần Thị Minh Hạnh",
		"Lưu Văn phòng Đảng ủy."} {
		if !strings.Contains(text, s) {
			t.Errorf("the PDF text lacks %q", s)
		}
	}

	for _, h := range want.Honorees.Individuals[:5] {
		// Names may wrap inside their table cell; the family name starts it.
		if first := strings.Fields(h.Name)[0] + " " + strings.Fields(h.Name)[1]; !strings.Contains(text, first) {
			t.Errorf("the PDF text lacks honoree %q", h.Name)
		}
	}

	// The workbook, read by openpyxl.
	needTool(t, "/usr/bin/python3")
	script := `import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        print("\t".join("" if v is None else str(v) for v in row))
`
	out, err := exec.Command("/usr/bin/python3", "-c", script, filepath.Join(dir, "bao-cao.xlsx")).CombinedOutput()
	if err != nil {
		if os.Getenv("CI") == "" && strings.Contains(string(out), "No module named") {
			t.Skipf("openpyxl missing: %s", out)
		}
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
	cells := string(out)
	for _, h := range append(want.Honorees.Individuals[:3:3], want.Honorees.Collectives[0]) {
		if !strings.Contains(cells, h.Name) {
			t.Errorf("the workbook lacks honoree %q", h.Name)
		}
	}
}

type reviewStepButton = widget.Button

// firstDiff returns the lines around the first difference of a and b.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "got:  " + al[i] + "\nwant: " + bl[i]
		}
	}
	return "lengths differ"
}

// typeRegister types each entry into the movement step's add form.
// typeUnits types units into the units step's add form, one by one.
func typeUnits(t *testing.T, w *Window, units []report.Unit) {
	t.Helper()
	uv := w.wiz.units
	for i, u := range units {
		test.Tap(uv.Widgets().Add)
		f := uv.Form()
		if f == nil {
			t.Fatalf("unit %d: Thêm opened no form", i+1)
		}
		retype(f.Name, u.Name)
		retype(f.Short, u.Short)
		retype(f.Contact, u.Contact)
		f.Save()
		if uv.Form() != nil {
			t.Fatalf("unit %d: the form stayed open", i+1)
		}
	}
	if got := len(w.Report().Units); got != len(units) {
		t.Fatalf("%d units typed, the report has %d", len(units), got)
	}
}

func typeRegister(t *testing.T, w *Window, entries []movement.Entry) {
	t.Helper()
	mv := w.wiz.movement
	for i, e := range entries {
		test.Tap(mv.Widgets().Add)
		f := mv.Form()
		if f == nil {
			t.Fatalf("entry %d: Thêm opened no form", i+1)
		}
		retype(f.Name, e.Name)
		retype(f.Unit, e.Unit)
		f.Kind.SetSelected(e.Kind.Label())
		f.Field.SetSelected(e.Field)
		f.Stage.SetSelected(e.Stage.Label())
		if e.Level != "" {
			f.Level.SetSelected(e.Level.Label())
		}
		f.StartYear.SetText("")
		test.Type(f.StartYear, strconv.Itoa(e.StartYear))
		retype(f.Results, e.Results)
		var links []string
		for _, h := range e.Honorees {
			links = append(links, strings.TrimSuffix(h.Name+" — "+h.Unit, " — "))
		}
		retype(f.Honorees, strings.Join(links, "\n"))
		f.FromLastYear.SetChecked(e.FromLastYear)
		f.Save()
		if mv.Form() != nil {
			t.Fatalf("entry %d: the form stayed open", i+1)
		}
	}
	if got := len(w.Report().Movement.Register); got != len(entries) {
		t.Fatalf("the register has %d entries, want %d", got, len(entries))
	}
}
