package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/docsui"
)

// TestDocumentsDialog: "Văn bản khen thưởng…" in the File menu (and the
// review step's button) opens the documents over the window; what they
// build follows the draft, marked "DỰ THẢO" while the report has errors;
// Escape closes the dialog.
func TestDocumentsDialog(t *testing.T) {
	w := newTestWindow(t, previewOptions())
	w.OpenSample()
	pump(w)
	var item *fyne.MenuItem
	for _, it := range w.win.MainMenu().Items[0].Items {
		if it.Label == "Văn bản khen thưởng…" {
			item = it
		}
	}
	if item == nil {
		t.Fatal("no “Văn bản khen thưởng…” in the File menu")
	}
	lastDocs = nil
	item.Action()
	v := lastDocs
	if v == nil || w.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the documents did not open")
	}
	shot(t, w, "documents-vi")
	d, err := v.Document(docsui.Decision)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Info.Title, "thảo") {
		t.Errorf("a report without errors gives a draft decision: %q", d.Info.Title)
	}
	w.Report().IssuingBody = "" // an error: exports are drafts
	if d, err = v.Document(docsui.Decision); err != nil || !strings.Contains(d.Info.Title, "thảo") {
		t.Errorf("with errors the decision is not a draft: %v %q", err, d.Info.Title)
	}
	pressKey(w, fyne.KeyEscape)
	if top := w.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("Escape left %T on screen", top)
	}
	// The review step's button opens it too.
	w.wiz.show(StepReview)
	lastDocs = nil
	for _, b := range collectAllButtons(w.wiz.review.obj) {
		if b.Text == "Văn bản khen thưởng…" {
			b.OnTapped()
		}
	}
	if lastDocs == nil {
		t.Fatal("the review step's button did not open the documents")
	}
	pressKey(w, fyne.KeyEscape)

	// In English the documents speak English too (en.json in step).
	w.SetLanguage(LangEnglish)
	w.Documents()
	shot(t, w, "documents-en")
	var tabs []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *container.AppTabs:
			for _, it := range x.Items {
				tabs = append(tabs, it.Text)
			}
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k)
			}
		}
	}
	walk(lastDocs.Object())
	if strings.Join(tabs, "|") != "Decision on commendation|Proposal|Certificates" {
		t.Errorf("tabs in English: %q", tabs)
	}
	pressKey(w, fyne.KeyEscape)
}

// collectAllButtons finds the enabled buttons under o.
func collectAllButtons(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	collectButtons(o, &out)
	return out
}
