package ui

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/app/draft"
	"baocao/app/pdf"
	"baocao/app/report"
	"baocao/app/ui/keys"
)

// pdfWords is the text of the PDF at path, read back with pdftotext.
func pdfWords(t *testing.T, path string) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("pdftotext is missing (poppler-utils; make test installs it): %v", err)
		}
		t.Skip("pdftotext not installed; run make test to install it")
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// overlayButton returns the button labelled text in the top overlay (a
// dialog), or nil.
func overlayButton(w *Window, text string) *widget.Button {
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Button:
			if x.Text == text {
				found = x
			}
		case *keys.Button: // a dialog button that passes Escape on
			if x.Text == text {
				found = &x.Button
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	if top := w.win.Canvas().Overlays().Top(); top != nil {
		walk(top)
	}
	return found
}

// overlayText is every label's text in the top overlay.
func overlayText(w *Window) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	if top := w.win.Canvas().Overlays().Top(); top != nil {
		walk(top)
	}
	return b.String()
}

// TestExportDraft walks the draft export in the window: a report with
// errors shows and exports as a draft (the preview with the mark, the
// dialog listing the errors, the PDF marked with its round); fixed, it
// exports the final document unless the user chooses the draft.
func TestExportDraft(t *testing.T) {
	opts := realExporters()
	// The status line is read after the export: an autosave's message
	// must not take its place while the test runs.
	opts.AutosaveDelay = time.Hour
	var mu sync.Mutex
	var renders []bool // the draft flag of every preview rendering
	opts.RenderPDF = func(r *report.Report, draft bool) ([]byte, error) {
		var buf bytes.Buffer
		_, err := pdf.Render(r, &buf, pdf.Options{Draft: draft})
		mu.Lock()
		renders = append(renders, draft)
		mu.Unlock()
		return buf.Bytes(), err
	}
	lastRender := func() (draft, ok bool) {
		mu.Lock()
		defer mu.Unlock()
		if len(renders) == 0 {
			return false, false
		}
		return renders[len(renders)-1], true
	}
	w := newTestWindow(t, opts)
	w.OpenSample()
	signer := w.Report().Signature.Signer
	w.Report().Signature.Signer = ""
	w.wiz.show(StepReview)
	rv := w.wiz.review

	// With an error, the step can only export a draft, and the preview
	// shows the draft.
	if !rv.draftChoice.Disabled() || rv.draftChoice.Selected != lang.L("Draft for comment") {
		t.Errorf("draft choice %q (disabled %v), want the draft, fixed", rv.draftChoice.Selected, rv.draftChoice.Disabled())
	}
	waitFor(t, w, "the preview of the draft", func() bool { d, ok := lastRender(); return ok && d })
	rv.round.SetSelected("2")
	if w.Report().DraftRound != 2 || !w.doc.dirty {
		t.Fatalf("round %d, dirty %v: the round is not kept in the draft", w.Report().DraftRound, w.doc.dirty)
	}
	if dir := os.Getenv("BAOCAO_DRAFT_SHOTS"); dir != "" {
		// To look at: the step and the rasterised preview with its mark.
		deadline := time.Now().Add(15 * time.Second)
		for time.Now().Before(deadline) {
			pump(w)
			time.Sleep(20 * time.Millisecond)
		}
		capture(t, w, filepath.Join(dir, "review-draft.png"))
		w.win.Resize(fyne.NewSize(1201, 801))
		capture(t, w, filepath.Join(dir, "review-draft-relayout.png"))
	}

	out := filepath.Join(t.TempDir(), "bao-cao.pdf")
	suggested := ""
	w.chooseSave = func(s string, _ []string, cb func(string)) { suggested = s; cb(out) }
	done := false
	w.exportDone = func(string, error) { done = true }
	w.Export(exportPDF)
	if txt := overlayText(w); !strings.Contains(txt, "Chưa nhập họ tên người ký") {
		t.Errorf("the dialog does not list the error: %q", txt)
	}
	if dir := os.Getenv("BAOCAO_DRAFT_SHOTS"); dir != "" {
		capture(t, w, filepath.Join(dir, "export-dialog.png"))
	}
	btn := overlayButton(w, lang.L("Export the draft"))
	if btn == nil {
		t.Fatal("the dialog offers no draft export")
	}
	test.Tap(btn)
	waitFor(t, w, "the draft export", func() bool { return done })
	if text := pdfWords(t, out); !strings.Contains(text, "DỰ THẢO LẦN 2") {
		t.Errorf("the exported draft lacks its mark: %.200s", text)
	}
	if !strings.Contains(suggested, lang.L("draft")+"-2") || !strings.Contains(w.status, "DỰ THẢO LẦN 2") {
		t.Errorf("suggested name %q, status %q: the draft is not named as such", suggested, w.status)
	}

	// Fixed: the final document by default, with no mark; the draft on
	// request.
	w.Report().Signature.Signer = signer
	w.wiz.refreshMarks()
	if rv.draftChoice.Disabled() || rv.draftChoice.Selected != lang.L("Final document") {
		t.Errorf("draft choice %q (disabled %v), want the final document, free", rv.draftChoice.Selected, rv.draftChoice.Disabled())
	}
	waitFor(t, w, "the preview of the final document", func() bool { d, ok := lastRender(); return ok && !d })
	for _, tc := range []struct {
		choice string
		mark   bool
	}{{lang.L("Final document"), false}, {lang.L("Draft for comment"), true}} {
		rv.draftChoice.SetSelected(tc.choice)
		out = filepath.Join(t.TempDir(), "bao-cao.pdf")
		done = false
		w.Export(exportPDF)
		if top := w.win.Canvas().Overlays().Top(); top != nil {
			t.Fatalf("%s: a dialog stands in the way of a report without errors: %q", tc.choice, overlayText(w))
		}
		waitFor(t, w, "the export", func() bool { return done })
		if got := strings.Contains(pdfWords(t, out), "DỰ THẢO LẦN 2"); got != tc.mark {
			t.Errorf("%s: mark printed %v, want %v", tc.choice, got, tc.mark)
		}
	}
	waitFor(t, w, "the preview of the chosen draft", func() bool { d, ok := lastRender(); return ok && d })
}

