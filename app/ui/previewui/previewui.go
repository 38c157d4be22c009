// Package previewui is the print preview of the review step: the pages of
// the very PDF that export writes, rasterised by app/preview (PDFium), with
// page thumbnails, one page large, zoom, previous/next, the page count and
// a Print button (app/printing).
//
// Rendering runs off the UI goroutine and refreshes, debounced, when the
// draft changes (Changed); the widget updates itself through fyne.Do.
package previewui

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"baocao/app/appdirs"
	"baocao/app/draft"
	"baocao/app/preview"
	"baocao/app/printing"

	"baocao/app/ui/keys"
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Debounce is how long Changed waits for typing to pause before it
// renders again.
const Debounce = 700 * time.Millisecond

// thumbDPI is the resolution of the thumbnails (A4 is 198×281 px).
const thumbDPI = 24

// zoomLevels are the zoom steps in percent; 100 % shows the page at its
// paper size on a 96 DPI screen.
var zoomLevels = []int{50, 67, 75, 90, 100, 125, 150, 200}

const defaultZoom = 2 // 75 %

// Preview is the print preview widget. Create it with New; use it only
// from the UI goroutine, except Changed, which may be called from any.
type Preview struct {
	render   func() ([]byte, error)
	engine   func() (*preview.Engine, error)
	delay    time.Duration
	printer  printing.Printer
	printDir func() (string, error)
	// printTo, if set, names the printer Print prints on (UI goroutine);
	// "" is the default printer (see SetPrinterName).
	printTo func() string
	// rendered, if set, runs on the UI goroutine after every refresh;
	// largeDone after each page rendered large on its own (tests).
	rendered  func(error)
	largeDone func()
	// printed, if set, runs on the UI goroutine after each Print with the
	// text the preview showed and the error (see OnPrint).
	printed func(msg string, err error)
	// escape, if set, runs when Escape is typed on one of the widget's
	// controls (the print preview dialog closes).
	escape func()

	// Worker side.
	mu      sync.Mutex
	timer   *time.Timer
	kick    chan struct{}
	quit    chan struct{}
	stopped atomic.Bool
	started sync.Once
	want    atomic.Int64 // page the worker renders large
	wantDPI atomic.Int64

	// UI side (UI goroutine only).
	root       *fyne.Container
	bar        *fyne.Container // the toolbar: one row, or two (Narrow)
	status     *widget.Label
	pageLabel  *widget.Label
	zoomLabel  *widget.Label
	prev       *keyButton
	next       *keyButton
	zoomIn     *keyButton
	zoomOut    *keyButton
	printBtn   *keyButton
	thumbs     *thumbList
	page       *canvas.Image
	center     *fyne.Container
	message    *widget.Label
	messageBox *fyne.Container
	scroll     *container.Scroll

	doc       *preview.Document
	gen       uint64
	thumbImgs []image.Image
	current   int
	zoom      int
	selecting bool
}

// New returns a preview whose pages come from render, which must return
// the PDF bytes that export writes (what you see is what prints). render
// is called off the UI goroutine, one call at a time: it must read a
// snapshot of the draft, not the live widgets. The first rendering starts
// at once.
func New(render func() ([]byte, error)) *Preview {
	return newPreview(render, nil)
}

// newPreview is New with a hook to change the defaults before the first
// rendering starts (tests).
func newPreview(render func() ([]byte, error), setup func(*Preview)) *Preview {
	p := &Preview{
		render:   render,
		engine:   sharedEngine,
		delay:    Debounce,
		printDir: defaultPrintDir,
		kick:     make(chan struct{}, 1),
		quit:     make(chan struct{}),
		zoom:     defaultZoom,
	}
	if setup != nil {
		setup(p)
	}
	p.build()
	p.wantDPI.Store(int64(p.dpi()))
	p.start()
	p.kickNow()
	return p
}

// Object returns the widget to place in the window.
func (p *Preview) Object() fyne.CanvasObject { return p.root }

