package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/app/draft"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/ui/recovery"
	"baocao/app/ui/vnentry"
	"baocao/app/vnime"
)

// openSaved saves the sample as a draft file and opens it in w.
func openSaved(t *testing.T, w *Window) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "báo cáo.json")
	if err := draft.Save(path, sample.Report(), "test"); err != nil {
		t.Fatal(err)
	}
	w.OpenFile(path)
	if p, _ := w.Path(); p != path {
		t.Fatalf("opened %q, want %q", p, path)
	}
	return path
}

func shortcut(w *Window, s fyne.Shortcut) {
	w.win.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}

func TestUndoRemovePoint(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	test.Tap(w.wiz.next)
	ed := w.wiz.sections[0]
	wd := ed.Widgets()
	sec := &w.Report().Achievements
	orig := append([]report.Point(nil), sec.Points...)

	ed.Select(1)
	test.Tap(wd.Remove)
	if len(sec.Points) != len(orig)-1 || sec.Points[1] != orig[2] {
		t.Fatalf("after removing point 2: %d points", len(sec.Points))
	}
	if wd.Undo.Disabled() {
		t.Fatal("undo button disabled after a removal")
	}
	test.Tap(wd.Undo)
	if len(sec.Points) != len(orig) {
		t.Fatalf("after undo: %d points, want %d", len(sec.Points), len(orig))
	}
	for i := range orig {
		if sec.Points[i] != orig[i] {
			t.Errorf("point %d after undo = %q, want %q", i+1, sec.Points[i].Heading, orig[i].Heading)
		}
	}
	if ed.Selected() != 1 || wd.PointText.Text != orig[1].Text {
		t.Errorf("undo should show the restored point 2; selected %d", ed.Selected()+1)
	}
	if !wd.Undo.Disabled() {
		t.Error("undo button still enabled with nothing to undo")
	}

	// Reorder: point 1 down, then up again.
	ed.Select(0)
	test.Tap(wd.Down)
	if sec.Points[1] != orig[0] || ed.Selected() != 1 {
		t.Errorf("Down did not move point 1 to 2")
	}
	test.Tap(wd.Up)
	if sec.Points[0] != orig[0] {
		t.Errorf("Up did not move it back")
	}
	// A suggested phrase as a new point.
	phrases := w.template().Suggestions(report.FieldAchievements, w.Report())
	if len(phrases) == 0 {
		t.Fatal("the template has no suggestions for achievements")
	}
	ed.AddPhrase(phrases[0], true)
	if got := sec.Points[len(sec.Points)-1].Text; got != phrases[0] {
		t.Errorf("suggested phrase added as %q", got)
	}
}

func TestDirtyMarkSaveAndQuestion(t *testing.T) {
	w := newTestWindow(t, Options{})
	path := openSaved(t, w)
	if title := w.win.Title(); strings.HasPrefix(title, "●") || !strings.Contains(title, "báo cáo.json") {
		t.Errorf("title of a freshly opened draft: %q", title)
	}
	g := w.wiz.general
	w.win.Canvas().Focus(g.place)
	g.place.CursorColumn = len([]rune(g.place.Text))
	test.Type(g.place, " mới")
	if title := w.win.Title(); !strings.HasPrefix(title, "● báo cáo.json — ") {
		t.Errorf("title after a change: %q, want the ● mark", title)
	}
	if _, dirty := w.Path(); !dirty {
		t.Fatal("not dirty after typing")
	}
	// The autosave writes a recovery copy.
	waitFor(t, w, "the recovery copy", func() bool {
		list, _ := recovery.List(w.opts.RecoveryDir)
		return len(list) == 1
	})

	// Ctrl+S saves, clears the mark and removes the recovery copy.
	shortcut(w, shortcutSave)
	if title := w.win.Title(); strings.HasPrefix(title, "●") {
		t.Errorf("title after Ctrl+S: %q", title)
	}
	back, err := draft.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.Place != "Thành phố Hồ Chí Minh mới" {
		t.Errorf("saved place %q", back.Place)
	}
	if list, _ := recovery.List(w.opts.RecoveryDir); len(list) != 0 {
		t.Errorf("recovery copies after saving: %v", list)
	}

	// Another change, then closing asks; Cancel keeps the window.
	test.Type(g.place, "!")
	w.Quit()
	q := w.lastQuestion
	if q == nil {
		t.Fatal("closing with unsaved changes asked nothing")
	}
	test.Tap(q.buttons[2]) // Cancel
	if w.Report() == nil || !strings.HasSuffix(w.Report().Place, "!") {
		t.Fatal("Cancel lost the report")
	}
	// Save from the question writes the file.
	w.lastQuestion = nil
	w.Quit()
	test.Tap(w.lastQuestion.buttons[0]) // Save
	back, _ = draft.Load(path)
	if back.Place != "Thành phố Hồ Chí Minh mới!" {
		t.Errorf("Save from the question wrote place %q", back.Place)
	}
}

