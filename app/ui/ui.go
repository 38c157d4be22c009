// Package ui is the program's window: a calm, guided way from a blank page
// to a report ready to sign, in Vietnamese (English on request).
//
// It is a thin layer over the core packages: report (the model and its
// checks), draft (files), catalog (templates), sample, recovery (autosaved
// copies). Exporters are handed in through Options, so this package does
// not depend on how PDF and Excel files are made.
//
// Threading follows Fyne 2.6+: widgets are touched on the UI goroutine
// only; slow work (writing recovery copies, exporting) runs on other
// goroutines and reports back through fyne.Do.
package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"

	"baocao/app/appdirs"
	"baocao/app/catalog"
	"baocao/app/draft"
	"baocao/app/icon"
	"baocao/app/instance"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/ui/folders"
	"baocao/app/ui/keys"
	"baocao/app/ui/previewui"
	"baocao/app/ui/recovery"
	"baocao/app/ui/savefile"
)

// AppID is the program's identity for Fyne (preferences, packaging).
const AppID = "vn.danvan.baocao"

// Options configure the window.
type Options struct {
	// Version is shown in the About box and written into drafts.
	Version string
	// Templates are the built-in templates (templates.Builtin).
	Templates fs.FS
	// UserTemplates is the folder of the user's own templates; "" means
	// appdirs.Templates().
	UserTemplates string
	// RecoveryDir is the folder of recovery copies; "" means
	// appdirs.Recovery().
	RecoveryDir string
	// AutosaveDelay is how long after the last change a recovery copy is
	// written; 0 means 3 seconds.
	AutosaveDelay time.Duration

	// ExportPDF writes the report as a PDF at path and returns what the
	// user should check in it (a character the fonts lack, printed as a
	// box); with draft, the document is marked "DỰ THẢO" (with the
	// report's DraftRound). nil means the program has no PDF export yet,
	// and the window says so.
	ExportPDF func(path string, r *report.Report, draft bool) (warnings []string, err error)
	// RenderPDF returns the PDF bytes that ExportPDF writes, for the print
	// preview; nil means no preview.
	RenderPDF func(r *report.Report, draft bool) ([]byte, error)
	// ExportDOCX writes the report as an editable Word copy (.docx) at
	// path, marked as a draft with draft; nil means no Word export, and
	// the window says so.
	ExportDOCX func(path string, r *report.Report, draft bool) error
	// ExportXLSX writes the report's workbook (the honoree lists) at path,
	// marked as a draft with draft; nil means no Excel export yet.
	ExportXLSX func(path string, r *report.Report, draft bool) error

	// Icon is the window and task-bar icon; nil means the program's own
	// (package icon).
	Icon fyne.Resource
	// OpenPath is a draft to open at start (a file the user opened the
	// program with, as Windows "Open with" does); "" shows the start screen.
	OpenPath string
	// InstanceSocket is where later launches hand over the drafts they
	// were started with (package instance), so that a double click on a
	// draft opens it in this window; "" means no such socket.
	InstanceSocket string
}

// Preference keys.
const (
	prefLanguage    = "language"     // "vi" or "en"
	prefTypeMethod  = "typingMethod" // vnime.Method.String()
	prefTypeStyle   = "typingStyle"  // vnime.Style.String()
	prefTypeOn      = "typingOn"     // the V/E switch
	prefRecent      = "recentDrafts" // most recent first
	maxRecentDrafts = 8
)

// Run opens the window and returns when the user quits.
func Run(opts Options) {
	a := app.NewWithID(AppID)
	if opts.Icon == nil {
		opts.Icon = fyne.NewStaticResource("baocao.png", icon.PNG(256))
	}
	a.SetIcon(opts.Icon)
	w := New(a, opts)
	if opts.OpenPath != "" {
		w.OpenFile(opts.OpenPath)
	}
	if opts.InstanceSocket != "" {
		srv, err := instance.Listen(opts.InstanceSocket, func(paths []string) {
			fyne.Do(func() { w.OpenHandedOver(paths[0]) })
		})
		switch {
		case errors.Is(err, instance.ErrRunning):
			// A second program started from the menu: the first one
			// keeps receiving the drafts double-clicked later.
		case err != nil:
			// No such sockets here: drafts double-clicked later open in
			// new windows, as without this.
			fyne.LogError("instance", err)
		default:
			defer srv.Close()
		}
	}
	w.win.ShowAndRun()
}

