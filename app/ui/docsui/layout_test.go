package docsui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// placed is an object of the screen with its rectangle on the canvas,
// and the part of it in sight (clipped by the scrolls it is in).
type placed struct {
	o           fyne.CanvasObject
	pos, end    fyne.Position
	seen, seen2 fyne.Position
}

func (p placed) contains(q placed) bool {
	const eps = 0.5
	return q.pos.X >= p.pos.X-eps && q.pos.Y >= p.pos.Y-eps && q.end.X <= p.end.X+eps && q.end.Y <= p.end.Y+eps
}

func (p placed) overlaps(q placed) bool {
	const eps = 1
	return p.seen.X < q.seen2.X-eps && q.seen.X < p.seen2.X-eps && p.seen.Y < q.seen2.Y-eps && q.seen.Y < p.seen2.Y-eps
}

func (p placed) String() string {
	return fmt.Sprintf("%T %q at (%.0f,%.0f)–(%.0f,%.0f)", p.o, textOf(p.o), p.pos.X, p.pos.Y, p.end.X, p.end.Y)
}

func textOf(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *widget.Label:
		return x.Text
	case *canvas.Text:
		return x.Text
	case *vnentry.Entry:
		return x.Text
	case *keys.Check:
		return x.Text
	case *keys.Button:
		return x.Text
	}
	return ""
}

// leaves walks o as the driver draws it and returns the visible labels,
// texts, fields, ticks, lists and buttons (not what they hold), with
// their rectangles on the canvas, and the scrolls met on the way; what
// a scroll hides is left out.
func leaves(o fyne.CanvasObject, at fyne.Position) (out []placed, scrolls []placed) {
	return leavesIn(o, at, fyne.NewPos(-1e6, -1e6), fyne.NewPos(1e6, 1e6))
}

func leavesIn(o fyne.CanvasObject, at, clip, clip2 fyne.Position) (out []placed, scrolls []placed) {
	if !o.Visible() || o.Size().IsZero() {
		return nil, nil
	}
	pos := at.Add(o.Position())
	p := placed{o: o, pos: pos, end: pos.Add(fyne.NewPos(o.Size().Width, o.Size().Height))}
	p.seen = fyne.NewPos(max(p.pos.X, clip.X), max(p.pos.Y, clip.Y))
	p.seen2 = fyne.NewPos(min(p.end.X, clip2.X), min(p.end.Y, clip2.Y))
	if p.seen.X >= p.seen2.X || p.seen.Y >= p.seen2.Y {
		return nil, nil // scrolled out of sight
	}
	var children []fyne.CanvasObject
	switch x := o.(type) {
	case *widget.Label:
		if x.Text != "" {
			out = append(out, p)
		}
		return
	case *canvas.Text:
		if x.Text != "" {
			out = append(out, p)
		}
		return
	case *vnentry.Entry, *keys.Check, *keys.Button, *keys.Select, *widget.List, *widget.Button:
		return append(out, p), nil
	case *container.Scroll:
		scrolls = append(scrolls, p)
		children = []fyne.CanvasObject{x.Content}
		clip, clip2 = p.seen, p.seen2
	case *fyne.Container:
		children = x.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(x).Objects()
	}
	for _, c := range children {
		l, s := leavesIn(c, pos, clip, clip2)
		out, scrolls = append(out, l...), append(scrolls, s...)
	}
	return out, scrolls
}

// find returns o's rectangle among ps.
func find(t *testing.T, ps []placed, o fyne.CanvasObject) placed {
	t.Helper()
	for _, p := range ps {
		if p.o == o {
			return p
		}
	}
	t.Fatalf("%T %q is not on the screen", o, textOf(o))
	return placed{}
}

// topScrollable is what the driver gives the mouse wheel at pos: the
// last scrollable object drawn there.
func topScrollable(o fyne.CanvasObject, at, pos fyne.Position) fyne.Scrollable {
	if !o.Visible() {
		return nil
	}
	p := at.Add(o.Position())
	if pos.X < p.X || pos.Y < p.Y || pos.X >= p.X+o.Size().Width || pos.Y >= p.Y+o.Size().Height {
		return nil
	}
	var found fyne.Scrollable
	if s, ok := o.(fyne.Scrollable); ok {
		found = s
	}
	var children []fyne.CanvasObject
	switch x := o.(type) {
	case *container.Scroll:
		children = []fyne.CanvasObject{x.Content}
	case *fyne.Container:
		children = x.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(x).Objects()
	}
	for _, c := range children {
		if s := topScrollable(c, p, pos); s != nil {
			found = s
		}
	}
	return found
}

// inDialog shows the view as the window does (docs.go): in a dialog over
// a window of size, with the dialog's title and Close button.
func inDialog(h *harness, size fyne.Size) dialog.Dialog {
	h.w.SetContent(widget.NewLabel(""))
	h.w.Resize(size)
	d := dialog.NewCustomWithoutButtons(DialogTitle(), h.v.Object(), h.w)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton("Đóng", d.Hide)})
	d.Resize(fyne.NewSize(max(size.Width-32, 640), max(size.Height-24, 480)))
	d.Show()
	return d
}