func TestDontSaveDiscardsCopy(t *testing.T) {
	w := newTestWindow(t, Options{})
	path := openSaved(t, w)
	test.Type(w.wiz.general.symbol, "X")
	w.autosaveNow()
	waitFor(t, w, "the recovery copy", func() bool {
		list, _ := recovery.List(w.opts.RecoveryDir)
		return len(list) == 1
	})
	w.NewReport()
	test.Tap(w.lastQuestion.buttons[1]) // Don't save
	if w.Report() != nil {
		t.Fatal("still editing after Don't save")
	}
	back, _ := draft.Load(path)
	if back.Symbol != "BC/ĐU" {
		t.Errorf("Don't save wrote the file: symbol %q", back.Symbol)
	}
	if list, _ := recovery.List(w.opts.RecoveryDir); len(list) != 0 {
		t.Errorf("Don't save left recovery copies: %v", list)
	}
}

// crashWithUnsavedPoint opens a saved draft in a window on recDir, adds a
// point with text, lets the autosave write its recovery copy, then drops
// the window without saving (a crash). It returns the draft's path.
func crashWithUnsavedPoint(t *testing.T, recDir, text string) string {
	t.Helper()
	w := newTestWindow(t, Options{RecoveryDir: recDir})
	path := openSaved(t, w)
	test.Tap(w.wiz.next)
	wd := w.wiz.sections[0].Widgets()
	test.Tap(wd.Add)
	test.Type(wd.PointText, text)
	written := make(chan error, 4)
	w.writeDone = func(err error) { written <- err }
	waitFor(t, w, "the autosave", func() bool { return len(written) > 0 })
	if err := <-written; err != nil {
		t.Fatalf("autosave: %v", err)
	}
	w.stopTimers() // the crash: nothing more runs
	return path
}

// TestRecoveryAfterCrash edits a draft, lets the autosave run, then drops
// the window without saving (a crash) and starts a new one on the same
// folders: the start screen offers the copy and restoring brings the edit
// back, with the draft's path and the unsaved mark.
func TestRecoveryAfterCrash(t *testing.T) {
	recDir := filepath.Join(t.TempDir(), "recovery")
	path := crashWithUnsavedPoint(t, recDir, "Ý mới viết trước khi mất điện")
	w2 := newTestWindow(t, Options{RecoveryDir: recDir})
	if len(w2.start.restore) != 1 {
		t.Fatalf("start screen offers %d copies, want 1", len(w2.start.restore))
	}
	test.Tap(w2.start.restore[0])
	r := w2.Report()
	if r == nil {
		t.Fatal("Restore opened nothing")
	}
	pts := r.Achievements.Points
	if got := pts[len(pts)-1].Text; got != "Ý mới viết trước khi mất điện" {
		t.Errorf("restored last point %q", got)
	}
	if p, dirty := w2.Path(); p != path || !dirty {
		t.Errorf("restored document: path %q dirty %v; want %q and unsaved", p, dirty, path)
	}
	if !strings.HasPrefix(w2.win.Title(), "● ") {
		t.Errorf("title %q lacks the unsaved mark", w2.win.Title())
	}
	// Saving puts it in the draft and the offer goes away.
	w2.Save(nil)
	if back, _ := draft.Load(path); len(back.Achievements.Points) != len(pts) {
		t.Errorf("saved draft has %d points, want %d", len(back.Achievements.Points), len(pts))
	}
	if pending, _ := recovery.Pending(recDir); len(pending) != 0 {
		t.Errorf("still pending after save: %v", pending)
	}
}

