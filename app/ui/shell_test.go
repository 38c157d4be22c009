package ui

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/draft"
	"baocao/app/pdf"
	"baocao/app/printing"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/app/ui/honoreesui"
	"baocao/app/ui/keys"
	"baocao/app/ui/savefile"
	"baocao/app/ui/vnentry"
)

// shellShotsEnv names a folder where the tests of this file write their
// screenshots (to look at them); unset, they go to a temporary folder.
const shellShotsEnv = "BAOCAO_SHELL_SHOTS"

func shot(t *testing.T, w *Window, name string) {
	t.Helper()
	dir := os.Getenv(shellShotsEnv)
	if dir == "" {
		dir = t.TempDir()
	}
	capture(t, w, filepath.Join(dir, name+".png"))
}

// previewOptions are the real exporters and the real print preview.
func previewOptions() Options {
	opts := realExporters()
	opts.RenderPDF = func(r *report.Report, draft bool) ([]byte, error) {
		var buf bytes.Buffer
		_, err := pdf.Render(r, &buf, pdf.Options{Draft: draft})
		return buf.Bytes(), err
	}
	return opts
}

// pressKey types a key the way the driver routes it: to the focused
// widget, or to the canvas when none has the focus.
func pressKey(w *Window, k fyne.KeyName) {
	c := w.win.Canvas()
	ev := &fyne.KeyEvent{Name: k}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// fakeLP is the outside world of printing: a machine with or without CUPS.
type fakeLP struct {
	mu   sync.Mutex
	lp   bool
	cmds [][]string
}

func (f *fakeLP) LookPath(file string) (string, error) {
	if file == "lp" && f.lp || file == "xdg-open" {
		return "/usr/bin/" + file, nil
	}
	return "", errors.New("not found")
}

func (f *fakeLP) Run(_ context.Context, name string, args ...string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.cmds = append(f.cmds, append([]string{name}, args...))
	return []byte("request id is Laser-7 (1 file(s))"), nil
}

func (f *fakeLP) ShellExecute(string, string) error { return errors.New("not Windows") }

func (f *fakeLP) commands() [][]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([][]string(nil), f.cmds...)
}

// openPrintPreview presses Ctrl+P and waits for the pages.
func openPrintPreview(t *testing.T, w *Window) *printDialog {
	t.Helper()
	before := w.lastPrint
	shortcut(w, shortcutPrint)
	pd := w.lastPrint
	if pd == nil || pd == before {
		t.Fatal("Ctrl+P opened no print preview")
	}
	if top := w.win.Canvas().Overlays().Top(); top == nil {
		t.Fatal("the print preview is not on screen")
	}
	waitFor(t, w, "the pages of the print preview", func() bool { return pd.p.NumPages() > 0 && pd.p.CanPrint() })
	return pd
}

// TestCtrlPOpensPrintPreview: Ctrl+P opens the print preview over the
// window (it exported a PDF before), its "In…" is the highlighted default,
// and Escape closes it. The menu says so.
func TestCtrlPOpensPrintPreview(t *testing.T) {
	w := newTestWindow(t, previewOptions())
	w.chooseSave = func(string, []string, func(string)) { t.Error("Ctrl+P asked where to export a file") }
	shortcut(w, shortcutPrint) // the start screen: nothing to print
	if w.lastPrint != nil || w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Ctrl+P on the start screen opened something")
	}
	w.OpenSample()
	pd := openPrintPreview(t, w)
	if pd.p.NumPages() < 2 {
		t.Errorf("the preview shows %d pages of the sample", pd.p.NumPages())
	}
	if b := pd.p.PrintButton(); b.Importance != widget.HighImportance || b.Disabled() {
		t.Errorf("“%s” is not the highlighted default (importance %v, disabled %v)", b.Text, b.Importance, b.Disabled())
	}
	shot(t, w, "print-preview-vi")

	// Another Ctrl+P while it is open opens no second one.
	shortcut(w, shortcutPrint)
	if w.lastPrint != pd || len(w.win.Canvas().Overlays().List()) != 1 {
		t.Errorf("a second Ctrl+P stacked another dialog (%d overlays)", len(w.win.Canvas().Overlays().List()))
	}
	pressKey(w, fyne.KeyEscape)
	if top := w.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("Escape left %T on screen", top)
	}

	var print, export *fyne.MenuItem
	for _, it := range w.win.MainMenu().Items[0].Items {
		switch it.Label {
		case "Xem trước và in…":
			print = it
		case "Xuất PDF…":
			export = it
		}
	}
	if print == nil || print.Shortcut != shortcutPrint {
		t.Errorf("File › Xem trước và in… lacks Ctrl+P: %+v", print)
	}
	if export == nil || export.Shortcut != nil {
		t.Errorf("File › Xuất PDF… should keep no shortcut: %+v", export)
	}
}