// OpenHandedOver opens a draft that a later launch of the program was
// started with (a double click on it while this window is open) and
// brings the window to the front. The draft already open here is not
// read again, so that its unsaved changes stay as they are.
func (w *Window) OpenHandedOver(path string) {
	w.win.Show()
	w.win.RequestFocus()
	if w.doc != nil && w.doc.path != "" && sameFile(path, w.doc.path) {
		w.setStatus(lang.L("“{{.Name}}” is already open in this window.", map[string]any{"Name": filepath.Base(path)}))
		return
	}
	w.OpenFile(path)
}

// document is the report being edited and its state.
type document struct {
	r       *report.Report
	path    string    // "" until saved
	started time.Time // when the document was created or opened
	recName string    // recovery copy file name
	dirty   bool
	gen     uint64 // incremented on every change
	// disk is the draft file as it was when last opened or saved here, so
	// that a change made meanwhile by another program (the command line's
	// import, a second window) is not overwritten unasked.
	disk fileStamp
}

// fileStamp identifies a version of a file on disk.
type fileStamp struct {
	mod  time.Time
	size int64
}

// stampOf returns the stamp of the file at path, or a zero stamp.
func stampOf(path string) fileStamp {
	fi, err := os.Stat(path)
	if err != nil {
		return fileStamp{}
	}
	return fileStamp{fi.ModTime(), fi.Size()}
}

// same reports whether s and o are the same version of a file.
func (s fileStamp) same(o fileStamp) bool { return s.size == o.size && s.mod.Equal(o.mod) }

// Window is the program's main window and everything it shows.
type Window struct {
	app  fyne.App
	win  fyne.Window
	opts Options
	cat  *catalog.Catalog

	doc   *document
	wiz   *wizard
	start *startScreen
	// lastQuestion is the last unsaved-changes question shown (tests).
	lastQuestion *choiceDialog
	// lastOverwrite is the last "replace the file?" question (tests).
	lastOverwrite *savefile.Question
	// lastYearAsk is the open "for which year?" question of a report
	// made from last year's (tests).
	lastYearAsk *lastYearAsk
	// lastWarnings are the warnings of the last export (tests).
	lastWarnings []string
	// recoveryErr says why there is no folder for recovery copies.
	recoveryErr error

	saveTimer    *time.Timer
	marksTimer   *time.Timer
	recMu        sync.Mutex // guards the two fields below, and recovery writes
	recWrittenAt uint64     // generation of the newest recovery copy written
	recCleanAt   uint64     // generation saved to the draft file (copies up to it are stale)
	recDocID     time.Time  // document the two fields above are about

	// status is the last message shown in the status line.
	status string
	// statusUntilAction: status goes at the next action that works.
	statusUntilAction bool
	// lastPrint is the last print preview opened with Ctrl+P (tests).
	lastPrint *printDialog
	// warmup starts the PDF engine; it runs once the window is shown.
	warmup func()
	// printer, if set, prints in the print preview instead of the system.
	printer *testPrinter
	// statusHook, if set, receives every status message (tests).
	statusHook func(string)

	// bg counts the goroutines doing background work (recovery copies,
	// validation, export), so that tests can wait for them.
	bg sync.WaitGroup

	// do runs a function on the UI goroutine: fyne.Do, or a queue that
	// tests drain on their own goroutine (Fyne's test driver runs fyne.Do
	// at once on the calling goroutine, which would race with the test).
	do func(func())

	// Seams for tests: file choosers and URL opening.
	chooseOpen func(cb func(path string))
	chooseSave func(suggested string, exts []string, cb func(path string))
	openURL    func(u *url.URL) error
	// exportDone, if set, is called on the UI goroutine after an export
	// (tests wait on it).
	exportDone func(path string, err error)
	// writeDone, if set, is called after a recovery copy was written.
	writeDone func(err error)
}