// Changed tells the preview that the draft changed. It renders again once
// no change has come for Debounce, off the UI goroutine.
func (p *Preview) Changed() {
	if p.stopped.Load() {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(p.delay, p.kickNow)
}

// Close stops the background rendering and releases the open document.
// The widget shows nothing new afterwards.
func (p *Preview) Close() {
	if p.stopped.Swap(true) {
		return
	}
	p.mu.Lock()
	if p.timer != nil {
		p.timer.Stop()
	}
	p.mu.Unlock()
	close(p.quit)
	if p.doc != nil {
		p.doc.Close()
		p.doc = nil
	}
}

// Prewarm starts the PDF engine in the background, on a thread of lower
// priority than the window's (preview.Background): the first start after
// installing compiles PDFium, several seconds of processor time, and later
// starts load it from the cache in a fraction of a second. A preview asked
// for meanwhile waits only for the rest of that work. Call it once the
// window is shown; the channel is closed when the engine is ready (or has
// failed: the preview then says why).
func Prewarm() <-chan struct{} {
	done := make(chan struct{})
	preview.Background(func() { sharedEngine() }, done)
	return done
}

// Warm reports whether the shared engine has started (successfully or
// not), so that a preview shown now waits for no compilation.
func Warm() bool {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	return shared.done
}

var shared struct {
	once sync.Once
	e    *preview.Engine
	err  error
	mu   sync.Mutex
	done bool // the engine has started or failed
}

// sharedEngine is the program's one PDF engine, started on first use.
func sharedEngine() (*preview.Engine, error) {
	shared.once.Do(func() {
		shared.e, shared.err = preview.NewEngine(preview.Options{})
		shared.mu.Lock()
		shared.done = true
		shared.mu.Unlock()
	})
	return shared.e, shared.err
}

func defaultPrintDir() (string, error) {
	c, err := appdirs.Cache()
	if err != nil {
		return "", err
	}
	return appdirs.Ensure(filepath.Join(c, "in"), nil)
}

func (p *Preview) kickNow() {
	select {
	case p.kick <- struct{}{}:
	default: // a refresh is already queued; it will see the latest draft
	}
}

func (p *Preview) start() {
	p.started.Do(func() { go p.loop() })
}

func (p *Preview) loop() {
	for {
		select {
		case <-p.quit:
			return
		case <-p.kick:
			p.refresh()
		}
	}
}

// result is what one refresh produced, handed to the UI goroutine.
type result struct {
	doc    *preview.Document
	thumbs []image.Image
	page   int
	large  image.Image
	err    error
}

// refresh renders the draft's PDF and its pages (worker goroutine).
func (p *Preview) refresh() {
	res := p.produce()
	if p.stopped.Load() {
		if res.doc != nil {
			res.doc.Close()
		}
		return
	}
	fyne.Do(func() { p.apply(res) })
}

func (p *Preview) produce() (res result) {
	pdf, err := p.render()
	if err != nil {
		res.err = fmt.Errorf("%s %w", tr("preview.error.render", "Chưa dựng được bản in:"), err)
		return res
	}
	e, err := p.engine()
	if err != nil {
		res.err = err
		return res
	}
	doc, err := e.Open(pdf)
	if err != nil {
		res.err = err
		return res
	}
	n := doc.NumPages()
	if n == 0 {
		doc.Close()
		res.err = fmt.Errorf("%s", tr("preview.error.nopages", "Tệp PDF không có trang nào."))
		return res
	}
	res.thumbs = make([]image.Image, n)
	for i := range n {
		pg, err := doc.Render(i, thumbDPI)
		if err != nil {
			doc.Close()
			res.err = err
			return res
		}
		res.thumbs[i] = pg.Image
	}
	res.page = min(int(p.want.Load()), n-1)
	pg, err := doc.Render(res.page, int(p.wantDPI.Load()))
	if err != nil {
		doc.Close()
		res.err = err
		return res
	}
	res.large = pg.Image
	res.doc = doc
	return res
}

// apply shows a refresh's result (UI goroutine).
func (p *Preview) apply(res result) {
	if p.stopped.Load() {
		if res.doc != nil {
			res.doc.Close()
		}
		return
	}
	if res.err != nil {
		if p.doc == nil {
			p.showMessage(res.err.Error())
		} else {
			p.status.SetText(tr("preview.status.stale", "Bản xem trước chưa cập nhật.") + " " + res.err.Error())
		}
		if p.rendered != nil {
			p.rendered(res.err)
		}
		return
	}
	if p.doc != nil {
		p.doc.Close()
	}
	p.gen++
	p.doc = res.doc
	p.thumbImgs = res.thumbs
	p.current = res.page
	p.page.Image = res.large
	p.resizePage()
	p.status.SetText(tr("preview.status.ready", "Đây là các trang sẽ được in, đúng như tệp PDF xuất ra."))
	p.thumbs.Refresh()
	p.selectThumb(p.current)
	p.updateControls()
	// The first rendering may have run before the widget was on a canvas,
	// at scale 1; sharpen it for this screen.
	if d := p.dpi(); d != int(p.wantDPI.Load()) {
		p.wantDPI.Store(int64(d))
		p.renderLarge()
	}
	if p.rendered != nil {
		p.rendered(nil)
	}
}

func (p *Preview) showMessage(msg string) {
	p.message.SetText(msg)
	p.center.Objects = []fyne.CanvasObject{p.messageBox}
	p.center.Refresh()
	p.status.SetText("")
	p.updateControls()
}

// build makes the widgets (UI goroutine).
func (p *Preview) build() {
	p.status = widget.NewLabel(tr("preview.status.loading", "Đang dựng bản xem trước…"))
	p.status.Wrapping = fyne.TextWrapWord
	p.status.Truncation = fyne.TextTruncateOff
	p.pageLabel = widget.NewLabel("")
	p.zoomLabel = widget.NewLabel("")
	p.prev = p.newButton(tr("preview.prev", "Trang trước"), theme.NavigateBackIcon(), func() { p.GoTo(p.current - 1) })
	p.next = p.newButton(tr("preview.next", "Trang sau"), theme.NavigateNextIcon(), func() { p.GoTo(p.current + 1) })
	p.next.IconPlacement = widget.ButtonIconTrailingText
	p.zoomOut = p.newButton("", theme.ZoomOutIcon(), func() { p.SetZoom(p.zoom - 1) })
	p.zoomIn = p.newButton("", theme.ZoomInIcon(), func() { p.SetZoom(p.zoom + 1) })
	p.printBtn = p.newButton(tr("preview.print", "In…"), theme.DocumentPrintIcon(), p.Print)
	p.printBtn.Importance = widget.HighImportance

	p.page = canvas.NewImageFromImage(nil)
	p.page.FillMode = canvas.ImageFillStretch
	p.page.ScaleMode = canvas.ImageScaleSmooth
	p.message = widget.NewLabel(tr("preview.status.loading", "Đang dựng bản xem trước…"))
	p.message.Wrapping = fyne.TextWrapWord
	p.message.Alignment = fyne.TextAlignCenter
	p.messageBox = container.NewVBox(widthOf(460), p.message)
	p.center = container.NewCenter(p.messageBox)
	paper := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	p.scroll = container.NewScroll(container.NewStack(paper, container.NewPadded(p.center)))

	p.thumbs = &thumbList{p: p}
	p.thumbs.Length = func() int { return len(p.thumbImgs) }
	p.thumbs.CreateItem = func() fyne.CanvasObject {
		img := canvas.NewImageFromImage(nil)
		img.FillMode = canvas.ImageFillContain
		img.ScaleMode = canvas.ImageScaleSmooth
		img.SetMinSize(fyne.NewSize(84, 119))
		n := widget.NewLabel("")
		n.Alignment = fyne.TextAlignCenter
		edge := canvas.NewRectangle(color.Transparent)
		edge.StrokeColor = theme.Color(theme.ColorNameShadow)
		edge.StrokeWidth = 1
		return container.NewBorder(nil, n, nil, nil, container.NewStack(img, edge))
	}
	p.thumbs.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		c := o.(*fyne.Container)
		img := c.Objects[0].(*fyne.Container).Objects[0].(*canvas.Image)
		if id < len(p.thumbImgs) {
			img.Image = p.thumbImgs[id]
		}
		img.Refresh()
		c.Objects[1].(*widget.Label).SetText(fmt.Sprint(id + 1))
	}
	p.thumbs.ExtendBaseWidget(p.thumbs)
	p.thumbs.OnSelected = func(id widget.ListItemID) {
		if !p.selecting {
			p.GoTo(id)
		}
	}

	p.bar = container.NewHBox(
		p.prev, p.pageLabel, p.next,
		widget.NewSeparator(),
		p.zoomOut, p.zoomLabel, p.zoomIn,
		layout.NewSpacer(),
		p.printBtn,
	)
	p.root = container.NewBorder(container.NewVBox(p.bar, p.status), nil, p.thumbs, nil, p.scroll)
	p.updateControls()
}