// TestEnterPrints: Enter in the print preview prints (the default
// button), and the status line says what happened.
func TestEnterPrints(t *testing.T) {
	w := newTestWindow(t, previewOptions())
	lp := &fakeLP{lp: true}
	w.printer = &testPrinter{printing.Printer{GOOS: "linux", Runner: lp}, t.TempDir()}
	w.OpenSample()
	openPrintPreview(t, w)
	pressKey(w, fyne.KeyEnter)
	waitFor(t, w, "the print", func() bool {
		return len(lp.commands()) > 0 && strings.Contains(w.status, "Đã gửi báo cáo tới máy in")
	})
	if cmd := lp.commands()[0]; cmd[0] != "/usr/bin/lp" || !strings.HasSuffix(cmd[len(cmd)-1], ".pdf") {
		t.Errorf("printed with %q", cmd)
	}
}

// TestNoPrintService: on a machine without a printing system the print
// preview says so in one sentence with the way out, in the status line
// too, and the status line drops it after the next thing that works.
func TestNoPrintService(t *testing.T) {
	const want = "Máy chưa cài dịch vụ in: hãy xuất PDF rồi in từ trình đọc PDF."
	for _, tc := range []struct {
		name   string
		action func(w *Window)
	}{
		{"an edit", func(w *Window) {
			w.Report().Summary += " (sửa)"
			w.changed()
		}},
		{"another step", func(w *Window) { w.wiz.show(StepAchievements) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newTestWindow(t, previewOptions())
			lp := &fakeLP{}
			w.printer = &testPrinter{printing.Printer{GOOS: "linux", Runner: lp}, t.TempDir()}
			w.OpenSample()
			w.wiz.show(StepClosing)
			pd := openPrintPreview(t, w)
			test.Tap(pd.p.PrintButton())
			waitFor(t, w, "the message", func() bool { return w.status == want })
			if w.wiz.status.Text != want {
				t.Errorf("status line %q", w.wiz.status.Text)
			}
			if n := len(w.win.Canvas().Overlays().List()); n != 1 {
				t.Errorf("%d overlays: the sentence needs no dialog", n)
			}
			if len(lp.commands()) != 0 {
				t.Errorf("ran %q on a machine that cannot print", lp.commands())
			}
			shot(t, w, "print-no-service")
			pressKey(w, fyne.KeyEscape)
			if w.status != want {
				t.Errorf("closing the preview dropped the message already: %q", w.status)
			}
			tc.action(w)
			if w.status != "" || w.wiz.status.Text != "" {
				t.Errorf("after %s the status line still says %q", tc.name, w.wiz.status.Text)
			}
		})
	}
	// Any other message replaces it as well, and is not cleared by the
	// next action.
	w := newTestWindow(t, Options{})
	w.OpenSample()
	w.setStatusUntilAction(want)
	w.setStatus("Đã lưu.")
	w.changed()
	if w.status != "Đã lưu." {
		t.Errorf("an ordinary message was cleared: %q", w.status)
	}
}

