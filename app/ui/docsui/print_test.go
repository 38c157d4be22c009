package docsui

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"baocao/app/printing"
)

// fakeBin writes shell scripts named lp and lpstat into a folder and
// returns it, to put first on PATH (the readers the tests use, such as
// pdftotext, stay reachable behind it): lpstat lists two printers after
// delay seconds,
// lp writes its arguments one a line to args.
func fakeBin(t *testing.T, delay, args string) string {
	t.Helper()
	bin := t.TempDir()
	lpstat := "#!/bin/sh\n"
	if delay != "" {
		sleep, err := exec.LookPath("sleep")
		if err != nil {
			t.Skipf("no sleep command: %v", err)
		}
		lpstat += sleep + " " + delay + "\n"
	}
	lpstat += "printf 'Canon_LBP2900\\nHP_LaserJet_1020\\n'\n"
	lp := "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + args + "'\necho 'request id is Canon_LBP2900-7 (1 file(s))'\n"
	for name, script := range map[string]string{"lpstat": lpstat, "lp": lp} {
		if err := os.WriteFile(filepath.Join(bin, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return bin
}

// TestPrintOnChosenPrinter: "In…" in the certificates' preview prints on
// the printer chosen in the tab (lp -d NAME, through the system's lp: a
// fake one on PATH), the calibration page too; the decision's preview
// prints on the default printer.
func TestPrintOnChosenPrinter(t *testing.T) {
	args := filepath.Join(t.TempDir(), "lp-args")
	t.Setenv("PATH", fakeBin(t, "", args)+string(os.PathListSeparator)+os.Getenv("PATH"))
	h := newHarness(t)
	h.v.h.Printers = nil // the fake lpstat
	h.v.cert = newCertForm(h.v)
	h.v.cert.pane = h.v.docs[Certificates]
	waitPrinters(t, h.v.cert)
	h.v.h.PrintWith, h.v.h.PrintDir = &printing.Printer{}, t.TempDir()
	printed := make(chan string, 1)
	h.v.h.Printed = func(msg string, err error) {
		if err != nil {
			msg = err.Error()
		}
		printed <- msg
	}
	print := func(kind Kind) []string {
		t.Helper()
		os.Remove(args)
		d := h.v.docs[kind]
		d.showPreview()
		waitPages(t, d)
		for deadline := time.Now().Add(30 * time.Second); !d.p.CanPrint(); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("In… stayed disabled for 30 s")
			}
		}
		test.Tap(d.p.PrintButton())
		select {
		case msg := <-printed:
			if !strings.Contains(msg, "Đã gửi") {
				t.Fatalf("print: %s", msg)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("the print did not finish in 20 s (can print: %v)", d.p.CanPrint())
		}
		b, err := os.ReadFile(args)
		if err != nil {
			t.Fatalf("lp was not run: %v", err)
		}
		return strings.Split(strings.TrimSpace(string(b)), "\n")
	}

	f := h.v.cert
	if f.printerName.Text != "Canon_LBP2900" {
		t.Fatalf("printer %q", f.printerName.Text)
	}
	f.printer.SetSelected("HP_LaserJet_1020")
	if argv := print(Certificates); len(argv) < 2 || argv[0] != "-d" || argv[1] != "HP_LaserJet_1020" {
		t.Errorf("certificates: lp %q, want -d HP_LaserJet_1020", argv)
	}
	// A name typed in another case is the listed printer.
	f.printerName.SetText("canon_lbp2900")
	test.Tap(f.calibrate)
	if argv := print(Certificates); len(argv) < 2 || argv[0] != "-d" || argv[1] != "Canon_LBP2900" {
		t.Errorf("calibration page: lp %q, want -d Canon_LBP2900", argv)
	}
	if argv := print(Decision); len(argv) > 0 && argv[0] == "-d" {
		t.Errorf("decision: lp %q, want the default printer", argv)
	}
}

// TestPrintersInBackground: with an lpstat that takes 3 s the dialog
// opens at once, says it is looking for printers, and can be used (a
// printer's name typed, the decision exported); the list comes later
// and keeps the typed name.
func TestPrintersInBackground(t *testing.T) {
	t.Setenv("PATH", fakeBin(t, "3", filepath.Join(t.TempDir(), "lp-args"))+string(os.PathListSeparator)+os.Getenv("PATH"))
	h := newHarness(t)
	h.v.h.Printers = nil
	start := time.Now()
	f := newCertForm(h.v)
	if took := time.Since(start); took > time.Second {
		t.Errorf("the certificates' tab took %v to build", took)
	}
	select {
	case <-f.printersDone:
		t.Fatal("the list came before lpstat answered")
	default:
	}
	if f.printer.PlaceHolder != "Đang tìm máy in…" || !f.printer.Disabled() {
		t.Errorf("while looking: placeholder %q, disabled %v", f.printer.PlaceHolder, f.printer.Disabled())
	}
	f.printerName.SetText("hp_laserjet_1020")
	h.export(t, Decision)
	select {
	case <-f.printersDone:
		t.Fatal("the list came before lpstat answered")
	default:
	}
	waitPrinters(t, f)
	if strings.Join(f.printer.Options, ",") != "Canon_LBP2900,HP_LaserJet_1020" || f.printer.Disabled() {
		t.Errorf("printers %q, disabled %v", f.printer.Options, f.printer.Disabled())
	}
	if f.printer.Selected != "HP_LaserJet_1020" || f.printerToUse() != "HP_LaserJet_1020" {
		t.Errorf("the typed printer became %q (prints on %q)", f.printer.Selected, f.printerToUse())
	}
}

// TestExportWord: "Xuất Word…" on the decision and the proposal writes a
// .docx (atomically, through the save dialog) whose text holds the
// chosen honorees, draft-marked as the PDF is; the certificates have no
// Word button.
func TestExportWord(t *testing.T) {
	h := newHarness(t)
	ind := h.r.Honorees.Individuals
	h.tick(t, h.rowOf(0)) // out
	h.v.dec.number.SetText("12")
	if h.v.docs[Certificates].word != nil {
		t.Error("the certificates have a Word button")
	}
	for _, tc := range []struct {
		kind   Kind
		draft  bool
		name   string
		has    []string
		hasNot []string
	}{
		{Decision, false, "quyet-dinh-khen-thuong-2016.docx", []string{"QUYẾT ĐỊNH", "Số 12-QĐ/ĐU", ind[1].Name, h.r.Honorees.Collectives[0].Name}, []string{ind[0].Name, "DỰ THẢO"}},
		{Decision, true, "quyet-dinh-khen-thuong-2016-du-thao.docx", []string{"DỰ THẢO", ind[1].Name}, []string{ind[0].Name}},
		{Proposal, true, "to-trinh-khen-thuong-2016-du-thao.docx", []string{"TỜ TRÌNH", "DỰ THẢO", ind[higher].Name}, nil},
	} {
		h.v.h.Draft = func() bool { return tc.draft }
		path, text := h.exportWord(t, tc.kind)
		if filepath.Base(path) != tc.name || filepath.Dir(path) != h.saveTo {
			t.Errorf("written to %s, want %s", path, tc.name)
		}
		for _, s := range tc.has {
			if !strings.Contains(text, s) {
				t.Errorf("%s lacks %q", tc.name, s)
			}
		}
		for _, s := range tc.hasNot {
			if strings.Contains(text, s) {
				t.Errorf("%s has %q", tc.name, s)
			}
		}
	}
	left, _ := filepath.Glob(filepath.Join(h.saveTo, ".*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
}

// exportWord presses "Xuất Word…" on kind's tab and returns the file and
// the text of its word/document.xml.
func (h *harness) exportWord(t *testing.T, kind Kind) (string, string) {
	t.Helper()
	h.errs = nil
	test.Tap(h.v.docs[kind].word)
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
	m := regexp.MustCompile(`Đã xuất bản Word (.+\.docx);`).FindStringSubmatch(h.status)
	if m == nil {
		t.Fatalf("status %q names no file", h.status)
	}
	return m[1], docxText(t, m[1])
}

// docxText is the text of a .docx's body, a space between paragraphs
// and every run of blanks one space.
func docxText(t *testing.T, path string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s is not a zip: %v", path, err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		dec := xml.NewDecoder(bytes.NewReader(data))
		inText := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("document.xml: %v", err)
			}
			switch x := tok.(type) {
			case xml.StartElement:
				inText = x.Name.Local == "t"
			case xml.EndElement:
				inText = false
				if x.Name.Local == "p" {
					b.WriteString(" ")
				}
			case xml.CharData:
				if inText {
					b.Write(x)
				}
			}
		}
		return strings.Join(strings.Fields(b.String()), " ")
	}
	t.Fatalf("%s has no word/document.xml", path)
	return ""
}