// Narrow lays the toolbar over two rows (the pages, then the zoom and
// "In…") and wraps a message in a narrower column, so that the preview
// fits beside a form in about 430 units.
func (p *Preview) Narrow() {
	p.messageBox.Objects[0] = widthOf(narrowMessage)
	p.messageBox.Refresh()
	p.bar.Layout = layout.NewVBoxLayout()
	p.bar.Objects = []fyne.CanvasObject{
		container.NewHBox(p.prev, p.pageLabel, p.next),
		container.NewHBox(p.zoomOut, p.zoomLabel, p.zoomIn, layout.NewSpacer(), p.printBtn),
	}
	p.bar.Refresh()
}

// narrowMessage is the width of a message in a Narrow preview: the page
// area beside the thumbnails there is about 280 units wide.
const narrowMessage = 240

// widthOf is an invisible object w units wide (to give wrapped text room).
func widthOf(w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 0))
	return r
}

// resizePage sizes the large page for the zoom (UI goroutine).
func (p *Preview) resizePage() {
	if p.doc == nil {
		return
	}
	s := p.doc.Size(p.current)
	f := float64(zoomLevels[p.zoom]) / 100 * 96 / 72
	sz := fyne.NewSize(float32(math.Round(s.Width*f)), float32(math.Round(s.Height*f)))
	p.page.SetMinSize(sz)
	p.center.Objects = []fyne.CanvasObject{p.page}
	p.center.Refresh()
	p.scroll.Refresh()
	p.page.Refresh()
}

