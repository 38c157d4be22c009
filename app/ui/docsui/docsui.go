// Package docsui is the window's part for the documents that follow the
// report (Văn bản khen thưởng): the decision on commendation with the
// honorees ticked one by one, the proposal to the superior body, and the
// certificates with the offsets for pre-printed blanks and the
// calibration page. Each has its own form, the print preview (package
// previewui) and "Xuất PDF…"; the decision and the proposal also
// "Xuất Word…" (package docx; a certificate is a fixed page, which has no
// editable Word form). The documents are built by package compose
// and drawn by package pdf, as the command line does; what the office
// types is kept in the draft (report.Decision, report.Proposal) and the
// offsets in the program's settings (package certsettings).
package docsui

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/certsettings"
	"baocao/app/doc"
	"baocao/app/docx"
	"baocao/app/printing"
	"baocao/app/report"
	"baocao/app/ui/keys"
	"baocao/app/ui/previewui"
	"baocao/app/ui/uitext"
)

// Translations holds the package's texts (translations/vi.json, en.json);
// register them with ui.RegisterTranslations. Without them the texts
// show in Vietnamese, the fallback written in the code.
//
//go:embed translations/*.json
var Translations embed.FS

var tr = uitext.T

// Host is what the view needs from the window.
type Host struct {
	Window fyne.Window
	// Report is the open draft (UI goroutine only); edits go into it.
	Report func() *report.Report
	// Changed is called after every edit of the draft (autosave, title).
	Changed func()
	// Draft reports whether exports are drafts now (the report has errors,
	// or the user chose a draft): the decision and the proposal are then
	// marked "DỰ THẢO", as the report's export is.
	Draft func() bool
	// BodyName is the issuing body in running text, from the draft's
	// template ("Đảng ủy Sở …"); nil or "" → the body as typed.
	BodyName func(*report.Report) string
	// SaveAs asks where to write a file named suggested with extension
	// ext and calls done with the path (the window's save dialog).
	SaveAs func(suggested, ext string, done func(path string))
	// Status shows a sentence in the window's status line.
	Status func(string)
	// ShowError shows an error in a dialog.
	ShowError func(error)
	// Printed is told what became of a print from a preview.
	Printed func(msg string, err error)
	// Escape closes the dialog the view is in (Escape in the preview).
	Escape func()
	// Printers lists the system's printers; nil → printing.Printers.
	Printers func() ([]string, error)
	// PrintWith, when set, replaces the system's printer in the previews
	// (tests).
	PrintWith *printing.Printer
	PrintDir  string
}

// View holds the three documents' tabs.
type View struct {
	h    Host
	tabs *container.AppTabs
	dec  *decisionForm
	prop *proposalForm
	cert *certForm
	docs [3]*docPane
	obj  fyne.CanvasObject
	// shown: the dialog is on screen, and a tab's preview renders when
	// the tab is chosen (Shown).
	shown bool
	// ctx ends when the dialog closes: the printers' lookup stops.
	ctx    context.Context
	cancel context.CancelFunc

	// exportDone is called after each export (tests).
	exportDone func(path string, err error)
}

// Title is the dialog's title and the button that opens it.
func Title() string { return tr("docs.title", "Văn bản khen thưởng") }

// DialogTitle is the dialog's title.
func DialogTitle() string {
	return tr("docs.dialog.title", "Văn bản khen thưởng: quyết định, tờ trình, giấy khen — Esc để đóng")
}

// New builds the view over h's draft.
func New(h Host) *View {
	v := &View{h: h}
	v.ctx, v.cancel = context.WithCancel(context.Background())
	v.dec = newDecisionForm(v)
	v.prop = newProposalForm(v)
	v.cert = newCertForm(v)
	v.docs[Decision] = newDocPane(v, Decision, v.dec.obj)
	v.docs[Proposal] = newDocPane(v, Proposal, v.prop.obj)
	v.docs[Certificates] = newDocPane(v, Certificates, v.cert.obj, v.cert.calibrate)
	v.cert.pane = v.docs[Certificates]
	// "Xem trước / In…" shows the certificates again after the
	// calibration page.
	cp := v.docs[Certificates]
	cp.preview.OnTapped = func() { v.cert.setCalibration(false); cp.showPreview() }
	v.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(tr("docs.tab.decision", "Quyết định khen thưởng"), theme.DocumentIcon(), v.docs[Decision].obj),
		container.NewTabItemWithIcon(tr("docs.tab.proposal", "Tờ trình"), theme.MailSendIcon(), v.docs[Proposal].obj),
		container.NewTabItemWithIcon(tr("docs.tab.certificates", "Giấy khen"), theme.DocumentPrintIcon(), v.docs[Certificates].obj),
	)
	v.tabs.OnSelected = func(*container.TabItem) { v.tabShown() }
	v.obj = v.tabs
	return v
}

