package honoreesui

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/textnorm"
	"baocao/app/ui/keys"
	"baocao/app/ui/undo"
	"baocao/app/ui/vnentry"
)

// DefaultAward is the form of commendation a new honoree gets.
const DefaultAward = "Giấy khen"

// noGender is the gender menu's choice for "not known".
const noGender = "—"

// awardChoices are offered in the form's drop-down, before the forms
// already used in the report.
var awardChoices = []string{"Giấy khen", "Bằng khen", "Giấy chứng nhận", "Biểu dương"}

// honoreeForm is the add/edit dialog.
type honoreeForm struct {
	dlg         *keys.FormDialog
	kind        Kind
	index       int // report index being edited, -1 when adding
	name        *vnentry.Entry
	position    *vnentry.Entry // nil for a collective
	unit        *vnentry.Entry
	achievement *vnentry.Entry
	award       *keys.SelectEntry
	note        *vnentry.Entry
	birth       *vnentry.Entry // year of birth; nil for a collective
	gender      *keys.Select   // nil for a collective; noGender, male or female
	dup         *widget.Label  // warns when the name and unit are already in the list
	confirm     *keys.Check    // "two people": shown with a row of the same name and unit
	other       int            // report index of that row, -1 for none
	old         report.Honoree // the row as it was (Source kept)
	size        fyne.Size      // of the dialog
}

// setDup shows the duplicate warning text, or hides it when text is "".
func (f *honoreeForm) setDup(text string) {
	if text == f.dup.Text && (text != "") == f.dup.Visible() {
		return
	}
	f.dup.SetText(text)
	if text == "" {
		f.dup.Hide()
	} else {
		f.dup.Show()
	}
	if f.dlg != nil {
		f.dlg.Resize(f.size) // lay the form out again around the label
	}
}

// value returns the honoree the form holds, cleaned.
func (f *honoreeForm) value() report.Honoree {
	h := report.Honoree{
		Name:        f.name.Text,
		Unit:        f.unit.Text,
		Achievement: f.achievement.Text,
		Award:       f.award.Text,
		Note:        f.note.Text,
		Source:      f.old.Source,
		Namesake:    f.old.Namesake,
	}
	if f.position != nil {
		h.Position = f.position.Text
	}
	if f.birth != nil {
		h.BirthYear, _ = strconv.Atoi(strings.TrimSpace(f.birth.Text))
		switch f.gender.Selected { // noGender leaves it unknown
		case report.GenderMale.Label():
			h.Gender = report.GenderMale
		case report.GenderFemale.Label():
			h.Gender = report.GenderFemale
		}
	}
	if f.confirm != nil && f.confirm.Visible() {
		h.Namesake = f.confirm.Checked
	}
	h.Normalize()
	return h
}

// sameNameText says how the row being typed relates to row i of the list,
// which has the same name and unit, at least loosely.
func sameNameText(m report.Match, other report.Honoree, i int) string {
	data := map[string]any{"Name": other.Name, "Row": i + 1}
	switch m {
	case report.Repeat:
		return tr("honorees.form.repeat", "Dòng {{.Row}} đã có “{{.Name}}”, mọi ô giống hệt: một dòng lặp lại.\nNếu đúng là hai người, hãy ghi năm sinh hoặc chức vụ để phân biệt.", data)
	case report.Namesakes:
		return tr("honorees.form.namesake", "Dòng {{.Row}} đã có “{{.Name}}” cùng đơn vị, khác năm sinh,\ngiới tính hoặc chức vụ: có thể là hai người trùng tên.", data)
	case report.Unclear:
		return tr("honorees.form.duplicate", "Dòng {{.Row}} đã có “{{.Name}}” cùng đơn vị, không có gì phân biệt.\nNếu là hai người, hãy ghi năm sinh hoặc chức vụ.", data)
	}
	// The same letters with other marks: "NGUYEN VAN AN" typed without them.
	return tr("honorees.form.similar", "Dòng {{.Row}} đã có “{{.Name}}” cùng đơn vị, tên gần giống (khác dấu).\nHãy kiểm tra lại dấu của tên.", data)
}