// TestEscapeClosesDialogs opens every kind of dialog the window shows
// and presses Escape, with nothing focused and, for the window's own
// dialogs, after Tab put the focus on a button. Escape must close the
// dialog without doing what it asks.
func TestEscapeClosesDialogs(t *testing.T) {
	for _, tc := range []struct {
		name string
		open func(t *testing.T, w *Window)
		tab  bool // Tab to a button first
		// stays counts the dialogs under the one Escape closes
		stays int
		// after checks that Escape cancelled (optional)
		after func(t *testing.T, w *Window)
	}{
		{name: "unsaved changes", tab: true, open: func(t *testing.T, w *Window) { w.NewReport() },
			after: func(t *testing.T, w *Window) {
				if w.Report() == nil {
					t.Error("Escape discarded the report")
				}
			}},
		{name: "about", tab: true, open: func(t *testing.T, w *Window) { w.About() }},
		{name: "language", tab: true, open: func(t *testing.T, w *Window) { w.chooseLanguage() },
			after: func(t *testing.T, w *Window) {
				if lang.L("Save") != "Lưu" {
					t.Error("Escape changed the language")
				}
			}},
		{name: "yes or no", tab: true, open: func(t *testing.T, w *Window) {
			w.askYesNo("Xóa?", "Xóa bản sao?", func() { t.Error("Escape answered yes") })
		}},
		{name: "print preview", tab: true, open: func(t *testing.T, w *Window) { openPrintPreview(t, w) }},
		{name: "error", open: func(t *testing.T, w *Window) { w.showError(errors.New("không đọc được tệp")) }},
		{name: "message", tab: true, open: func(t *testing.T, w *Window) { w.showMessage("Tin", "Nội dung", nil) }},
		{name: "suggested phrases", open: func(t *testing.T, w *Window) {
			w.wiz.show(StepAchievements)
			b := w.wiz.sections[0].Widgets().Suggestions
			if b.Disabled() {
				t.Skip("the sample's template has no suggested phrases")
			}
			test.Tap(b)
		}},
		{name: "replace the file", open: func(t *testing.T, w *Window) {
			path := filepath.Join(t.TempDir(), "có sẵn.pdf")
			os.WriteFile(path, []byte("x"), 0o600)
			savefile.AskOverwrite(w.win, path, func() { t.Error("Escape replaced the file") })
		}},
		{name: "Fyne confirm", open: func(t *testing.T, w *Window) {
			dialog.NewConfirm("?", "?", func(ok bool) {
				if ok {
					t.Error("Escape confirmed")
				}
			}, w.win).Show()
		}},
		{name: "form with the cursor in a field", open: func(t *testing.T, w *Window) {
			// As the honoree form opens: a Fyne form, the cursor in its first field.
			name := vnentry.New()
			dialog.NewForm("Sửa", "Lưu", "Hủy", []*widget.FormItem{widget.NewFormItem("Họ và tên", name)},
				func(ok bool) {
					if ok {
						t.Error("Escape saved the form")
					}
				}, w.win).Show()
			w.win.Canvas().Focus(name)
			if w.win.Canvas().Focused() != name {
				t.Fatal("the field has no cursor")
			}
		}},
		{name: "Fyne information", open: func(t *testing.T, w *Window) { dialog.ShowInformation("Xong", "Đã in.", w.win) }},
		{name: "open a draft", open: func(t *testing.T, w *Window) { w.dialogOpen(func(string) { t.Error("Escape opened a file") }) }},
		{name: "open a draft, after a click on a place", open: func(t *testing.T, w *Window) {
			w.dialogOpen(func(string) { t.Error("Escape opened a file") })
			places := placesList(t, w)
			// What a click on a place does: the list takes the focus, then the place.
			w.win.Canvas().Focus(places)
			places.Select(1) // Máy tính: another place than the one shown
		}},
		{name: "save the draft, cursor in the name", tab: true, open: func(t *testing.T, w *Window) {
			w.dialogSave("báo cáo"+draft.Extension, []string{draft.Extension}, func(string) { t.Error("Escape saved") })
			if _, ok := w.win.Canvas().Focused().(*vnentry.Entry); !ok {
				t.Fatalf("the cursor is in %T, not in the file name", w.win.Canvas().Focused())
			}
		}},
		{name: "new folder, cursor in its name", stays: 1, open: func(t *testing.T, w *Window) {
			w.dialogOpen(func(string) {})
			test.Tap(iconButton(t, w, theme.FolderNewIcon()))
			if _, ok := w.win.Canvas().Focused().(*vnentry.Entry); !ok {
				t.Fatalf("the cursor is in %T, not in the folder's name", w.win.Canvas().Focused())
			}
		}},
		{name: "honoree import, after choosing in a menu", open: func(t *testing.T, w *Window) {
			openImport(t, w)
			var kind *keys.Select
			visitAll(w.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
				if s, ok := o.(*keys.Select); ok && kind == nil {
					kind = s
				}
			})
			if kind == nil {
				t.Fatal("no menu of the rows' kind in the import dialog")
			}
			// A click opens the menu; Down and Enter choose in it, as the mouse would.
			test.Tap(kind)
			before := kind.Selected
			pressKey(w, fyne.KeyDown)
			pressKey(w, fyne.KeyDown)
			pressKey(w, fyne.KeyReturn)
			if _, menu := w.win.Canvas().Overlays().Top().(*widget.PopUpMenu); menu || kind.Selected == before {
				t.Fatalf("the menu was not used: %q → %q, menu still open %v", before, kind.Selected, menu)
			}
			if w.win.Canvas().Focused() != kind {
				t.Fatalf("the focus is on %T after the menu, not on the menu's field", w.win.Canvas().Focused())
			}
		}},
		{name: "honoree import", open: openImport, after: func(t *testing.T, w *Window) {
			if len(w.Report().Honorees.Individuals) != len(sample.Report().Honorees.Individuals) {
				t.Error("Escape imported the rows")
			}
		}},
	} {
		for _, tab := range []bool{false, true} {
			if tab && !tc.tab {
				continue
			}
			name := tc.name
			if tab {
				name += ", after Tab"
			}
			t.Run(name, func(t *testing.T) {
				w := newTestWindow(t, previewOptions())
				w.OpenSample()
				tc.open(t, w)
				c := w.win.Canvas()
				if c.Overlays().Top() == nil {
					t.Fatal("no dialog opened")
				}
				if tab {
					c.FocusNext()
					if c.Focused() == nil {
						t.Fatal("Tab focused nothing in the dialog")
					}
				}
				pressKey(w, fyne.KeyEscape)
				if n := len(c.Overlays().List()); n != tc.stays {
					t.Fatalf("Escape (focus on %T) left %d dialogs (%T on top) on screen, want %d", c.Focused(), n, c.Overlays().Top(), tc.stays)
				}
				if tc.after != nil {
					tc.after(t, w)
				}
			})
		}
	}
}

