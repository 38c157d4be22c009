package movementui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baocao/app/movement"
	"baocao/app/textnorm"
	"baocao/app/ui/keys"
	"baocao/app/ui/undo"
	"baocao/app/ui/vnentry"
)

// entryForm is the add/edit dialog of one model or exemplar.
type entryForm struct {
	dlg     *keys.FormDialog // its Save and Cancel pass Escape on
	index   int              // register index being edited, -1 when adding
	old     movement.Entry
	name    *vnentry.Entry
	unit    *vnentry.Entry
	kind    *keys.Select // a menu: Fyne's radio items keep Escape
	field   *keys.Select
	stage   *keys.Select
	level   *keys.Select
	year    *vnentry.Entry // digits only: Telex and VNI leave them alone
	results *vnentry.Entry
	links   *vnentry.Entry // the honorees commended for it, one a line
	carried *keys.Check    // FromLastYear
}

// noLevel is the level select's choice for "not recognised yet".
func noLevel() string { return tr("movement.form.noLevel", "(chưa được công nhận)") }

// value returns the entry the form holds, cleaned; links to honorees and
// the "from last year" mark are kept as they were.
func (f *entryForm) value(fields []string) movement.Entry {
	e := f.old
	e.Name, e.Unit, e.Results = f.name.Text, f.unit.Text, f.results.Text
	e.Kind = movement.KindModel
	if f.kind.Selected == kindLabel(movement.KindExemplar) {
		e.Kind = movement.KindExemplar
	}
	e.Field = f.field.Selected
	e.Stage = ""
	for _, s := range movement.Stages {
		if stageLabel(s) == f.stage.Selected {
			e.Stage = s
		}
	}
	e.Level = ""
	for _, l := range movement.Levels {
		if levelLabel(l) == f.level.Selected {
			e.Level = l
		}
	}
	e.StartYear, _ = strconv.Atoi(strings.TrimSpace(f.year.Text))
	e.Honorees = parseLinks(f.links.Text)
	e.FromLastYear = f.carried.Checked
	d := movement.Data{Fields: fields, Register: []movement.Entry{e}}
	d.Normalize()
	return d.Register[0]
}

// openForm opens the form to add an entry (index -1) or edit entry i.
func (v *View) openForm(index int) {
	items := v.r.Movement.Register
	old := movement.Entry{Kind: movement.KindModel, Stage: movement.StageRegistered, StartYear: v.r.Year}
	if index >= 0 {
		if index >= len(items) {
			return
		}
		old = items[index]
	}
	fields := v.r.Movement.FieldList()
	f := &entryForm{index: index, old: old}
	f.name = vnentry.New()
	f.name.SetText(old.Name)
	f.name.SetPlaceHolder(tr("movement.form.nameHint", "Ví dụ: Mô hình “Thư viện thân thiện”"))
	f.name.Validator = func(s string) error {
		if textnorm.Line(s) == "" {
			return errors.New(tr("movement.form.nameRequired", "Hãy nhập tên mô hình, điển hình."))
		}
		return nil
	}
	f.unit = vnentry.New()
	f.unit.SetText(old.Unit)
	f.unit.SetPlaceHolder(tr("movement.form.unitHint", "Đơn vị, chi bộ thực hiện"))
	// Every field of the form passes Escape on (package keys, vnentry):
	// it closes the form whichever has the focus.
	f.kind = keys.NewSelect([]string{kindLabel(movement.KindModel), kindLabel(movement.KindExemplar)}, nil)
	f.kind.SetSelected(kindLabel(movement.KindModel))
	if old.Kind.Valid() {
		f.kind.SetSelected(kindLabel(old.Kind))
	}
	f.field = keys.NewSelect(fields, nil)
	f.field.PlaceHolder = tr("movement.form.fieldHint", "(chọn lĩnh vực)")
	if i := v.r.Movement.FieldIndex(old.Field); i >= 0 {
		f.field.SetSelected(fields[i])
	}
	var stages []string
	for _, s := range movement.Stages {
		stages = append(stages, stageLabel(s))
	}
	f.stage = keys.NewSelect(stages, nil)
	if old.Stage.Valid() {
		f.stage.SetSelected(stageLabel(old.Stage))
	}
	levels := []string{noLevel()}
	for _, l := range movement.Levels {
		levels = append(levels, levelLabel(l))
	}
	f.level = keys.NewSelect(levels, nil)
	f.level.SetSelected(noLevel())
	if old.Level.Valid() {
		f.level.SetSelected(levelLabel(old.Level))
	}
	f.year = vnentry.New()
	if old.StartYear > 0 {
		f.year.SetText(strconv.Itoa(old.StartYear))
	}
	f.year.SetPlaceHolder(tr("movement.form.yearHint", "Ví dụ: 2015 (để trống nếu không rõ)"))
	f.year.Validator = validStartYear
	f.results = vnentry.NewMultiLine()
	f.results.SetMinRowsVisible(3)
	f.results.SetText(old.Results)
	f.results.SetPlaceHolder(tr("movement.form.resultsHint", "Kết quả trong một, hai câu"))

	f.links = vnentry.NewMultiLine()
	f.links.SetMinRowsVisible(2)
	f.links.SetText(formatLinks(old.Honorees))
	f.links.SetPlaceHolder(tr("movement.form.linksHint", "Mỗi dòng một tên trong danh sách khen thưởng; thêm “ — Đơn vị” khi trùng tên"))
	f.carried = keys.NewCheck(tr("movement.form.carried", "Đã có trong sổ năm trước"), nil)
	f.carried.Checked = old.FromLastYear

	formItems := []*widget.FormItem{
		{Text: tr("movement.col.name", "Tên") + " *", Widget: f.name, HintText: tr("movement.form.required", "Bắt buộc")},
		{Text: tr("movement.col.unit", "Đơn vị"), Widget: f.unit},
		{Text: tr("movement.col.kind", "Loại"), Widget: f.kind},
		{Text: tr("movement.col.field", "Lĩnh vực"), Widget: f.field, HintText: tr("movement.form.fieldsHint", "Đổi danh sách lĩnh vực bằng nút “Lĩnh vực…”")},
		{Text: tr("movement.col.stage", "Giai đoạn"), Widget: f.stage, HintText: tr("movement.form.stageHint", "Đăng ký → được công nhận → tiêu biểu → đề nghị khen thưởng")},
		{Text: tr("movement.form.level", "Cấp công nhận"), Widget: f.level},
		{Text: tr("movement.form.year", "Năm bắt đầu"), Widget: f.year},
		{Text: tr("movement.form.results", "Kết quả"), Widget: f.results},
		{Text: tr("movement.form.links", "Được khen thưởng"), Widget: f.links},
		{Text: "", Widget: f.carried},
	}
	title := tr("movement.form.add", "Thêm mô hình, điển hình")
	if index >= 0 {
		title = tr("movement.form.edit", "Sửa mô hình, điển hình (dòng {{.Row}})", map[string]any{"Row": index + 1})
	}
	f.dlg = keys.NewForm(title, tr("movement.form.save", "Lưu"), tr("movement.form.cancel", "Hủy"), formItems, func(ok bool) {
		v.form = nil
		if ok {
			v.saveForm(f)
		}
	}, v.win)
	f.dlg.Resize(fyne.NewSize(700, 660)) // fits a 1024×700 window
	v.form = f
	f.dlg.Show()
	v.win.Canvas().Focus(f.name)
}