// New builds the window on app a (not shown yet): language and typing mode
// from the preferences, the main menu, the start screen.
func New(a fyne.App, opts Options) *Window {
	if opts.AutosaveDelay == 0 {
		opts.AutosaveDelay = 3 * time.Second
	}
	var recErr error
	if opts.RecoveryDir == "" {
		opts.RecoveryDir, recErr = appdirs.Recovery()
	}
	if opts.UserTemplates == "" {
		opts.UserTemplates, _ = appdirs.Templates()
	}
	w := &Window{app: a, opts: opts, do: fyne.Do, recoveryErr: recErr}
	if err := SetLanguage(a.Preferences().StringWithFallback(prefLanguage, LangVietnamese)); err != nil {
		fyne.LogError("language", err)
	}
	w.applyTypingPrefs()
	w.cat = catalog.Load(opts.Templates, opts.UserTemplates)
	w.win = a.NewWindow(lang.L("Mass-mobilization report"))
	w.win.Resize(fyne.NewSize(1100, 740))
	w.win.SetMaster()
	w.chooseOpen = w.dialogOpen
	w.chooseSave = w.dialogSave
	w.openURL = a.OpenURL
	w.win.SetCloseIntercept(func() { w.Quit() })
	w.win.Canvas().SetOnTypedKey(w.typedKey)
	if opts.RenderPDF != nil {
		w.warmup = func() { previewui.Prewarm() }
		a.Lifecycle().SetOnStarted(w.started)
	}
	w.rebuild()
	return w
}

// Window returns the Fyne window.
func (w *Window) Window() fyne.Window { return w.win }

// Report returns the report being edited, or nil on the start screen.
func (w *Window) Report() *report.Report {
	if w.doc == nil {
		return nil
	}
	return w.doc.r
}

// Path returns the draft file of the report being edited ("" if never
// saved), and whether it has unsaved changes.
func (w *Window) Path() (path string, dirty bool) {
	if w.doc == nil {
		return "", false
	}
	return w.doc.path, w.doc.dirty
}

// rebuild builds the menus and content again (after a language switch).
func (w *Window) rebuild() {
	w.win.SetMainMenu(w.mainMenu())
	w.addShortcuts()
	if w.doc == nil {
		w.showStart()
	} else {
		step := 0
		if w.wiz != nil {
			step = w.wiz.current
		}
		if w.wiz != nil {
			w.wiz.close()
		}
		w.wiz = newWizard(w)
		w.win.SetContent(w.wiz.obj)
		w.wiz.show(step)
	}
	w.updateTitle()
}

// updateTitle shows the draft's name and a dot when it has unsaved
// changes: "● báo cáo.json — Báo cáo công tác dân vận".
func (w *Window) updateTitle() {
	title := lang.L("Mass-mobilization report")
	if w.doc != nil {
		name := lang.L("New report")
		if w.doc.path != "" {
			name = filepath.Base(w.doc.path)
		}
		title = name + " — " + title
		if w.doc.dirty {
			title = "● " + title
		}
	}
	w.win.SetTitle(title)
}

// setStatus shows a short message in the wizard's status line.
func (w *Window) setStatus(msg string) {
	w.status, w.statusUntilAction = msg, false
	if w.wiz != nil {
		w.wiz.status.SetText(msg)
	}
	if w.statusHook != nil {
		w.statusHook(msg)
	}
}

// template returns the template the report was made from, or nil.
func (w *Window) template() *catalog.Template {
	if w.doc == nil || w.cat == nil {
		return nil
	}
	return w.cat.Find(w.doc.r.Template)
}

// program is written into drafts.
func (w *Window) program() string { return "baocao " + w.opts.Version }

// setDocument shows r in the wizard.
func (w *Window) setDocument(r *report.Report, path string, dirty bool) {
	w.setDocumentRecovered(r, path, dirty, "")
}