// openImport opens the honoree import dialog on the sample's list.
func openImport(t *testing.T, w *Window) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "danh sách.xlsx")
	if err := realExporters().ExportXLSX(path, sample.Report(), false); err != nil {
		t.Fatal(err)
	}
	w.wiz.show(StepHonorees)
	v, ok := w.wiz.honorees.(*honoreesui.View)
	if !ok {
		t.Skip("the honorees step is not a honoreesui.View")
	}
	var read atomic.Bool
	v.AfterRead(func() { read.Store(true) })
	v.ImportFile(path)
	waitFor(t, w, "the import dialog", func() bool {
		top := w.win.Canvas().Overlays().Top()
		return read.Load() && top != nil && cancelButton(top) != nil
	})
}

// placesList is the list of places in the file dialog on top.
func placesList(t *testing.T, w *Window) *widget.List {
	t.Helper()
	var places *widget.List
	visitAll(w.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if sp, ok := o.(*container.Split); ok && places == nil {
			places, _ = sp.Leading.(*widget.List)
		}
	})
	if places == nil {
		t.Fatal("no list of places in the file dialog")
	}
	return places
}

// TestEscapeWhateverHasFocus: in the honoree import dialog, Escape closes
// the dialog whichever widget Tab has put the focus on (its fields, menus,
// tables, checkboxes and buttons), and after a click in the sheet's grid.
// Each widget in turn gets Escape and must pass it on (to the window's
// handler, recorded here); then Escape on the last one closes the dialog.
func TestEscapeWhateverHasFocus(t *testing.T) {
	w := newTestWindow(t, previewOptions())
	w.OpenSample()
	openImport(t, w)
	c := w.win.Canvas()

	passed := 0
	keysEscape, entryEscape := keys.OnEscape, vnentry.OnEscape
	keys.OnEscape = func(fyne.Canvas) { passed++ }
	vnentry.OnEscape = func(*vnentry.Entry) { passed++ }
	restore := func() { keys.OnEscape, vnentry.OnEscape = keysEscape, entryEscape }
	defer restore()

	c.FocusNext()
	first, n := c.Focused(), 0
	for f := first; n == 0 || f != first; f = c.Focused() {
		n++
		if n > 80 {
			t.Fatal("Tab never came back to the first widget")
		}
		before := passed
		pressKey(w, fyne.KeyEscape)
		if passed != before+1 {
			t.Errorf("Escape with the focus on %T (Tab %d) was kept by the widget", f, n)
		}
		c.FocusNext()
	}
	if n < 6 {
		t.Fatalf("only %d widgets take the focus in the import dialog", n)
	}

	var grid *keys.Table
	visitAll(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if g, ok := o.(*keys.Table); ok && grid == nil {
			grid = g
		}
	})
	if grid == nil {
		t.Fatal("no table in the import dialog")
	}
	restore()
	c.Focus(grid) // as a click on a cell does
	pressKey(w, fyne.KeyEscape)
	if top := c.Overlays().Top(); top != nil {
		t.Error("Escape after a click in the grid left the dialog on screen")
	}
}