func TestSaveFailureKeepsWork(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	test.Type(w.wiz.general.number, "7")
	bad := filepath.Join(t.TempDir(), "no such folder", "x.json")
	w.chooseSave = func(_ string, _ []string, cb func(string)) { cb(bad) }
	w.Save(nil)
	if _, dirty := w.Path(); !dirty {
		t.Error("a failed save cleared the unsaved mark")
	}
	if !strings.Contains(w.status, "CHƯA lưu được") {
		t.Errorf("status after a failed save: %q", w.status)
	}
	if w.Report().Number != "745" { // typed at the cursor, which starts at the beginning
		t.Errorf("report lost its change: number %q", w.Report().Number)
	}
	if _, err := os.Stat(bad); err == nil {
		t.Error("a file appeared where the save failed")
	}
}

func TestProblemJumpsToField(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	w.wiz.closing.signer.SetText("")
	w.Report().Signature.Signer = ""
	w.Report().Tasks.Points[1].Text = ""
	w.wiz.show(StepReview)
	ps := w.wiz.problems
	find := func(field string) int {
		for i, p := range ps {
			if p.Field == field {
				return i
			}
		}
		t.Fatalf("no problem for %s in %v", field, ps)
		return -1
	}
	if e, _ := w.wiz.Mark(StepClosing); e == 0 {
		t.Error("step 7 not marked with an error")
	}
	if e, _ := w.wiz.Mark(StepTasks); e == 0 {
		t.Error("step 4 not marked with an error")
	}
	w.wiz.review.list.Select(find(report.FieldSigner))
	if w.wiz.current != StepClosing || w.win.Canvas().Focused() != w.wiz.closing.signer {
		t.Errorf("jump to signer: step %d, focus %T", w.wiz.current+1, w.win.Canvas().Focused())
	}
	w.wiz.show(StepReview)
	w.wiz.review.list.Select(find("tasks.points[1].text"))
	ed := w.wiz.sections[StepTasks-StepAchievements]
	if w.wiz.current != StepTasks || ed.Selected() != 1 || w.win.Canvas().Focused() != ed.Widgets().PointText {
		t.Errorf("jump to task 2: step %d, point %d", w.wiz.current+1, ed.Selected()+1)
	}
	// Export is refused while errors remain.
	called := false
	w.opts.ExportPDF = func(string, *report.Report, bool) ([]string, error) { called = true; return nil, nil }
	w.Export(exportPDF)
	if called {
		t.Error("exported a report with errors")
	}
}