// saveForm applies what the user entered in f.
func (v *View) saveForm(f *entryForm) {
	e := f.value(v.r.Movement.FieldList())
	if e.Name == "" { // the form does not let this through
		return
	}
	items := &v.r.Movement.Register
	if f.index >= 0 {
		if f.index >= len(*items) {
			return
		}
		undo := undo.ReplaceAt(items, f.index, e)
		v.apply(edit{undo: undo, focus: f.index,
			what:   tr("movement.status.edited", "Đã sửa “{{.Name}}”.", map[string]any{"Name": e.Name}),
			undone: tr("movement.undone.edited", "Đã trả dòng {{.Row}} về như trước khi sửa.", map[string]any{"Row": f.index + 1})})
		return
	}
	i := len(*items)
	undo := undo.InsertAt(items, i, e)
	v.selected = i
	v.apply(edit{undo: undo, focus: -1,
		what:   tr("movement.status.added", "Đã thêm “{{.Name}}” vào dòng {{.Row}}.", map[string]any{"Name": e.Name, "Row": i + 1}),
		undone: tr("movement.undone.added", "Đã bỏ dòng vừa thêm “{{.Name}}”.", map[string]any{"Name": e.Name})})
	if v.list.rowOf(i) < 0 { // hidden by the search: show it rather than let it seem lost
		v.search.SetText("")
	}
	v.selected = i
	v.syncSelection()
	v.refreshButtons()
}

// validStartYear accepts an empty field or a year from 1945 to next year.
func validStartYear(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	top := time.Now().Year() + 1
	if n, err := strconv.Atoi(s); err != nil || n < movement.MinStartYear || n > top {
		return errors.New(tr("movement.form.yearInvalid", "Hãy nhập năm bằng bốn chữ số, từ {{.Min}} đến {{.Max}}, hoặc để trống.", map[string]any{"Min": movement.MinStartYear, "Max": top}))
	}
	return nil
}

// hasPrefix reports whether field is path or lies under it.
func hasPrefix(field, path string) bool {
	return field == path || strings.HasPrefix(field, path+".") || strings.HasPrefix(field, path+"[")
}

// indexIn reads i from "path[i]…".
func indexIn(field, path string) (int, bool) {
	rest, ok := strings.CutPrefix(field, path+"[")
	if !ok {
		return 0, false
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return 0, false
	}
	i, err := strconv.Atoi(rest[:end])
	return i, err == nil && i >= 0
}

// linkSep separates an honoree's name from the unit in the form's list.
const linkSep = " — "

// formatLinks writes the honorees an entry links to, one a line.
func formatLinks(refs []movement.HonoreeRef) string {
	lines := make([]string, 0, len(refs))
	for _, h := range refs {
		if h.Unit != "" {
			lines = append(lines, h.Name+linkSep+h.Unit)
		} else {
			lines = append(lines, h.Name)
		}
	}
	return strings.Join(lines, "\n")
}

// parseLinks reads the form's list of honorees: "Name" or "Name — Unit"
// a line (a plain dash between spaces is taken too).
func parseLinks(text string) []movement.HonoreeRef {
	var out []movement.HonoreeRef
	for _, line := range strings.Split(text, "\n") {
		line = textnorm.Line(line)
		if line == "" {
			continue
		}
		name, unit, ok := strings.Cut(line, "—")
		if !ok {
			name, unit, _ = strings.Cut(line, " - ")
		}
		name, unit = textnorm.Line(name), textnorm.Line(unit)
		if name == "" { // "— Chi bộ 2": the unit is all there is, so it is the name
			name, unit = unit, ""
		}
		if name == "" {
			continue
		}
		out = append(out, movement.HonoreeRef{Name: name, Unit: unit})
	}
	return out
}