// TestExportDraftDialogGoesToErrors: the dialog's other button exports
// nothing and shows the list of errors.
func TestExportDraftDialogGoesToErrors(t *testing.T) {
	w := newTestWindow(t, realExporters())
	w.OpenSample()
	w.Report().Tasks.Points = nil
	w.wiz.show(StepGeneral)
	w.chooseSave = func(string, []string, func(string)) { t.Fatal("asked for a file name") }
	w.Export(exportXLSX)
	btn := overlayButton(w, lang.L("Go to the errors"))
	if btn == nil {
		t.Fatal("no way to the errors")
	}
	test.Tap(btn)
	if w.wiz.current != StepReview {
		t.Errorf("step %d shown, want the review step", w.wiz.current+1)
	}
}

// TestGeneralPreviewForms: the header preview of step 1 writes the number
// and the date as the PDF does (report.NumberLine, report.PlaceAndDate).
func TestGeneralPreviewForms(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	g := w.wiz.general
	for _, tc := range []struct {
		profile      report.Profile
		number, date string
		left, right  string
	}{
		{report.ProfileParty, "5", "5/8/2016", "Số 05-BC/ĐU", "ngày 05 tháng 8 năm 2016"},
		{report.ProfileParty, "12", "9/2/2017", "Số 12-BC/ĐU", "ngày 09 tháng 02 năm 2017"},
	} {
		w.Report().Profile = tc.profile
		g.number.SetText(tc.number)
		g.date.SetText(tc.date)
		g.updatePreview()
		if !strings.Contains(g.previewLeft.Text, tc.left) || !strings.Contains(g.previewRight.Text, tc.right) {
			t.Errorf("%q %q: preview %q | %q, want %q and %q", tc.number, tc.date, g.previewLeft.Text, g.previewRight.Text, tc.left, tc.right)
		}
	}
}

// TestDraftRoundLoads: a round saved in the draft file shows in the review
// step, even above the rounds offered, and opening it changes nothing.
func TestDraftRoundLoads(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	w.Report().DraftRound = 25
	path := filepath.Join(t.TempDir(), "du-thao.json")
	if err := draft.Save(path, w.Report(), "test"); err != nil {
		t.Fatal(err)
	}
	w2 := newTestWindow(t, Options{})
	w2.OpenFile(path)
	waitFor(t, w2, "the draft", func() bool { return w2.wiz != nil && w2.Report().DraftRound == 25 })
	w2.Report().Tasks.Points = nil // an error: the round can be chosen
	w2.wiz.show(StepReview)
	if got := w2.wiz.review.round.Selected; got != "25" || w2.wiz.review.round.Disabled() {
		t.Errorf("round shown %q (disabled %v), want 25", got, w2.wiz.review.round.Disabled())
	}
	if w2.doc.dirty {
		t.Error("showing the round marked the draft changed")
	}
}