// dpi is the resolution that fills the large page at the current zoom on
// this screen.
func (p *Preview) dpi() int {
	scale := float32(1)
	if c := fyne.CurrentApp(); c != nil {
		if cv := c.Driver().CanvasForObject(p.root); cv != nil {
			scale = cv.Scale()
		}
	}
	d := int(math.Round(96 * float64(zoomLevels[p.zoom]) / 100 * float64(scale)))
	return max(24, min(d, preview.MaxDPI))
}

// NumPages returns the number of pages shown (0 before the first render).
func (p *Preview) NumPages() int { return len(p.thumbImgs) }

// Current returns the zero-based index of the large page.
func (p *Preview) Current() int { return p.current }

// GoTo shows page i (zero-based) large.
func (p *Preview) GoTo(i int) {
	if p.doc == nil || i < 0 || i >= p.doc.NumPages() {
		return
	}
	if i != p.current {
		p.scroll.ScrollToTop()
	}
	p.current = i
	p.want.Store(int64(i))
	p.selectThumb(i)
	p.updateControls()
	p.renderLarge()
}

// SetZoom selects zoom step z (an index into the zoom levels).
func (p *Preview) SetZoom(z int) {
	if z < 0 || z >= len(zoomLevels) || z == p.zoom {
		return
	}
	p.zoom = z
	p.wantDPI.Store(int64(p.dpi()))
	p.updateControls()
	if p.doc != nil {
		p.resizePage()
		p.renderLarge()
	}
}

// renderLarge renders the current page at the zoom's resolution in the
// background; the scaled old image shows meanwhile.
func (p *Preview) renderLarge() {
	doc, gen, i, dpi := p.doc, p.gen, p.current, p.dpi()
	p.resizePage()
	go func() {
		pg, err := doc.Render(i, dpi)
		fyne.Do(func() {
			if p.largeDone != nil {
				defer p.largeDone()
			}
			if p.stopped.Load() || gen != p.gen || i != p.current {
				return
			}
			if err != nil {
				p.status.SetText(err.Error())
				return
			}
			p.page.Image = pg.Image
			p.page.Refresh()
		})
	}()
}

func (p *Preview) selectThumb(i int) {
	p.selecting = true
	p.thumbs.Select(i)
	p.thumbs.ScrollTo(i)
	p.selecting = false
}

func (p *Preview) updateControls() {
	n := 0
	if p.doc != nil {
		n = p.doc.NumPages()
	}
	if n == 0 {
		p.pageLabel.SetText(tr("preview.nopage", "Chưa có trang"))
	} else {
		p.pageLabel.SetText(tr("preview.page", "Trang {{.Page}}/{{.Pages}}",
			map[string]any{"Page": p.current + 1, "Pages": n}))
	}
	p.zoomLabel.SetText(fmt.Sprintf("%d %%", zoomLevels[p.zoom]))
	enable(p.prev, n > 0 && p.current > 0)
	enable(p.next, n > 0 && p.current < n-1)
	enable(p.zoomOut, p.zoom > 0)
	enable(p.zoomIn, p.zoom < len(zoomLevels)-1)
	enable(p.printBtn, n > 0)
}

// OnEscape sets f to run when Escape is typed while one of the preview's
// controls has the keyboard (the print preview dialog closes then).
func (p *Preview) OnEscape(f func()) { p.escape = f }

// keyButton is a toolbar button that passes Escape on to OnEscape and
// presses itself on Enter, as the buttons of dialogs do.
type keyButton struct {
	widget.Button
	p *Preview
}

func (p *Preview) newButton(label string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{p: p}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey implements fyne.Focusable.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		if b.p.escape != nil {
			b.p.escape()
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
	default:
		b.Button.TypedKey(ev)
	}
}