// openForm opens the form to add an honoree of kind k (index -1) or to
// edit the one at report index i.
func (v *View) openForm(k Kind, index int) {
	p := v.panes[k]
	var old report.Honoree
	if index >= 0 {
		if index >= len(*p.list.items) {
			return
		}
		old = (*p.list.items)[index]
	} else {
		old.Award = DefaultAward
	}

	f := &honoreeForm{kind: k, index: index, old: old, other: -1}
	nameLabel := tr("honorees.col.name", "Họ và tên")
	if k == Collectives {
		nameLabel = tr("honorees.col.collective", "Tên tập thể")
	}
	f.name = newEntry()
	f.name.SetText(old.Name)
	f.name.Validator = func(s string) error {
		if textnorm.Line(s) == "" {
			if k == Collectives {
				return errors.New(tr("honorees.form.nameRequiredCollective", "Hãy nhập tên tập thể."))
			}
			return errors.New(tr("honorees.form.nameRequired", "Hãy nhập họ và tên."))
		}
		return nil
	}
	f.dup = widget.NewLabel("")
	f.dup.Wrapping = fyne.TextWrapWord
	f.dup.Importance = widget.WarningImportance
	f.dup.Hide()
	// The form's fields pass Escape on (package keys, vnentry): it closes
	// the form whichever has the focus.
	f.confirm = keys.NewCheck(tr("honorees.action.confirmNamesakes", "Xác nhận là hai người khác nhau"), nil)
	f.confirm.Hide()

	f.unit = newEntry()
	f.unit.SetText(old.Unit)
	f.unit.SetPlaceHolder(tr("honorees.form.unitHint", "Ví dụ: Thư viện Khoa học Tổng hợp"))
	f.achievement = newMultiLine()
	f.achievement.SetText(old.Achievement)
	f.achievement.SetPlaceHolder(tr("honorees.form.achievementHint", "Tóm tắt thành tích trong một, hai câu"))
	f.award = keys.NewSelectEntry(awardOptions(v.r))
	f.award.SetText(old.Award)
	f.note = newMultiLine()
	f.note.SetText(old.Note)

	checkDup := func(string) {
		h := f.value()
		text, other, m := "", -1, report.Different
		if h.Name != "" {
			if i := p.list.duplicate(h.Key(), index); i >= 0 {
				other = i
				m = report.CompareHonorees((*p.list.items)[i], h)
				text = sameNameText(m, (*p.list.items)[i], i)
			}
		}
		if other != f.other {
			f.other = other
			f.confirm.SetChecked(other >= 0 && f.old.Namesake && (*p.list.items)[other].Namesake)
		}
		if m == report.Different {
			f.confirm.Hide()
		} else {
			f.confirm.Show()
		}
		f.setDup(text)
	}
	f.name.OnChanged = checkDup
	f.unit.OnChanged = checkDup

	items := []*widget.FormItem{
		{Text: nameLabel + " *", Widget: f.name, HintText: tr("honorees.form.required", "Bắt buộc")},
	}
	if k == Individuals {
		f.birth = newEntry()
		if old.BirthYear > 0 {
			f.birth.SetText(strconv.Itoa(old.BirthYear))
		}
		f.birth.SetPlaceHolder(tr("honorees.form.birthHint", "Ví dụ: 1975 (để trống nếu không rõ)"))
		f.birth.Validator = validYear
		// A menu rather than radio buttons: Fyne's radio items keep Escape.
		f.gender = keys.NewSelect([]string{noGender, report.GenderMale.Label(), report.GenderFemale.Label()}, nil)
		f.gender.SetSelected(noGender)
		if old.Gender != "" {
			f.gender.SetSelected(old.Gender.Label())
		}
		f.position = newEntry()
		f.position.SetText(old.Position)
		f.position.SetPlaceHolder(tr("honorees.form.positionHint", "Ví dụ: Phó Giám đốc"))
		items = append(items,
			&widget.FormItem{Text: tr("honorees.col.birthYear", "Năm sinh"), Widget: f.birth},
			&widget.FormItem{Text: tr("honorees.col.gender", "Giới tính"), Widget: f.gender},
			&widget.FormItem{Text: tr("honorees.col.position", "Chức vụ"), Widget: f.position})
		f.birth.OnChanged = checkDup
		f.gender.OnChanged = checkDup
		f.position.OnChanged = checkDup
	}
	items = append(items,
		&widget.FormItem{Text: tr("honorees.col.unit", "Đơn vị"), Widget: f.unit},
		&widget.FormItem{Text: "", Widget: container.NewVBox(f.dup, f.confirm)},
		&widget.FormItem{Text: tr("honorees.col.achievement", "Thành tích"), Widget: f.achievement},
		&widget.FormItem{Text: tr("honorees.col.award", "Hình thức khen thưởng"), Widget: f.award,
			HintText: tr("honorees.form.awardHint", "Chọn trong danh sách hoặc gõ hình thức khác")},
		&widget.FormItem{Text: tr("honorees.col.note", "Ghi chú"), Widget: f.note},
	)

	title := tr("honorees.form.addIndividual", "Thêm cá nhân")
	switch {
	case k == Collectives && index < 0:
		title = tr("honorees.form.addCollective", "Thêm tập thể")
	case k == Collectives:
		title = tr("honorees.form.editCollective", "Sửa tập thể (dòng {{.Row}})", map[string]any{"Row": index + 1})
	case index >= 0:
		title = tr("honorees.form.editIndividual", "Sửa cá nhân (dòng {{.Row}})", map[string]any{"Row": index + 1})
	}
	f.dlg = keys.NewForm(title, tr("honorees.form.save", "Lưu"), tr("honorees.form.cancel", "Hủy"), items, func(ok bool) {
		v.form = nil
		if ok {
			v.saveForm(f)
		}
	}, v.win)
	f.size = fyne.NewSize(680, 580)
	if k == Individuals {
		f.size.Height = 660 // year of birth and gender; fits a 1024×700 window
	}
	f.dlg.Resize(f.size)
	v.form = f
	checkDup("")
	f.dlg.Show()
	v.win.Canvas().Focus(f.name)
}

