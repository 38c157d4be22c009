package movementui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/app/movement"
)

// typedTab is the form of counts typed by hand, for a body that keeps no
// itemised register: one number field per row of the figures table that
// is not a total. An empty field means "count from the register".
type typedTab struct {
	v       *View
	obj     fyne.CanvasObject
	form    *fyne.Container
	keys    []movement.Row
	entries map[string]*widget.Entry
	sources map[string]*widget.Label
	loading bool
}

func newTypedTab(v *View) *typedTab {
	t := &typedTab{v: v}
	intro := widget.NewLabel(tr("movement.typed.intro", "Đơn vị không lập sổ mô hình thì nhập thẳng các con số ở đây. Ô để trống: số “đếm từ sổ”; ô có số: số “nhập tay”, dùng thay số đếm được. Dòng tổng cộng luôn là tổng các dòng của nó."))
	intro.Wrapping = fyne.TextWrapWord
	t.form = container.NewVBox()
	t.obj = container.NewBorder(intro, nil, nil, nil, container.NewVScroll(t.form))
	return t
}

// load builds the form for the draft's fields and shows its numbers.
func (t *typedTab) load() {
	m := &t.v.r.Movement
	keys := m.TypedKeys()
	if !sameKeys(keys, t.keys) {
		t.build(keys)
	}
	f := t.v.r.Figures()
	t.loading = true
	defer func() { t.loading = false }()
	for _, k := range t.keys {
		e := t.entries[k.Key]
		text := ""
		if n, ok := m.Typed[k.Key]; ok {
			text = strconv.Itoa(n)
		}
		if e.Text != text && strings.TrimSpace(e.Text) != text {
			e.SetText(text)
		}
		t.showSource(k.Key, f)
	}
}

func sameKeys(a, b []movement.Row) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Key != b[i].Key || a[i].Label != b[i].Label {
			return false
		}
	}
	return true
}

// build makes one row per key: label, number field, where the number
// in the table comes from.
func (t *typedTab) build(keys []movement.Row) {
	t.keys = keys
	t.entries = map[string]*widget.Entry{}
	t.sources = map[string]*widget.Label{}
	t.form.RemoveAll()
	var grid *fyne.Container
	group := "\x00"
	for _, k := range keys {
		key := k.Key
		g, name, ok := strings.Cut(k.Label, " — ")
		if !ok {
			g, name = "", k.Label
		}
		if g != group || grid == nil {
			group = g
			if g != "" {
				t.form.Add(widget.NewLabelWithStyle(g, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
			}
			grid = container.New(&typedLayout{})
			t.form.Add(grid)
		}
		label := widget.NewLabel(name)
		label.Truncation = fyne.TextTruncateEllipsis
		e := widget.NewEntry()
		e.SetPlaceHolder(tr("movement.typed.placeholder", "đếm từ sổ"))
		e.Validator = validCount
		e.OnChanged = func(s string) { t.changed(key, s) }
		src := widget.NewLabel("")
		t.entries[key] = e
		t.sources[key] = src
		grid.Add(label)
		grid.Add(e)
		grid.Add(src)
	}
}

// changed takes a typed number into the draft (or drops it when empty).
func (t *typedTab) changed(key, s string) {
	if t.loading {
		return
	}
	m := &t.v.r.Movement
	s = strings.TrimSpace(s)
	old, had := m.Typed[key]
	switch {
	case s == "":
		if !had {
			return
		}
		delete(m.Typed, key)
	default:
		n, err := parseCount(s)
		if err != nil || (had && old == n) {
			return // the field shows why; the draft keeps its number
		}
		if m.Typed == nil {
			m.Typed = map[string]int{}
		}
		m.Typed[key] = n
	}
	t.showSource(key, t.v.r.Figures())
	t.v.refreshCounts()
	t.v.changed()
}

// showSource says where the table's number of key comes from.
func (t *typedTab) showSource(key string, f movement.Figures) {
	r, ok := f.Row(key)
	l := t.sources[key]
	if !ok || l == nil {
		return
	}
	text := tr("movement.typed.fromRegister", "đếm từ sổ: {{.Count}}", map[string]any{"Count": movement.FormatCount(r.This)})
	l.Importance = widget.MediumImportance
	if r.Source == movement.SourceTyped {
		text = tr("movement.typed.typed", "nhập tay (sổ đếm được {{.Count}})", map[string]any{"Count": movement.FormatCount(t.counted(key))})
		l.Importance = widget.HighImportance
	}
	l.SetText(text)
}

// counted is the number the register gives for key, typed counts aside.
func (t *typedTab) counted(key string) int {
	d := t.v.r.Movement
	d.Typed = nil
	f := d.Figures(t.v.r.Year)
	return f.Value(key)
}

// focus puts the keyboard on the field of "movement.typed[key]".
func (t *typedTab) focus(field string) {
	t.load()
	rest, ok := strings.CutPrefix(field, movement.FieldTyped+"[")
	if !ok {
		return
	}
	if e := t.entries[strings.TrimSuffix(rest, "]")]; e != nil {
		t.v.win.Canvas().Focus(e)
	}
}

func parseCount(s string) (int, error) {
	s = strings.NewReplacer(".", "", " ", "", "\u00a0", "").Replace(strings.TrimSpace(s))
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 10_000_000 {
		return 0, errors.New(tr("movement.typed.invalid", "Hãy nhập một số nguyên không âm (ví dụ 123), hoặc để trống để dùng số đếm từ sổ."))
	}
	return n, nil
}

func validCount(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	_, err := parseCount(s)
	return err
}

// typedLayout lays out rows of three: a label taking the room left, a
// number field and the source, each of a fixed width.
type typedLayout struct{}

const (
	typedEntryWidth  = 140
	typedSourceWidth = 260
)

func (l *typedLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := float32(8)
	labelW := max(size.Width-typedEntryWidth-typedSourceWidth-2*pad, 120)
	y := float32(0)
	for i := 0; i+2 < len(objects); i += 3 {
		h := objects[i+1].MinSize().Height
		objects[i].Resize(fyne.NewSize(labelW, h))
		objects[i].Move(fyne.NewPos(0, y))
		objects[i+1].Resize(fyne.NewSize(typedEntryWidth, h))
		objects[i+1].Move(fyne.NewPos(labelW+pad, y))
		objects[i+2].Resize(fyne.NewSize(typedSourceWidth, h))
		objects[i+2].Move(fyne.NewPos(labelW+typedEntryWidth+2*pad, y))
		y += h + 4
	}
}

func (l *typedLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	n := len(objects) / 3
	if n == 0 {
		return fyne.Size{}
	}
	h := objects[1].MinSize().Height
	return fyne.NewSize(120+typedEntryWidth+typedSourceWidth+16, float32(n)*(h+4))
}