// Shown is called once the dialog is on screen: the tab shown gets its
// preview, as each tab does when it is chosen.
func (v *View) Shown() {
	v.shown = true
	v.tabShown()
}

// tabShown renders the chosen tab's preview if it has none yet or the
// draft changed while another tab was shown; the hidden tabs render
// nothing.
func (v *View) tabShown() {
	if !v.shown {
		return
	}
	d := v.docs[v.tabs.SelectedIndex()]
	switch {
	case d.p == nil:
		d.showPreview()
	case d.stale:
		d.stale = false
		d.p.Changed()
	}
}

// Document builds kind as "Xuất PDF…" would write it now (UI goroutine).
func (v *View) Document(kind Kind) (*doc.Document, error) {
	r, draft, body, co := v.docs[kind].current()
	if r == nil {
		return nil, errors.New(tr("docs.noreport", "Chưa mở báo cáo nào."))
	}
	return build(kind, r, draft, body, co)
}

// Object returns the view.
func (v *View) Object() fyne.CanvasObject { return v.obj }

// Close stops the previews' and the printers' background work.
func (v *View) Close() {
	v.cancel()
	for _, d := range v.docs {
		d.close()
	}
}

func (v *View) bodyName(r *report.Report) string {
	if v.h.BodyName == nil {
		return ""
	}
	return v.h.BodyName(r)
}

func (v *View) draft() bool { return v.h.Draft != nil && v.h.Draft() }

// edited is called after a form changed the draft: autosave, and the
// document's preview renders again.
func (v *View) edited(kind Kind) {
	if v.h.Changed != nil {
		v.h.Changed()
	}
	v.docs[kind].changed()
	if kind == Decision {
		// The certificates go to those the decision commends.
		v.docs[Certificates].changed()
	}
}

// docPane is one document's tab: its form on the left with "Xem trước /
// In…", "Xuất PDF…" and (but for the certificates) "Xuất Word…", the
// preview on the right.
type docPane struct {
	v       *View
	kind    Kind
	obj     fyne.CanvasObject
	right   *fyne.Container
	p       *previewui.Preview
	preview *keys.Button
	export  *keys.Button
	word    *keys.Button // nil on the certificates' tab
	// stale: the draft changed while the tab was hidden; its preview
	// renders again when the tab is chosen.
	stale bool
}

func newDocPane(v *View, kind Kind, form fyne.CanvasObject, extra ...fyne.CanvasObject) *docPane {
	d := &docPane{v: v, kind: kind, right: container.NewStack()}
	d.preview = keys.NewButton(tr("docs.preview", "Xem trước / In…"), theme.VisibilityIcon(), d.showPreview)
	d.export = keys.NewButton(tr("docs.export", "Xuất PDF…"), theme.DocumentSaveIcon(), d.exportPDF)
	d.export.Importance = widget.HighImportance
	text := tr("docs.preview.hint", "Bấm “Xem trước / In…” để xem các trang đúng như khi in, rồi in ngay từ đó; hoặc “Xuất PDF…” để lưu tệp.")
	row := append(append([]fyne.CanvasObject{d.preview}, extra...), d.export)
	if kind == Certificates {
		text += " " + tr("docs.cert.noword", "Giấy khen chỉ xuất PDF, không có bản Word: mỗi ô phải nằm đúng chỗ trên trang và trên phôi, điều mà bản Word sửa được không giữ được.")
	} else {
		text += " " + tr("docs.word.hint", "“Xuất Word…” lưu bản .docx để sửa hoặc góp ý trước khi ký.")
		d.word = keys.NewButton(tr("docs.export.word", "Xuất Word…"), theme.DocumentIcon(), d.exportDOCX)
		row = append(row, d.word)
	}
	hint := widget.NewLabel(text)
	hint.Wrapping = fyne.TextWrapWord
	d.right.Objects = []fyne.CanvasObject{container.NewPadded(widget.NewCard(tr("docs.preview.title", "Bản xem trước"), "", hint))}
	buttons := container.NewHBox(row...)
	// The form (its own scroll) is the wider side: its fields are read
	// whole; the preview shows the page beside it.
	left := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, form)
	split := container.NewHSplit(left, d.right)
	split.Offset = formShare
	d.obj = split
	return d
}

// showPreview makes the preview (once: until the dialog is shown and
// the tab chosen, nothing is rendered) or renders it again now.
func (d *docPane) showPreview() {
	d.stale = false
	if d.p != nil {
		d.p.Changed()
		return
	}
	d.p = previewui.New(d.render)
	// Beside the form, the wider side: the toolbar over two rows, and the
	// page at the smallest zoom so that a line shows whole.
	d.p.Narrow()
	d.p.SetZoom(0)
	if d.v.h.Printed != nil {
		d.p.OnPrint(d.v.h.Printed)
	}
	if d.v.h.Escape != nil {
		d.p.OnEscape(d.v.h.Escape)
	}
	if d.v.h.PrintWith != nil {
		d.p.SetPrinter(*d.v.h.PrintWith, d.v.h.PrintDir)
	}
	if d.kind == Certificates {
		// The certificates (and the calibration page) print on the
		// printer whose offsets they carry.
		d.p.SetPrinterName(d.v.cert.printerToUse)
	}
	d.right.Objects = []fyne.CanvasObject{d.p.Object()}
	d.right.Refresh()
}