// TestEnterAnswersQuestion: Enter in a question takes the highlighted
// answer, as the keyboard user expects.
func TestEnterAnswersQuestion(t *testing.T) {
	w := newTestWindow(t, Options{})
	yes := false
	w.askYesNo("Xóa?", "Xóa bản sao?", func() { yes = true })
	pressKey(w, fyne.KeyReturn)
	if !yes || w.win.Canvas().Overlays().Top() != nil {
		t.Errorf("Enter: yes %v, dialog still open %v", yes, w.win.Canvas().Overlays().Top() != nil)
	}
}

// TestStatusAfterLanguageSwitch: the status line speaks the new language
// after a switch, never the old one's last message.
func TestStatusAfterLanguageSwitch(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	w.setStatus(lang.L("Recovery copy saved at {{.Time}}.", map[string]any{"Time": "10:00:00"}))
	if !strings.Contains(w.wiz.status.Text, "10:00:00") {
		t.Fatalf("status %q", w.wiz.status.Text)
	}
	w.chooseLanguage()
	test.Tap(w.lastQuestion.buttons[1]) // English
	if lang.L("Save") != "Save" {
		t.Fatal("the window is not in English")
	}
	if got := w.wiz.status.Text; got != "The window is now in English." || w.status != got {
		t.Errorf("status after the switch to English: %q", got)
	}
	shot(t, w, "language-en")
	w.SetLanguage(LangVietnamese)
	if got := w.wiz.status.Text; got != "Cửa sổ đã chuyển sang tiếng Việt." {
		t.Errorf("status after the switch back: %q", got)
	}
}

// leadingWidth lays the window out afresh and returns the width of the
// left side of split.
func leadingWidth(w *Window, split *container.Split) float32 {
	sz := w.win.Canvas().Size()
	w.win.Resize(sz.AddWidthHeight(1, 0))
	w.win.Resize(sz)
	w.win.Content().Refresh()
	return split.Leading.Size().Width
}