// setDocumentRecovered shows r in the wizard; its recovery copy is the
// file named recName when that is not empty (a restored copy goes on
// under its own name, so that it is never deleted before a newer copy
// exists).
func (w *Window) setDocumentRecovered(r *report.Report, path string, dirty bool, recName string) {
	w.stopTimers()
	now := time.Now()
	w.doc = &document{r: r, path: path, started: now, dirty: dirty}
	w.doc.recName = recovery.Name(path, now)
	if recName != "" {
		w.doc.recName = recName
	}
	w.recMu.Lock()
	w.recDocID, w.recWrittenAt, w.recCleanAt = now, 0, 0
	w.recMu.Unlock()
	if path != "" {
		w.addRecent(path)
	}
	if w.wiz == nil {
		w.wiz = newWizard(w)
	} else {
		w.wiz.setReport(r)
	}
	w.win.SetContent(w.wiz.obj)
	w.wiz.show(0)
	w.updateTitle()
	if dirty {
		w.doc.gen++
		w.autosaveNow()
	}
}

// changed is called on the UI goroutine after every edit.
func (w *Window) changed() {
	if w.doc == nil {
		return
	}
	w.actionDone()
	w.doc.gen++
	if !w.doc.dirty {
		w.doc.dirty = true
		w.updateTitle()
	}
	if w.saveTimer != nil {
		w.saveTimer.Stop()
	}
	w.saveTimer = time.AfterFunc(w.opts.AutosaveDelay, func() { w.do(w.autosaveNow) })
	if w.marksTimer != nil {
		w.marksTimer.Stop()
	}
	w.marksTimer = time.AfterFunc(400*time.Millisecond, func() {
		w.do(func() {
			if w.wiz != nil {
				w.wiz.refreshMarksLater()
			}
		})
	})
}

func (w *Window) stopTimers() {
	if w.saveTimer != nil {
		w.saveTimer.Stop()
	}
	if w.marksTimer != nil {
		w.marksTimer.Stop()
	}
}

// autosaveNow writes a recovery copy of the draft if it has unsaved
// changes. The report is copied here, on the UI goroutine (its slices only,
// about a millisecond for 10,000 honorees); encoding and writing happen on
// another goroutine, so typing is never held up.
func (w *Window) autosaveNow() {
	d := w.doc
	if d == nil || !d.dirty {
		return
	}
	if w.opts.RecoveryDir == "" {
		// Said at every change: the user must not believe the work is kept.
		w.setStatus(lang.L("Automatic recovery copies are off: this computer gives the program no folder for them ({{.Err}}). Save often with Ctrl+S.", map[string]any{"Err": w.recoveryErr}))
		return
	}
	snap := cloneReport(d.r)
	gen, name, path, id := d.gen, d.recName, d.path, d.started
	w.bg.Add(1)
	go func() {
		defer w.bg.Done()
		enc, err := recovery.Encode(snap, w.program())
		if err != nil {
			w.do(func() {
				w.setStatus(lang.L("Could not make the recovery copy: {{.Err}}", map[string]any{"Err": err}))
			})
			return
		}
		w.writeRecovery(id, gen, name, path, enc)
	}()
}

func (w *Window) writeRecovery(id time.Time, gen uint64, name, path string, enc []byte) {
	w.recMu.Lock()
	var err error
	stale := !id.Equal(w.recDocID) || gen <= w.recWrittenAt || gen <= w.recCleanAt
	if !stale {
		err = recovery.Write(w.opts.RecoveryDir, name, path, enc)
		if err == nil {
			w.recWrittenAt = gen
		}
	}
	w.recMu.Unlock()
	if stale {
		return
	}
	w.do(func() {
		if err != nil {
			w.setStatus(lang.L("The recovery copy could not be written: {{.Err}}. Save the report with Ctrl+S.", map[string]any{"Err": err}))
		} else {
			w.setStatus(lang.L("Recovery copy saved at {{.Time}}.", map[string]any{"Time": time.Now().Format("15:04:05")}))
		}
		if w.writeDone != nil {
			w.writeDone(err)
		}
	})
}