func TestYearChangeFillsFromTemplate(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.NewFromTemplate(w.cat.Find(sample.TemplateID), 2016)
	g := w.wiz.general
	g.year.SetText("")
	test.Type(g.year, "2017")
	if !g.yearBanner.Visible() {
		t.Fatal("no offer to fill again after the year changed")
	}
	if !strings.Contains(w.Report().Summary, "2016") {
		t.Fatalf("summary changed by itself: %q", w.Report().Summary)
	}
	g.fillFromTemplate()
	r := w.Report()
	if !strings.Contains(r.Summary, "năm 2017") || !strings.Contains(r.Summary, "năm 2018") {
		t.Errorf("summary after filling: %q", r.Summary)
	}
	if !strings.Contains(r.Tasks.Heading, "2018") {
		t.Errorf("tasks heading after filling: %q", r.Tasks.Heading)
	}
	if g.summary.Text != r.Summary || g.yearBanner.Visible() {
		t.Error("the form does not show the filled texts")
	}

	// Texts the user edited are replaced only after a yes.
	w.lastQuestion = nil
	g.opening.SetText("Đoạn mở đầu tự viết.")
	g.year.SetText("2019")
	g.fillFromTemplate()
	if w.lastQuestion == nil || r.Opening != "Đoạn mở đầu tự viết." {
		t.Fatalf("edited opening replaced without asking: %q", r.Opening)
	}
	test.Tap(w.lastQuestion.buttons[1]) // Cancel
	if r.Opening != "Đoạn mở đầu tự viết." || !strings.Contains(r.Summary, "2017") {
		t.Fatalf("Cancel changed the texts: %q / %q", r.Opening, r.Summary)
	}
	g.fillFromTemplate()
	test.Tap(w.lastQuestion.buttons[0]) // Fill again
	if r.Opening == "Đoạn mở đầu tự viết." || !strings.Contains(r.Summary, "2019") {
		t.Errorf("Fill again did not fill: %q / %q", r.Opening, r.Summary)
	}
}

func TestTypingSwitch(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	if m, _ := vnentry.Mode(); m != vnime.Off {
		t.Fatalf("typing mode %v at start, want off", m)
	}
	shortcut(w, shortcutTyping)
	if m, _ := vnentry.Mode(); m != vnime.Telex || w.wiz.typing.toggle.Text != "V" {
		t.Fatalf("after Alt+Z: mode %v, switch %q", m, w.wiz.typing.toggle.Text)
	}
	w.wiz.typing.method.SetSelected("VNI")
	w.wiz.typing.style.SetSelected("hoà")
	if m, s := vnentry.Mode(); m != vnime.VNI || s != vnime.Modern {
		t.Errorf("mode %v %v, want VNI modern", m, s)
	}
	e := w.wiz.closing.signer
	e.SetText("")
	test.Type(e, "Hoa2")
	if e.Text != "Hoà" {
		t.Errorf("VNI modern typed %q", e.Text)
	}
	// The choice persists: a new window on the same app reads it.
	w2 := New(w.app, w.opts)
	_ = w2
	if m, s := vnentry.Mode(); m != vnime.VNI || s != vnime.Modern {
		t.Errorf("after restart: %v %v", m, s)
	}
	shortcut(w, shortcutTyping)
	if m, _ := vnentry.Mode(); m != vnime.Off {
		t.Errorf("Alt+Z again left mode %v", m)
	}
}

func TestLanguageSwitchKeepsWork(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	w.wiz.show(StepTasks)
	w.SetLanguage(LangEnglish)
	if w.wiz.current != StepTasks || w.Report() == nil {
		t.Fatal("switching language lost the place")
	}
	if got := w.wiz.steps[0].title; got != "General information" {
		t.Errorf("step 1 in English: %q", got)
	}
	if got := w.app.Preferences().String(prefLanguage); got != LangEnglish {
		t.Errorf("language preference %q", got)
	}
	w.SetLanguage(LangVietnamese)
	if got := w.wiz.steps[0].title; got != "Thông tin chung" {
		t.Errorf("step 1 in Vietnamese: %q", got)
	}
}

func TestRecentDrafts(t *testing.T) {
	w := newTestWindow(t, Options{})
	p1 := openSaved(t, w)
	p2 := openSaved(t, w)
	got := w.recent()
	if len(got) != 2 || got[0] != p2 || got[1] != p1 {
		t.Errorf("recent = %v, want [%s %s]", got, p2, p1)
	}
	w.NewReport()
	if len(w.start.recent) != 2 {
		t.Fatalf("start screen lists %d recent drafts", len(w.start.recent))
	}
	test.Tap(w.start.recent[1])
	if p, _ := w.Path(); p != p1 {
		t.Errorf("tapping the second recent draft opened %q", p)
	}
}

