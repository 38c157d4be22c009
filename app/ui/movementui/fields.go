package movementui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/textnorm"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// fieldsForm is the dialog of the draft's list of fields: rename a field
// (its entries follow), add one, take out one no entry uses.
type fieldsForm struct {
	dlg     dialog.Dialog
	old     []string
	entries []*vnentry.Entry
	box     *fyne.Container
	err     *widget.Label
}

// openFields opens the list of fields.
func (v *View) openFields() {
	f := &fieldsForm{old: slices.Clone(v.r.Movement.FieldList())}
	f.box = container.NewVBox()
	for _, name := range f.old {
		f.add(name)
	}
	// The dialog's buttons pass Escape on (package keys).
	addBtn := keys.NewButton(tr("movement.fields.add", "Thêm lĩnh vực"), theme.ContentAddIcon(), func() {
		e := f.add("")
		v.win.Canvas().Focus(e)
	})
	f.err = widget.NewLabel("")
	f.err.Wrapping = fyne.TextWrapWord
	f.err.Importance = widget.DangerImportance
	f.err.Hide()
	intro := widget.NewLabel(tr("movement.fields.intro", "Danh sách lĩnh vực lấy theo mẫu báo cáo. Sửa tên một lĩnh vực thì các mô hình thuộc lĩnh vực đó đổi theo; xóa trắng một ô để bỏ lĩnh vực không còn mô hình nào."))
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(intro, container.NewVBox(f.err, addBtn), nil, nil, container.NewVScroll(f.box))
	var d *keys.ConfirmDialog
	d = keys.NewConfirm(tr("movement.fields.title", "Lĩnh vực của phong trào"), tr("movement.form.save", "Lưu"), tr("movement.form.cancel", "Hủy"), content, func(ok bool) {
		if !ok {
			v.fields = nil
			return
		}
		if err := v.saveFields(f); err != nil {
			f.err.SetText(err.Error())
			f.err.Show()
			d.Show() // stays open until the list can be taken
			return
		}
		v.fields = nil
	}, v.win)
	d.Resize(fyne.NewSize(600, 460))
	f.dlg = d
	v.fields = f
	d.Show()
}

// add appends a row for one field.
func (f *fieldsForm) add(name string) *vnentry.Entry {
	e := vnentry.New()
	e.SetText(name)
	e.SetPlaceHolder(tr("movement.fields.hint", "Tên lĩnh vực"))
	f.entries = append(f.entries, e)
	f.box.Add(e)
	return e
}

// saveFields takes the list typed in f: row i renames field i, empty rows
// are dropped (refused while some entry is in that field), new rows add
// fields. Undo puts the list and the entries' fields back.
func (v *View) saveFields(f *fieldsForm) error {
	m := &v.r.Movement
	var names []string
	rename := map[int]string{} // old index → new name
	seen := map[string]bool{}
	for i, e := range f.entries {
		name := textnorm.Line(e.Text)
		if name == "" {
			if i < len(f.old) {
				if n := v.countInField(i); n > 0 {
					return fmt.Errorf("%s", tr("movement.fields.inUse", "Lĩnh vực “{{.Field}}” đang có {{.Count}} mô hình, điển hình; hãy chuyển chúng sang lĩnh vực khác trước khi bỏ lĩnh vực này.", map[string]any{"Field": f.old[i], "Count": n}))
				}
			}
			continue
		}
		k := textnorm.Key(name)
		if seen[k] {
			return fmt.Errorf("%s", tr("movement.fields.twice", "Lĩnh vực “{{.Field}}” có hai lần; hãy xóa một lần.", map[string]any{"Field": name}))
		}
		seen[k] = true
		if i < len(f.old) && name != f.old[i] {
			rename[i] = name
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return fmt.Errorf("%s", tr("movement.fields.none", "Cần ít nhất một lĩnh vực; hãy nhập tên lĩnh vực."))
	}
	if slices.Equal(names, f.old) {
		return nil
	}
	oldFields := slices.Clone(m.Fields)
	type moved struct {
		i    int
		from string
	}
	var changedEntries []moved
	for i := range m.Register {
		if j := m.FieldIndex(m.Register[i].Field); j >= 0 {
			if to, ok := rename[j]; ok {
				changedEntries = append(changedEntries, moved{i, m.Register[i].Field})
				m.Register[i].Field = to
			}
		}
	}
	m.Fields = names
	v.apply(edit{focus: -1,
		undo: func() {
			m.Fields = oldFields
			for _, c := range changedEntries {
				m.Register[c.i].Field = c.from
			}
		},
		what:   tr("movement.status.fields", "Đã lưu danh sách {{.Count}} lĩnh vực.", map[string]any{"Count": len(names)}),
		undone: tr("movement.undone.fields", "Đã trả danh sách lĩnh vực về như trước.")})
	return nil
}

// countInField counts the entries in field i of the list.
func (v *View) countInField(i int) int {
	m := &v.r.Movement
	n := 0
	for j := range m.Register {
		if m.FieldIndex(m.Register[j].Field) == i {
			n++
		}
	}
	return n
}