// Save writes the draft to its file, or asks for a file first. then, if
// not nil, runs after a successful save.
func (w *Window) Save(then func()) {
	if w.doc == nil {
		return
	}
	if w.doc.path == "" {
		w.SaveAs(then)
		return
	}
	save := func() {
		if err := w.saveTo(w.doc.path); err != nil {
			w.showError(err)
			return
		}
		if then != nil {
			then()
		}
	}
	if now := stampOf(w.doc.path); !now.mod.IsZero() && !now.same(w.doc.disk) {
		msg := lang.L("“{{.Name}}” was changed by another program after you opened it (for example an import from the command line, or the same draft open in a second window). Saving replaces those changes with what is in this window.", map[string]any{"Name": filepath.Base(w.doc.path)})
		d := newChoiceDialog(lang.L("The draft was changed elsewhere"), msg, []choice{
			{lang.L("Save as another file…"), true, func() { w.SaveAs(then) }},
			{lang.L("Replace it"), false, save},
			{lang.L("Cancel"), false, nil},
		}, w.win)
		w.lastQuestion = d
		d.Show()
		return
	}
	save()
}

// SaveAs asks for a file name and saves the draft there.
func (w *Window) SaveAs(then func()) {
	if w.doc == nil {
		return
	}
	suggested := lang.L("report") + "-" + fmt.Sprint(w.doc.r.Year) + draft.Extension
	if w.doc.path != "" {
		// A draft opened as .json is offered under the program's own
		// extension; Save (Ctrl+S) keeps writing to the .json itself.
		suggested = draft.NameFor(filepath.Base(w.doc.path))
	}
	w.saveLocation(suggested, draft.Extension, func(path string) {
		if err := w.saveTo(path); err != nil {
			w.showError(err)
			return
		}
		if then != nil {
			then()
		}
	})
}

// saveTo saves the draft at path (atomically, keeping a backup), removes
// the recovery copy and marks the document clean. On failure everything
// stays in memory and the error says why.
func (w *Window) saveTo(path string) error {
	d := w.doc
	d.r.Normalize()
	if err := draft.Save(path, d.r, w.program()); err != nil {
		return fmt.Errorf(lang.L("The report was NOT saved to {{.Path}}; your work is still here. Free some disk space or choose another folder, then save again.", map[string]any{"Path": path})+" (%w)", err)
	}
	w.recMu.Lock()
	w.recCleanAt = d.gen
	oldName := d.recName
	_ = recovery.Remove(w.opts.RecoveryDir, oldName)
	w.recMu.Unlock()
	if path != d.path {
		d.path = path
		d.recName = recovery.Name(path, d.started)
		w.recMu.Lock()
		_ = recovery.Remove(w.opts.RecoveryDir, d.recName)
		w.recMu.Unlock()
	}
	d.dirty = false
	d.disk = stampOf(path)
	w.addRecent(path)
	w.updateTitle()
	w.setStatus(lang.L("Saved to {{.Path}} at {{.Time}}.", map[string]any{"Path": path, "Time": time.Now().Format("15:04:05")}))
	return nil
}

// OpenFile opens the draft at path, asking first about unsaved changes.
func (w *Window) OpenFile(path string) {
	w.confirmDiscard(func() { w.openNow(path) })
}

func (w *Window) openNow(path string) {
	r, err := draft.Load(path)
	if err != nil {
		w.showError(fmt.Errorf(lang.L("Could not open the draft. Check that it is a report draft made by this program.")+" (%w)", err))
		// A drive not plugged in yet or a draft from a newer version is
		// still worth keeping in the list; a file that is gone is not.
		if errors.Is(err, fs.ErrNotExist) {
			w.removeRecent(path)
		}
		return
	}
	// A draft opened from the recent list, the Open dialog or the command
	// line may have unsaved work in a recovery copy (a crash or a power
	// cut): offer it before the first autosave overwrites it.
	stamp := stampOf(path)
	open := func() {
		w.setDocument(r, path, false)
		w.doc.disk = stamp
	}
	if c, ok := w.pendingCopyOf(path); ok {
		w.askRestore(c, open)
		return
	}
	open()
}