// TestTabOrder checks that Tab walks step 1 in the order of the form.
func TestTabOrder(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	g := w.wiz.general
	c := w.win.Canvas()
	c.Focus(g.superior)
	want := []fyne.Focusable{g.issuing, g.number, g.symbol, g.place, g.date}
	for i, f := range want {
		test.FocusNext(c)
		if c.Focused() != f {
			t.Fatalf("Tab %d went to %T, want field %d of the form", i+1, c.Focused(), i+2)
		}
	}
	c.Focus(g.year)
	for _, f := range []fyne.Focusable{g.title, g.summary, g.opening} {
		test.FocusNext(c)
		if c.Focused() != f {
			t.Fatalf("Tab after the year went to %T", c.Focused())
		}
	}
}

// TestCloneReportSharesNoSlice checks that edits to the original after a
// copy (what the user does while a copy is validated, saved or exported
// on another goroutine) do not reach the copy.
func TestCloneReportSharesNoSlice(t *testing.T) {
	r := sample.Report()
	c := cloneReport(r)
	r.Achievements.Points[0].Text = "đã sửa"
	r.Tasks.Points = append(r.Tasks.Points[:0], report.Point{Text: "x"})
	r.Honorees.Individuals[0].Name = "Tên khác"
	r.Honorees.Collectives[0].Award = "Bằng khen"
	r.Recipients[0] = "Nơi khác"
	r.Summary = "khác"
	want := sample.Report()
	switch {
	case c.Achievements.Points[0].Text != want.Achievements.Points[0].Text,
		len(c.Tasks.Points) != len(want.Tasks.Points) || c.Tasks.Points[0] != want.Tasks.Points[0],
		c.Honorees.Individuals[0] != want.Honorees.Individuals[0],
		c.Honorees.Collectives[0] != want.Honorees.Collectives[0],
		c.Recipients[0] != want.Recipients[0],
		c.Summary != want.Summary:
		t.Error("an edit of the original reached the copy")
	}
}

// TestMenus checks the menu bar: its menus, the shortcuts shown beside
// the File items, and that About names the version and the font licence.
func TestMenus(t *testing.T) {
	w := newTestWindow(t, Options{Version: "9.8.7"})
	m := w.mainMenu()
	var names []string
	for _, menu := range m.Items {
		names = append(names, menu.Label)
	}
	if got := strings.Join(names, ","); got != "Tệp,Gõ tiếng Việt,Cài đặt,Trợ giúp" {
		t.Errorf("menus %s", got)
	}
	shortcuts := map[string]fyne.Shortcut{}
	for _, it := range m.Items[0].Items {
		if it.Shortcut != nil {
			shortcuts[it.Label] = it.Shortcut
		}
	}
	for label, want := range map[string]fyne.Shortcut{"Báo cáo mới": shortcutNew, "Mở…": shortcutOpen,
		"Lưu": shortcutSave, "Lưu thành…": shortcutSaveAs, "Xem trước và in…": shortcutPrint, "Thoát": shortcutQuit} {
		if shortcuts[label] != want {
			t.Errorf("File › %s has shortcut %v", label, shortcuts[label])
		}
	}
	w.About()
	found := map[string]bool{}
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			if strings.Contains(l.Text, "9.8.7") {
				found["version"] = true
			}
			if strings.Contains(l.Text, "SIL Open Font License") || strings.Contains(l.Text, "OFL") {
				found["licence"] = true
			}
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, k := range c.Objects {
				walk(k)
			}
		}
		if s, ok := o.(*container.Scroll); ok {
			walk(s.Content)
		}
		if wd, ok := o.(fyne.Widget); ok {
			r := test.TempWidgetRenderer(t, wd)
			for _, k := range r.Objects() {
				walk(k)
			}
		}
	}
	for _, o := range w.win.Canvas().Overlays().List() {
		walk(o)
	}
	if !found["version"] || !found["licence"] {
		t.Errorf("About shows version %v, licence %v", found["version"], found["licence"])
	}
}