// TestDividerStaysAfterExport: exporting shows the file and two buttons
// under the export buttons; the divider beside the preview must not move,
// even for a long file name, in both languages.
func TestDividerStaysAfterExport(t *testing.T) {
	for _, code := range []string{LangVietnamese, LangEnglish} {
		t.Run(code, func(t *testing.T) {
			w := newTestWindow(t, realExporters())
			w.SetLanguage(code)
			w.OpenSample()
			w.wiz.show(StepReview)
			split := w.wiz.review.obj.(*container.Split)
			before := leadingWidth(w, split)
			out := filepath.Join(t.TempDir(), "Báo cáo tổng kết công tác dân vận năm 2016 của Đảng ủy Sở Văn hóa và Thể thao.pdf")
			w.chooseSave = func(_ string, _ []string, cb func(string)) { cb(out) }
			done := make(chan error, 1)
			w.exportDone = func(_ string, err error) { done <- err }
			w.Export(exportPDF)
			var err error
			waitFor(t, w, "the export", func() bool {
				select {
				case err = <-done:
					return true
				default:
					return false
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			if !w.wiz.review.result.Visible() {
				t.Fatal("the export's result is not shown")
			}
			if after := leadingWidth(w, split); after != before {
				t.Errorf("the divider moved from %v to %v after the export", before, after)
			}
			shot(t, w, "review-after-export-"+code)
		})
	}
}

// TestTypingSwitchKeepsLayout: flipping the V/E switch moves nothing in
// the toolbar (V is wider than E).
func TestTypingSwitchKeepsLayout(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	d := fyne.CurrentApp().Driver()
	tb := w.wiz.typing
	where := func() (fyne.Position, fyne.Size, fyne.Position) {
		w.win.Content().Refresh()
		return d.AbsolutePositionForObject(tb.method), tb.toggle.Size(), d.AbsolutePositionForObject(tb.style)
	}
	m0, s0, st0 := where()
	for i := range 2 {
		w.ToggleTyping()
		m, s, st := where()
		if m != m0 || s != s0 || st != st0 {
			t.Errorf("after %d flips (%q): method at %v, switch %v, style at %v; before %v, %v, %v",
				i+1, tb.toggle.Text, m, s, st, m0, s0, st0)
		}
	}
	if v, e := widget.NewButton("V", nil).MinSize(), widget.NewButton("E", nil).MinSize(); v == e {
		t.Logf("V and E buttons are the same size here (%v): the check proves less", v)
	}
}

// TestRemovePointSaysSoWithUndo: removing a point says so in the status
// line with the way back, and the Undo button and Ctrl+Z both bring it
// back.
func TestRemovePointSaysSoWithUndo(t *testing.T) {
	w := newTestWindow(t, Options{})
	w.OpenSample()
	w.wiz.show(StepAchievements)
	ed := w.wiz.sections[0]
	wd := ed.Widgets()
	sec := &w.Report().Achievements
	orig := append([]report.Point(nil), sec.Points...)
	if wd.Undo.Text != "Hoàn tác" {
		t.Errorf("the undo button says %q, as the honorees step says “Hoàn tác”", wd.Undo.Text)
	}
	for _, how := range []string{"button", "Ctrl+Z"} {
		ed.Select(1)
		test.Tap(wd.Remove)
		if len(sec.Points) != len(orig)-1 {
			t.Fatalf("%d points after the removal", len(sec.Points))
		}
		name := orig[1].Heading
		if !strings.HasPrefix(w.status, "Đã xóa ý 2; bấm “Hoàn tác” (Ctrl+Z) nếu xóa nhầm: “"+name[:10]) {
			t.Errorf("status after the removal: %q", w.status)
		}
		if w.wiz.status.Text != w.status {
			t.Errorf("status line %q", w.wiz.status.Text)
		}
		if w.win.Canvas().Focused() != wd.Undo {
			t.Errorf("the keyboard is on %T, not on the Undo button", w.win.Canvas().Focused())
		}
		shot(t, w, "point-removed")
		if how == "button" {
			test.Tap(wd.Undo)
		} else {
			shortcut(w, &fyne.ShortcutUndo{})
		}
		if len(sec.Points) != len(orig) || sec.Points[1] != orig[1] {
			t.Fatalf("%s did not bring point 2 back", how)
		}
		if !strings.HasPrefix(w.status, "Đã khôi phục ý 2: “"+name[:10]) {
			t.Errorf("status after %s: %q", how, w.status)
		}
	}
	// Ctrl+Z on a step without a removal does nothing.
	w.wiz.show(StepGeneral)
	shortcut(w, &fyne.ShortcutUndo{})
	if len(sec.Points) != len(orig) {
		t.Error("Ctrl+Z on another step changed the points")
	}
}

// TestWarmupStartsWhenShown: the PDF engine's warm-up starts once the
// window is shown (the app's started event), not before, and only when
// there is a preview to warm up for.
func TestWarmupStartsWhenShown(t *testing.T) {
	type starter interface{ OnStarted() func() }
	w := newTestWindow(t, previewOptions())
	called := make(chan struct{}, 1)
	w.warmup = func() { called <- struct{}{} }
	started, ok := w.app.Lifecycle().(starter)
	if !ok || started.OnStarted() == nil {
		t.Fatal("the window registers nothing for when it is shown")
	}
	select {
	case <-called:
		t.Fatal("the warm-up ran before the window was shown")
	case <-time.After(2 * warmupDelay):
	}
	started.OnStarted()()
	select {
	case <-called:
	case <-time.After(10 * time.Second):
		t.Fatal("the warm-up did not start after the window was shown")
	}

	w2 := newTestWindow(t, Options{})
	if s, ok := w2.app.Lifecycle().(starter); ok && s.OnStarted() != nil {
		t.Error("a window without a preview warms up the PDF engine")
	}
}