// pendingCopyOf returns the recovery copy of the draft at path when it
// holds work the draft lacks.
func (w *Window) pendingCopyOf(path string) (recovery.Copy, bool) {
	pending, err := recovery.Pending(w.opts.RecoveryDir)
	if err != nil {
		return recovery.Copy{}, false
	}
	name := recovery.Name(path, time.Time{})
	for _, c := range pending {
		if filepath.Base(c.File) == name {
			return c, true
		}
	}
	return recovery.Copy{}, false
}

// askRestore offers the unsaved work in c; openSaved opens the draft as
// it was last saved instead, and the copy is deleted.
func (w *Window) askRestore(c recovery.Copy, openSaved func()) {
	msg := lang.L("“{{.Name}}” has unsaved work from {{.Time}} that the program kept when it was closed without saving. Restore that work? If you open the saved version instead, that work is deleted.", map[string]any{
		"Name": filepath.Base(c.DraftPath), "Time": c.SavedAt.Local().Format("02/01/2006 15:04")})
	d := newChoiceDialog(lang.L("Work that was not saved"), msg, []choice{
		{lang.L("Restore"), true, func() { w.Restore(c) }},
		{lang.L("Open the saved version"), false, func() {
			w.DiscardRecovery(c)
			openSaved()
		}},
		{lang.L("Cancel"), false, nil},
	}, w.win)
	w.lastQuestion = d
	d.Show()
}

// Open asks for a draft file and opens it.
func (w *Window) Open() {
	w.confirmDiscard(func() {
		w.chooseOpen(func(path string) {
			if path != "" {
				w.openNow(path)
			}
		})
	})
}

// NewReport goes back to the start screen to pick a template.
func (w *Window) NewReport() {
	w.confirmDiscard(func() {
		w.closeDocument()
		w.showStart()
	})
}

// NewFromTemplate starts a report for year from template t.
func (w *Window) NewFromTemplate(t *catalog.Template, year int) {
	w.setDocument(t.NewReport(year), "", true)
}

// OpenSample opens the complete sample report as a new, unsaved draft.
func (w *Window) OpenSample() {
	w.confirmDiscard(func() { w.setDocument(sample.Report(), "", true) })
}

// Restore opens a recovery copy; the document keeps the draft's path and
// is marked unsaved.
func (w *Window) Restore(c recovery.Copy) {
	r, info, err := recovery.Load(c.File)
	if err != nil {
		w.showError(fmt.Errorf(lang.L("The recovery copy could not be read.")+" (%w)", err))
		return
	}
	w.setDocumentRecovered(r, info.DraftPath, true, filepath.Base(c.File))
	if info.DraftPath != "" {
		w.doc.disk = stampOf(info.DraftPath) // the copy was made from it
	}
	w.setStatus(lang.L("Restored the recovery copy of {{.Time}}. Save it with Ctrl+S.", map[string]any{"Time": c.SavedAt.Local().Format("02/01/2006 15:04")}))
}

// DiscardRecovery deletes a recovery copy the user does not want.
func (w *Window) DiscardRecovery(c recovery.Copy) {
	if err := os.Remove(c.File); err != nil && !errors.Is(err, os.ErrNotExist) {
		w.showError(err)
	}
}

func (w *Window) closeDocument() {
	w.stopTimers()
	if w.doc != nil && !w.doc.dirty {
		w.recMu.Lock()
		_ = recovery.Remove(w.opts.RecoveryDir, w.doc.recName)
		w.recMu.Unlock()
	}
	w.doc = nil
	if w.wiz != nil {
		w.wiz.close()
	}
	w.wiz = nil
	w.updateTitle()
}