// TestOpenOffersRecovery: after a crash, opening the draft directly (the
// recent list, Open, or a double click that passes it on the command line)
// offers the unsaved work before anything overwrites it.
func TestOpenOffersRecovery(t *testing.T) {
	for _, restore := range []bool{true, false} {
		recDir := filepath.Join(t.TempDir(), "recovery")
		path := crashWithUnsavedPoint(t, recDir, "Ý chưa lưu")
		w2 := newTestWindow(t, Options{RecoveryDir: recDir})
		w2.OpenFile(path)
		if w2.Report() != nil || w2.lastQuestion == nil {
			t.Fatalf("restore=%v: the draft opened without offering its recovery copy", restore)
		}
		n := len(sample.Report().Achievements.Points)
		if restore {
			test.Tap(w2.lastQuestion.buttons[0])
			if got := len(w2.Report().Achievements.Points); got != n+1 {
				t.Errorf("restored %d points, want %d", got, n+1)
			}
			if p, dirty := w2.Path(); p != path || !dirty {
				t.Errorf("restored: path %q dirty %v", p, dirty)
			}
		} else {
			test.Tap(w2.lastQuestion.buttons[1])
			if got := len(w2.Report().Achievements.Points); got != n {
				t.Errorf("opened the saved version with %d points, want %d", got, n)
			}
			if pending, _ := recovery.Pending(recDir); len(pending) != 0 {
				t.Errorf("the copy the user declined is still offered: %v", pending)
			}
		}
	}
}

// TestSaveAsAsksBeforeReplacing: a name typed without its extension that
// matches an existing draft asks before replacing it, and the old file is
// untouched until the user says yes.
func TestSaveAsAsksBeforeReplacing(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	dir := t.TempDir()
	other := filepath.Join(dir, "khác"+draft.Extension)
	if err := os.WriteFile(other, []byte("không phải bản này"), 0o600); err != nil {
		t.Fatal(err)
	}
	w.chooseSave = func(_ string, _ []string, cb func(string)) { cb(filepath.Join(dir, "khác")) }
	w.SaveAs(nil)
	q := w.lastOverwrite
	if q == nil {
		t.Fatal("no question before replacing an existing file")
	}
	test.Tap(q.Cancel)
	if b, _ := os.ReadFile(other); string(b) != "không phải bản này" {
		t.Fatalf("Cancel changed the file: %q", b)
	}
	if p, _ := w.Path(); p != "" {
		t.Fatalf("Cancel saved the draft as %q", p)
	}
	w.SaveAs(nil)
	test.Tap(w.lastOverwrite.Replace)
	if p, dirty := w.Path(); p != other || dirty {
		t.Fatalf("after Replace: path %q dirty %v", p, dirty)
	}
	if _, err := draft.Load(other); err != nil {
		t.Fatalf("the replaced file is not the draft: %v", err)
	}
	// Saving again under the same name asks nothing.
	w.lastOverwrite = nil
	w.chooseSave = func(_ string, _ []string, cb func(string)) { cb(other) }
	w.SaveAs(nil)
	if w.lastOverwrite != nil {
		t.Error("Save as onto the open draft itself asked to replace it")
	}
}