// saveForm applies what the user entered in f.
func (v *View) saveForm(f *honoreeForm) {
	h := f.value()
	if h.Name == "" { // the form does not let this through; never store a nameless row
		return
	}
	p := v.panes[f.kind]
	items := p.list.items
	// "Two people" confirmed: the other row is marked too (ConfirmNamesakes).
	markOther := func() func() { return func() {} }
	if o := f.other; h.Namesake && o >= 0 && o < len(*items) && o != f.index && !(*items)[o].Namesake {
		markOther = func() func() {
			(*items)[o].Namesake = true
			return func() { (*items)[o].Namesake = false }
		}
	}
	if f.index >= 0 {
		if f.index >= len(*items) || ((*items)[f.index] == h && (f.other < 0 || !h.Namesake || (*items)[f.other].Namesake)) {
			return
		}
		unmark := markOther()
		unreplace := undo.ReplaceAt(items, f.index, h)
		undo := func() { unreplace(); unmark() }
		v.apply(edit{kind: f.kind, undo: undo, focus: f.index,
			what:   tr("honorees.status.edited", "Đã sửa “{{.Name}}”.", map[string]any{"Name": h.Name}),
			undone: tr("honorees.undone.edited", "Đã trả dòng {{.Row}} về như trước khi sửa.", map[string]any{"Row": f.index + 1})})
		p.scrollTo(f.index)
		return
	}
	i := len(*items)
	unmark := markOther()
	uninsert := undo.InsertAt(items, i, h)
	undo := func() { uninsert(); unmark() }
	p.selected = i
	v.apply(edit{kind: f.kind, undo: undo, focus: -1,
		what:   tr("honorees.status.added", "Đã thêm “{{.Name}}” vào dòng {{.Row}}.", map[string]any{"Name": h.Name, "Row": i + 1}),
		undone: tr("honorees.undone.added", "Đã bỏ dòng vừa thêm “{{.Name}}”.", map[string]any{"Name": h.Name})})
	if p.list.rowOf(i) < 0 { // hidden by the search: show it rather than let it seem lost
		v.search.SetText("")
	}
	p.selected = i
	p.syncSelection() // selects and scrolls to it
	v.refreshButtons()
}

// awardOptions returns the usual forms of commendation followed by the
// other ones the report already uses.
func awardOptions(r *report.Report) []string {
	seen := map[string]bool{}
	out := append([]string(nil), awardChoices...)
	for _, a := range awardChoices {
		seen[textnorm.Key(a)] = true
	}
	var more []string
	raw := map[string]bool{"": true} // texts already looked at: a long list repeats a few forms
	for _, list := range [][]report.Honoree{r.Honorees.Individuals, r.Honorees.Collectives} {
		for i := range list {
			a := list[i].Award
			if raw[a] {
				continue
			}
			raw[a] = true
			if k := textnorm.Key(a); !seen[k] {
				seen[k] = true
				more = append(more, a)
			}
		}
	}
	sort.Strings(more)
	return append(out, more...)
}

// newEntry and newMultiLine make the form's text fields, with the
// program's Vietnamese typing (Telex/VNI) when the user turned it on.
func newEntry() *vnentry.Entry { return vnentry.New() }

func newMultiLine() *vnentry.Entry {
	e := vnentry.NewMultiLine()
	e.SetMinRowsVisible(3)
	return e
}

// validYear accepts an empty field or a year of birth from 1900 to this
// year.
func validYear(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if n, err := strconv.Atoi(s); err != nil || n < 1900 || n > time.Now().Year() {
		return errors.New(tr("honorees.form.birthInvalid", "Hãy nhập năm sinh bằng bốn chữ số, từ 1900 đến {{.Year}}, hoặc để trống.", map[string]any{"Year": time.Now().Year()}))
	}
	return nil
}