// confirmDiscard runs next at once if there are no unsaved changes;
// otherwise it asks whether to save them, drop them or cancel.
func (w *Window) confirmDiscard(next func()) {
	if w.doc == nil || !w.doc.dirty {
		next()
		return
	}
	w.askUnsaved(func() { w.Save(next) }, func() {
		w.recMu.Lock()
		w.recCleanAt = w.doc.gen
		_ = recovery.Remove(w.opts.RecoveryDir, w.doc.recName)
		w.recMu.Unlock()
		w.doc.dirty = false
		next()
	})
}

// Quit closes the program, asking first about unsaved changes.
func (w *Window) Quit() {
	w.confirmDiscard(func() {
		w.stopTimers()
		w.win.Close()
		w.app.Quit()
	})
}

// askUnsaved asks the unsaved-changes question: Save, Don't save, Cancel.
func (w *Window) askUnsaved(save, discard func()) {
	name := lang.L("New report")
	if w.doc.path != "" {
		name = filepath.Base(w.doc.path)
	}
	msg := lang.L("“{{.Name}}” has changes that are not saved. Save them before closing it?", map[string]any{"Name": name})
	d := newChoiceDialog(lang.L("Unsaved changes"), msg, []choice{
		{lang.L("Save"), true, save},
		{lang.L("Don't save"), false, discard},
		{lang.L("Cancel"), false, nil},
	}, w.win)
	w.lastQuestion = d
	d.Show()
}

// showError shows err in a dialog (the message says what to do next).
func (w *Window) showError(err error) {
	w.setStatus(err.Error())
	keys.ShowError(err, w.win)
}

// Recent drafts, most recent first, kept in the preferences.
func (w *Window) recent() []string {
	var out []string
	for _, p := range w.app.Preferences().StringList(prefRecent) {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

func (w *Window) addRecent(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := []string{path}
	for _, p := range w.recent() {
		if p != path && len(list) < maxRecentDrafts {
			list = append(list, p)
		}
	}
	w.app.Preferences().SetStringList(prefRecent, list)
	folders.Remember(w.app.Preferences(), folders.Drafts, path)
}

func (w *Window) removeRecent(path string) {
	var list []string
	for _, p := range w.recent() {
		if p != path {
			list = append(list, p)
		}
	}
	w.app.Preferences().SetStringList(prefRecent, list)
}

// dialogOpen and dialogSave are the real file choosers; each kind of file
// (drafts, exports) starts in the folder last used for it.
func (w *Window) dialogOpen(cb func(string)) {
	folders.Open(w.win, folders.Drafts, draft.Extensions(), cb, func(err error) {
		w.showError(fmt.Errorf(lang.L("The file could not be opened. Choose it again, or copy it to this computer first.")+" (%w)", err))
	})
}

func (w *Window) dialogSave(suggested string, exts []string, cb func(string)) {
	kind := folders.Exports
	if slices.Contains(exts, draft.Extension) {
		kind = folders.Drafts
	}
	savefile.Show(w.win, suggested, exts, kind, cb, func(err error) {
		w.showError(fmt.Errorf(lang.L("The folder could not be used. Choose another folder, or close the file if another program has it open.")+" (%w)", err))
	})
}

// saveLocation asks where to write a file of type ext: the name gets ext
// when it lacks it, and an existing file other than the open draft is
// replaced only if the user says so.
func (w *Window) saveLocation(suggested, ext string, cb func(path string)) {
	w.chooseSave(suggested, []string{ext}, func(path string) {
		if path == "" {
			return
		}
		// A draft name typed with .json keeps it (both are drafts).
		if ext != draft.Extension || !draft.HasExtension(path) {
			path = savefile.WithExt(path, ext)
		}
		// Saving the open draft onto itself needs no question, unless
		// another program changed the file meanwhile.
		if w.doc != nil && w.doc.path != "" && sameFile(path, w.doc.path) && stampOf(path).same(w.doc.disk) {
			cb(path)
			return
		}
		w.lastOverwrite = savefile.AskOverwrite(w.win, path, func() { cb(path) })
	})
}

// sameFile reports whether a and b name the same file.
func sameFile(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}