// TestRecentKeepsUnreadableDraft: a draft that cannot be read now (a
// newer version, a drive not plugged in) stays in the recent list; a
// draft that is gone leaves it.
func TestRecentKeepsUnreadableDraft(t *testing.T) {
	w := newTestWindow(t, Options{})
	p := openSaved(t, w)
	if err := os.WriteFile(p, []byte(`{"format":"baocao-draft","version":999}`), 0o600); err != nil {
		t.Fatal(err)
	}
	w.NewReport()
	w.OpenFile(p)
	if got := w.recent(); len(got) != 1 {
		t.Errorf("an unreadable draft left the recent list: %v", got)
	}
	os.Remove(p)
	w.OpenFile(p)
	if got := w.recent(); len(got) != 0 {
		t.Errorf("a missing draft stays in the recent list: %v", got)
	}
}

// TestBadDateBlocksExport: a date or year the report cannot take must not
// leave the old value to print unnoticed.
func TestBadDateBlocksExport(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	g := w.wiz.general
	old := w.Report().IssueDate
	g.date.SetText("08-11-2017x")
	g.year.SetText("20l6")
	w.wiz.show(StepReview)
	var fields []string
	for _, p := range w.wiz.problems {
		if p.Severity == report.Error {
			fields = append(fields, p.Field)
		}
	}
	if len(fields) != 2 || fields[0] != report.FieldIssueDate || fields[1] != report.FieldYear {
		t.Fatalf("errors for %v, want the date and the year", fields)
	}
	if e, _ := w.wiz.Mark(StepGeneral); e != 2 {
		t.Errorf("step 1 marked with %d errors, want 2", e)
	}
	if w.Report().IssueDate != old {
		t.Errorf("the report's date changed to %v", w.Report().IssueDate)
	}
	exported := false
	w.opts.ExportPDF = func(string, *report.Report, bool) ([]string, error) { exported = true; return nil, nil }
	w.chooseSave = func(_ string, _ []string, cb func(string)) { cb(filepath.Join(t.TempDir(), "x.pdf")) }
	w.Export(exportPDF)
	if exported {
		t.Fatal("exported with a date that is not a date")
	}
	// Corrected, the errors go and export goes ahead.
	g.date.SetText("08/11/2016")
	g.year.SetText("2016")
	w.Export(exportPDF)
	waitFor(t, w, "the export", func() bool { return exported })
	w.wiz.refreshMarks()
	if e, _ := w.wiz.Mark(StepGeneral); e != 0 {
		t.Errorf("step 1 still has %d errors after the fix", e)
	}
}

// TestExportShowsPDFWarnings: a character the fonts lack prints as a box;
// the window says so after the export, not only the command line.
func TestExportShowsPDFWarnings(t *testing.T) {
	opts := realExporters()
	w := newTestWindow(t, opts)
	w.OpenSample()
	w.Report().Achievements.Points[0].Text += " 😀"
	out := filepath.Join(t.TempDir(), "bao-cao.pdf")
	w.chooseSave = func(_ string, _ []string, cb func(string)) { cb(out) }
	done := false
	w.exportDone = func(string, error) { done = true }
	w.Export(exportPDF)
	waitFor(t, w, "the export", func() bool { return done })
	if len(w.lastWarnings) == 0 {
		t.Fatal("no warning shown for a character the fonts lack")
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("the PDF was not written: %v", err)
	}
	if w.win.Canvas().Overlays().Top() == nil {
		t.Error("the warnings are not shown in a dialog")
	}
}

// TestRestoreUntitledKeepsCopy: restoring the copy of a report never
// saved goes on writing to that copy; it is never deleted before a newer
// one exists, and no second copy appears.
func TestRestoreUntitledKeepsCopy(t *testing.T) {
	recDir := filepath.Join(t.TempDir(), "recovery")
	enc, err := recovery.Encode(sample.Report(), "test")
	if err != nil {
		t.Fatal(err)
	}
	name := recovery.Name("", time.Now().Add(-time.Hour))
	if err := recovery.Write(recDir, name, "", enc); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t, Options{RecoveryDir: recDir})
	if len(w.start.restore) != 1 {
		t.Fatalf("start screen offers %d copies", len(w.start.restore))
	}
	written := make(chan error, 4)
	w.writeDone = func(err error) { written <- err }
	test.Tap(w.start.restore[0])
	waitFor(t, w, "the autosave", func() bool { return len(written) > 0 })
	copies, err := recovery.List(recDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(copies) != 1 || filepath.Base(copies[0].File) != name {
		t.Fatalf("copies after restoring: %v, want only %s", copies, name)
	}
}