// thumbList is the list of page thumbnails; Escape on it goes to
// OnEscape too.
type thumbList struct {
	widget.List
	p *Preview
}

// TypedKey implements fyne.Focusable.
func (l *thumbList) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		if l.p.escape != nil {
			l.p.escape()
		}
		return
	}
	l.List.TypedKey(ev)
}

func enable(b *keyButton, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// OnPrint sets f to run on the UI goroutine after each Print, with the
// text shown under the toolbar and the error (nil when the report went to
// the printer or a viewer), so that the window can repeat it in its status
// line.
func (p *Preview) OnPrint(f func(msg string, err error)) { p.printed = f }

// SetPrinter changes how Print prints and where it writes the PDF it
// prints (tests; the default is the system's printer and the program's
// cache folder).
func (p *Preview) SetPrinter(pr printing.Printer, dir string) {
	p.printer = pr
	p.printDir = func() (string, error) { return dir, nil }
}

// SetPrinterName makes Print print on the printer name returns when Print
// is pressed (called on the UI goroutine), as the system spells it; ""
// is the default printer. The certificates tab passes the printer chosen
// there, whose offsets the pages carry.
func (p *Preview) SetPrinterName(name func() string) { p.printTo = name }

// CanPrint reports whether Print may be used now (pages are shown and no
// print is under way).
func (p *Preview) CanPrint() bool { return !p.printBtn.Disabled() }

// PrintButton returns the "In…" button (tests, and the window's keyboard
// handling).
func (p *Preview) PrintButton() *widget.Button { return &p.printBtn.Button }

// Print renders the draft's PDF afresh, writes it to the program's print
// folder and prints it (app/printing), then says what happened in a
// dialog. A machine without a printing service gets one sentence under
// the toolbar instead: there is nothing to retry. It runs in the
// background.
func (p *Preview) Print() {
	if !p.CanPrint() {
		return
	}
	p.printBtn.Disable()
	p.status.SetText(tr("preview.print.working", "Đang gửi báo cáo tới máy in…"))
	name := ""
	if p.printTo != nil {
		name = p.printTo()
	}
	go func() {
		msg, err := p.printNow(name)
		fyne.Do(func() { p.printDone(msg, err) })
	}()
}

// printDone shows the outcome of Print (UI goroutine).
func (p *Preview) printDone(msg string, err error) {
	p.updateControls()
	if p.printed != nil {
		defer func() { p.printed(p.status.Text, err) }()
	}
	switch {
	case errors.Is(err, printing.ErrNoPrintService):
		p.status.SetText(tr("preview.print.noservice", "Máy chưa cài dịch vụ in: hãy xuất PDF rồi in từ trình đọc PDF."))
	case err != nil:
		p.status.SetText(err.Error())
		if w := p.window(); w != nil {
			keys.ShowError(err, w)
		}
	default:
		p.status.SetText(msg)
		if w := p.window(); w != nil {
			keys.ShowInformation(tr("preview.print.title", "In báo cáo"), msg, w)
		}
	}
}

// printNow does the work of Print on printer name, "" the default
// (worker goroutine).
func (p *Preview) printNow(name string) (string, error) {
	pdf, err := p.render()
	if err != nil {
		return "", fmt.Errorf("%s %w", tr("preview.error.render", "Chưa dựng được bản in:"), err)
	}
	dir, err := p.printDir()
	if err != nil {
		return "", err
	}
	cleanOld(dir, 24*time.Hour)
	file := "Bao-cao-dan-van-" + time.Now().Format("20060102-150405") + ".pdf"
	path := filepath.Join(dir, file)
	if err := draft.WriteFileAtomic(path, pdf, false); err != nil {
		return "", fmt.Errorf("không ghi được tệp PDF để in vào %s: %w", dir, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := p.printer.PrintTo(ctx, path, name)
	if err != nil {
		return "", err
	}
	return res.Message, nil
}

// cleanOld removes the print copies older than age (they are only needed
// while the printer or viewer reads them).
func cleanOld(dir string, age time.Duration) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasPrefix(e.Name(), "Bao-cao-dan-van-") || !strings.HasSuffix(e.Name(), ".pdf") {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > age {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// window finds the window that shows the widget, for dialogs.
func (p *Preview) window() fyne.Window {
	a := fyne.CurrentApp()
	if a == nil {
		return nil
	}
	c := a.Driver().CanvasForObject(p.root)
	for _, w := range a.Driver().AllWindows() {
		if w.Canvas() == c {
			return w
		}
	}
	return nil
}