var dialogSizes = []fyne.Size{{Width: 1100, Height: 740}, {Width: 1024, Height: 700}}

// TestTabsLayout: in the dialog at the window's default size and at
// 1024×700, each tab's form is one calm column: the decision's fields
// and its bases show without scrolling, the long authority and
// addressee show whole, the offsets' table fits the form's width,
// nothing lies over anything else, and the wheel over a field scrolls
// the form.
func TestTabsLayout(t *testing.T) {
	h := newHarness(t)
	const auth = "BAN THƯỜNG VỤ ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO"
	h.v.dec.auth.SetText(auth)
	h.v.prop.to.SetText("Ban Thường vụ Đảng ủy Khối Văn hóa - Xã hội Thành phố Hồ Chí Minh")
	for _, size := range dialogSizes {
		name := fmt.Sprintf("%.0f×%.0f", size.Width, size.Height)
		d := inDialog(h, size)
		for tab := range 3 {
			h.v.tabs.SelectIndex(tab)
			ps, scrolls := leaves(h.w.Canvas().Overlays().Top(), fyne.Position{})
			for i, p := range ps {
				for _, q := range ps[i+1:] {
					if p.overlaps(q) {
						t.Errorf("%s, tab %d: %v overlaps %v", name, tab, p, q)
					}
				}
			}
			var form *container.Scroll
			switch tab {
			case 0:
				form = h.v.dec.wh.to
			case 1:
				form = h.v.prop.wh.to
			default:
				form = h.v.cert.wh.to
			}
			view := find(t, scrolls, form)
			// The form is the wider side.
			if w := view.end.X - view.pos.X; w < 0.5*h.v.docs[tab].obj.Size().Width {
				t.Errorf("%s, tab %d: the form is %.0f px wide, under half the tab", name, tab, w)
			}
			switch tab {
			case 0:
				f := h.v.dec
				for _, e := range []*vnentry.Entry{f.number, f.date, f.signer, f.auth, f.rewardC, f.rewardI, f.bases} {
					if p := find(t, ps, e); !view.contains(p) {
						t.Errorf("%s: the field %v is not all in sight without scrolling (form %v)", name, p, view)
					}
				}
				if p := find(t, ps, f.bases); p.end.Y-p.pos.Y < 120 {
					t.Errorf("%s: the bases' field is %.0f px high; four or five bases need 120", name, p.end.Y-p.pos.Y)
				}
				wholeText(t, name, f.auth)
				wheelScrollsForm(t, name, h, f.auth, form)
			case 1:
				wholeText(t, name, h.v.prop.to)
				wheelScrollsForm(t, name, h, h.v.prop.to, form)
			case 2:
				// The whole table, scrolled or not.
				ps, _ = leaves(form.Content, view.pos)
				// Every cell of the offsets' table is in the form's width
				// and its field is wide enough for "-12,5".
				for k, pair := range h.v.cert.offsets {
					for axis, e := range pair {
						p := find(t, ps, e)
						if p.pos.X < view.pos.X || p.end.X > view.end.X+0.5 {
							t.Errorf("%s: the offset %q/%d at %v is cut by the form's edge %v", name, k, axis, p, view)
						}
						if p.end.X-p.pos.X < 60 {
							t.Errorf("%s: the offset %q/%d is only %.0f px wide", name, k, axis, p.end.X-p.pos.X)
						}
						for _, b := range h.v.cert.steps[k][axis] {
							if q := find(t, ps, b); q.end.X > view.end.X+0.5 {
								t.Errorf("%s: the step button of %q/%d is cut by the form's edge", name, k, axis)
							}
						}
					}
				}
			}
		}
		d.Hide()
	}
}

// wholeText checks that e shows all its text: its wrapped rows fit its
// height and its width (no row scrolled away or cut).
func wholeText(t *testing.T, name string, e *vnentry.Entry) {
	t.Helper()
	for _, o := range test.WidgetRenderer(e).Objects() {
		// The field's scroller (a type of Fyne's internals) holds the text.
		if _, ok := o.(fyne.Scrollable); ok && o.Visible() {
			content, _ := reflect.ValueOf(o).Elem().FieldByName("Content").Interface().(fyne.CanvasObject)
			if content == nil {
				t.Fatalf("%s: the field's scroller holds no text", name)
			}
			in, box := content.MinSize(), o.Size()
			if in.Width > box.Width+0.5 || in.Height > box.Height+0.5 {
				t.Errorf("%s: %q needs %.0f×%.0f px but shows %.0f×%.0f: part of it is hidden", name, e.Text, in.Width, in.Height, box.Width, box.Height)
			}
			return
		}
	}
	t.Fatalf("%s: %q has no scroller", name, e.Text)
}