// changed renders the preview again if its tab is shown; a hidden tab's
// preview waits until the tab is chosen.
func (d *docPane) changed() {
	switch {
	case d.p == nil:
	case d.v.tabs != nil && d.v.docs[d.v.tabs.SelectedIndex()] != d:
		d.stale = true
	default:
		d.p.Changed()
	}
}

func (d *docPane) close() {
	if d.p != nil {
		d.p.Close()
	}
}

// current copies, on the UI goroutine, what the document is made of.
func (d *docPane) current() (r *report.Report, draft bool, body string, co certOptions) {
	if cur := d.v.h.Report(); cur != nil {
		r = snapshot(cur)
		draft = d.v.draft()
		body = d.v.bodyName(cur)
		co = d.v.cert.options()
	}
	return
}

// render is called by the preview off the UI goroutine.
func (d *docPane) render() ([]byte, error) {
	var (
		r     *report.Report
		draft bool
		body  string
		co    certOptions
	)
	fyne.DoAndWait(func() { r, draft, body, co = d.current() })
	if r == nil {
		return nil, errors.New(tr("docs.noreport", "Chưa mở báo cáo nào."))
	}
	doc, err := build(d.kind, r, draft, body, co)
	if err != nil {
		return nil, err
	}
	return renderPDF(doc)
}

// exportPDF asks where to write the document and writes it off the UI
// goroutine, atomically.
func (d *docPane) exportPDF() {
	d.exportAs(".pdf", d.export, func(path string, doc *doc.Document) (string, error) {
		pages, warnings, err := writePDF(path, doc)
		if err != nil {
			return "", err
		}
		msg := tr("docs.exported", "Đã xuất {{.Path}} ({{.Pages}} trang).", map[string]any{"Path": path, "Pages": pages})
		if len(warnings) > 0 {
			msg += " " + tr("docs.exported.check", "Hãy xem lại trước khi in: {{.First}}", map[string]any{"First": warnings[0]})
		}
		return msg, nil
	})
}

// exportDOCX writes the document as an editable Word copy, as exportPDF
// writes the PDF (same blocks, same draft mark).
func (d *docPane) exportDOCX() {
	d.exportAs(".docx", d.word, func(path string, doc *doc.Document) (string, error) {
		if err := docx.WriteDocumentFile(path, doc); err != nil {
			return "", err
		}
		return tr("docs.exported.word", "Đã xuất bản Word {{.Path}}; mở bằng Word hoặc LibreOffice Writer để sửa.", map[string]any{"Path": path}), nil
	})
}

// exportAs builds the document now, asks where to write it (ext) and
// writes it with write off the UI goroutine; btn is disabled meanwhile.
// A draft's suggested name says so ("-du-thao").
func (d *docPane) exportAs(ext string, btn *keys.Button, write func(path string, doc *doc.Document) (string, error)) {
	r, draft, body, co := d.current()
	if r == nil {
		return
	}
	doc, err := build(d.kind, r, draft, body, co)
	if err != nil {
		d.v.h.ShowError(err) // nobody to commend: the sentence says what to do
		return
	}
	name := fileBase(d.kind, r, co)
	if draft && d.kind != Certificates {
		name += "-du-thao"
	}
	d.v.h.SaveAs(name+ext, ext, func(path string) {
		btn.Disable()
		d.v.h.Status(tr("docs.exporting", "Đang xuất {{.Name}}…", map[string]any{"Name": filepath.Base(path)}))
		go func() {
			msg, err := write(path, doc)
			fyne.Do(func() {
				btn.Enable()
				if err != nil {
					d.v.h.ShowError(fmt.Errorf("%s (%w)", tr("docs.export.failed", "Chưa ghi được tệp {{.Name}}. Đóng tệp nếu chương trình khác đang mở nó, hoặc chọn thư mục khác, rồi xuất lại.", map[string]any{"Name": filepath.Base(path)}), err))
				} else {
					d.v.h.Status(msg)
				}
				if d.v.exportDone != nil {
					d.v.exportDone(path, err)
				}
			})
		}()
	})
}

// listPrinters asks the system for its printers.
func (v *View) listPrinters() ([]string, error) {
	if v.h.Printers != nil {
		return v.h.Printers()
	}
	return printing.Printers(v.ctx)
}

// loadSettings reads the offsets; a damaged file is said once and
// replaced by empty settings on the next save.
func loadSettings() (*certsettings.Settings, error) {
	s, err := certsettings.Load()
	if err != nil {
		return certsettings.New(), err
	}
	return s, nil
}