// TestNoRecoveryFolderIsSaid: without a folder for recovery copies the
// window says at once that autosave is off.
func TestNoRecoveryFolderIsSaid(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.opts.RecoveryDir = ""
	w.recoveryErr = os.ErrPermission
	w.OpenSample()
	if !strings.Contains(w.status, "Ctrl+S") || !strings.Contains(w.status, "tự động") {
		t.Errorf("status without a recovery folder: %q", w.status)
	}
}

// TestTemplateRecipientsAsk: the template's recipients replace a list the
// user wrote only after a yes.
func TestTemplateRecipientsAsk(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.NewFromTemplate(w.cat.Find(sample.TemplateID), 2016)
	c := w.wiz.closing
	c.recipients.SetText("- Ban Dân vận Thành ủy,\n- Lưu.")
	mine := append([]string(nil), w.Report().Recipients...)
	test.Tap(c.fill)
	if w.lastQuestion == nil {
		t.Fatal("the written list was replaced without asking")
	}
	test.Tap(w.lastQuestion.buttons[1]) // Cancel
	if !slices.Equal(w.Report().Recipients, mine) {
		t.Fatalf("Cancel changed the list: %v", w.Report().Recipients)
	}
	test.Tap(c.fill)
	test.Tap(w.lastQuestion.buttons[0]) // Replace
	if slices.Equal(w.Report().Recipients, mine) || len(w.Report().Recipients) == 0 {
		t.Fatalf("Replace kept the list: %v", w.Report().Recipients)
	}
}

// TestSaveAsksWhenChangedElsewhere: a draft changed on disk by another
// program after it was opened is not overwritten unasked.
func TestSaveAsksWhenChangedElsewhere(t *testing.T) {
	w := newTestWindow(t, Options{})
	path := openSaved(t, w)
	test.Type(w.wiz.general.number, "7")
	w.Save(nil) // nothing changed on disk: no question
	if w.lastQuestion != nil {
		t.Fatal("asked although the file was not changed elsewhere")
	}
	// Another program (the command line's import, say) rewrites it.
	other := sample.Report()
	other.Number = "99"
	if err := draft.Save(path, other, "cli"); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(2 * time.Second)
	os.Chtimes(path, future, future)
	test.Type(w.wiz.general.number, "8")
	w.Save(nil)
	if w.lastQuestion == nil {
		t.Fatal("saved over a draft changed elsewhere without asking")
	}
	test.Tap(w.lastQuestion.buttons[2]) // Cancel
	if back, _ := draft.Load(path); back.Number != "99" {
		t.Fatalf("Cancel overwrote the file: number %q", back.Number)
	}
	// "Save as another file…" with the same name still asks.
	w.chooseSave = func(_ string, _ []string, cb func(string)) { cb(path) }
	w.Save(nil)
	test.Tap(w.lastQuestion.buttons[0])
	if w.lastOverwrite == nil {
		t.Fatal("Save as onto the draft changed elsewhere did not ask")
	}
	test.Tap(w.lastOverwrite.Cancel)
	if back, _ := draft.Load(path); back.Number != "99" {
		t.Fatalf("Save as overwrote the file: number %q", back.Number)
	}
	w.Save(nil)
	test.Tap(w.lastQuestion.buttons[1]) // Replace it
	if back, _ := draft.Load(path); back.Number == "99" {
		t.Fatal("Replace did not save")
	}
	w.lastQuestion = nil
	test.Type(w.wiz.general.number, "9")
	w.Save(nil)
	if w.lastQuestion != nil {
		t.Error("asked again after saving")
	}
}