// wheelScrollsForm turns the wheel over e, as the driver delivers it, and
// checks that the form scrolled.
func wheelScrollsForm(t *testing.T, name string, h *harness, e *vnentry.Entry, form *container.Scroll) {
	t.Helper()
	form.ScrollToTop()
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(e).Add(fyne.NewPos(20, 10))
	s := topScrollable(h.w.Canvas().Overlays().Top(), fyne.Position{}, at)
	if s == nil {
		t.Fatalf("%s: nothing takes the wheel over %q", name, e.Text)
	}
	if p, ok := s.(*wheelPass); !ok || p.w.to != form {
		t.Fatalf("%s: the wheel over %q goes to %T, not the form", name, e.Text, s)
	}
	s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -60)})
	if form.Content.MinSize().Height > form.Size().Height && form.Offset.Y <= 0 {
		t.Errorf("%s: the wheel over %q went to %T, not the form", name, e.Text, s)
	}
	form.ScrollToTop()
}

// TestPreviewWhenShown: the shown tab renders its first page as the
// dialog opens; a hidden tab renders nothing, and a change made while it
// is hidden is rendered when it is chosen.
func TestPreviewWhenShown(t *testing.T) {
	h := newHarness(t)
	if h.v.docs[Decision].p != nil {
		t.Fatal("a preview was made before the dialog was shown")
	}
	h.v.Shown()
	if h.v.docs[Decision].p == nil {
		t.Fatal("the decision's tab, shown, has no preview")
	}
	if h.v.docs[Proposal].p != nil || h.v.docs[Certificates].p != nil {
		t.Fatal("a hidden tab made its preview")
	}
	h.v.tabs.SelectIndex(int(Proposal))
	if h.v.docs[Proposal].p == nil {
		t.Fatal("the proposal's tab, chosen, has no preview")
	}
	h.v.dec.number.SetText("12-QĐ/ĐU") // the decision's tab is hidden now
	if !h.v.docs[Decision].stale {
		t.Fatal("a change to a hidden tab's document was not kept for later")
	}
	h.v.tabs.SelectIndex(int(Decision))
	if h.v.docs[Decision].stale {
		t.Fatal("the decision's tab, chosen again, did not render its change")
	}
}

// TestDialogScreenshots renders the tabs in the dialog as the window
// shows it, each with its first page (go test -run TestDialogScreenshots
// ./app/ui/docsui -args -screens DIR).
func TestDialogScreenshots(t *testing.T) {
	if *screens == "" {
		t.Skip("-screens DIR writes the screenshots")
	}
	h := newHarness(t)
	for _, size := range dialogSizes {
		d := inDialog(h, size)
		h.v.Shown()
		for i, name := range []string{"decision", "proposal", "certificates"} {
			h.v.tabs.SelectIndex(i)
			waitPages(t, h.v.docs[i])
			time.Sleep(300 * time.Millisecond)
			out := filepath.Join(*screens, fmt.Sprintf("dialog-%s-%.0f.png", name, size.Width))
			f, err := os.Create(out)
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(f, h.w.Canvas().Capture()); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
		d.Hide()
	}
}

func TestRowsFor(t *testing.T) {
	for _, c := range []struct {
		s                   string
		per, least, most, n int
	}{
		{"", 40, 2, 4, 2},
		{"BAN THƯỜNG VỤ", 32, 2, 4, 2},
		{strings.Repeat("Đ", 65), 32, 2, 4, 3},          // letters, not bytes
		{strings.Repeat("x", 500), 32, 2, 4, 4},         // at most
		{"a\nb\nc\nd\ne\nf\ng", 60, 6, 16, 8},           // a row to spare
		{strings.Repeat("y", 61) + "\nz", 60, 1, 16, 4}, // a long line wraps
	} {
		if n := rowsFor(c.s, c.per, c.least, c.most); n != c.n {
			t.Errorf("rowsFor(%.20q, %d, %d, %d) = %d, want %d", c.s, c.per, c.least, c.most, n, c.n)
		}
	}
}

// TestLongTextsShowWhole: eight bases and a three-row authority show
// whole in the narrow dialog, the fields taller instead of scrolling.
func TestLongTextsShowWhole(t *testing.T) {
	h := newHarness(t)
	d := inDialog(h, dialogSizes[1])
	defer d.Hide()
	var bases []string
	for i := range 8 {
		bases = append(bases, fmt.Sprintf("Căn cứ Quyết định số %d-QĐ/TU ngày 15 tháng 6 năm 2016 của Ban Thường vụ Thành ủy về công tác dân vận;", 100+i))
	}
	h.v.dec.bases.SetText(strings.Join(bases, "\n"))
	h.v.dec.auth.SetText("BAN THƯỜNG VỤ ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ HỒ CHÍ MINH THAY MẶT BAN CHẤP HÀNH")
	// The window lays out again on its next frame; the test's, when the
	// dialog's size changes.
	sz := fyne.NewSize(dialogSizes[1].Width-32, dialogSizes[1].Height-24)
	d.Resize(sz.AddWidthHeight(1, 1))
	d.Resize(sz)
	wholeText(t, "1024×700", h.v.dec.bases)
	wholeText(t, "1024×700", h.v.dec.auth)
}
