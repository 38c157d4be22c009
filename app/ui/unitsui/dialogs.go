package unitsui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/textnorm"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
	"baocao/app/units"
)

// unitForm is the add/edit dialog of one unit.
type unitForm struct {
	dlg                  *keys.FormDialog // Save and Cancel pass Escape on
	name, short, contact *vnentry.Entry
	index                int // the unit edited, -1 when adding
}

// openForm opens the form for unit i, or for a new unit when i < 0.
func (v *View) openForm(i int) {
	if i >= len(v.r.Units) {
		return
	}
	f := &unitForm{index: i, name: vnentry.New(), short: vnentry.New(), contact: vnentry.New()}
	f.name.SetPlaceHolder(tr("units.form.namePlaceholder", "Phòng Văn hóa và Thông tin"))
	f.short.SetPlaceHolder(tr("units.form.shortPlaceholder", "PVH (không bắt buộc)"))
	f.contact.SetPlaceHolder(tr("units.form.contactPlaceholder", "Người, số điện thoại, thư điện tử"))
	title := tr("units.form.addTitle", "Thêm đơn vị")
	if i >= 0 {
		u := v.r.Units[i]
		f.name.SetText(u.Name)
		f.short.SetText(u.Short)
		f.contact.SetText(u.Contact)
		title = tr("units.form.editTitle", "Sửa đơn vị")
	}
	items := []*widget.FormItem{
		widget.NewFormItem(tr("units.col.name", "Tên đơn vị"), f.name),
		widget.NewFormItem(tr("units.col.short", "Viết tắt"), f.short),
		widget.NewFormItem(tr("units.col.contact", "Liên hệ"), f.contact),
	}
	f.dlg = keys.NewForm(title, tr("units.form.save", "Lưu"), tr("units.form.cancel", "Hủy"), items, func(ok bool) {
		v.form = nil
		if ok {
			v.saveForm(f)
		}
	}, v.win)
	f.name.OnSubmitted = func(string) { f.dlg.Submit() }
	f.dlg.Resize(fyne.NewSize(560, 260))
	v.form = f
	f.dlg.Show()
	v.win.Canvas().Focus(f.name)
}

// saveForm takes the form's unit into the list as one change.
func (v *View) saveForm(f *unitForm) {
	name := textnorm.Line(f.name.Text)
	if name == "" {
		v.showError(tr("units.form.failed", "Không lưu được đơn vị"), errText(tr("units.form.noName", "đơn vị chưa có tên. Hãy bấm “Thêm” lại và gõ tên đơn vị.")))
		return
	}
	if j := v.r.UnitIndex(name); j >= 0 && j != f.index {
		v.showError(tr("units.form.failed", "Không lưu được đơn vị"), errText(tr("units.form.same", "danh sách đã có đơn vị “{{.Name}}” (dòng {{.Row}}). Hãy gõ tên khác, hoặc sửa dòng đó.", map[string]any{"Name": v.r.Units[j].Name, "Row": j + 1})))
		return
	}
	undo := keepUnits(v.r)
	data := map[string]any{"Name": name}
	if f.index < 0 {
		if _, _, err := v.r.AddUnit(name, f.short.Text, f.contact.Text); err != nil {
			v.showError(tr("units.form.failed", "Không lưu được đơn vị"), err)
			return
		}
		v.selected = len(v.r.Units) - 1
		v.apply(edit{undo: undo, focus: -1,
			what:   tr("units.added", "Đã thêm đơn vị “{{.Name}}”.", data),
			undone: tr("units.undone.addedOne", "Đã bỏ đơn vị “{{.Name}}” vừa thêm.", data)})
		v.table.ScrollTo(widget.TableCellID{Row: v.selected, Col: colName})
		return
	}
	// The id stays: the unit's form and the rows collected from it keep
	// pointing at it.
	u := &v.r.Units[f.index]
	u.Name, u.Short, u.Contact = name, textnorm.Line(f.short.Text), textnorm.Line(f.contact.Text)
	v.selected = f.index
	v.apply(edit{undo: undo, focus: f.index,
		what:   tr("units.edited", "Đã sửa đơn vị “{{.Name}}”.", data),
		undone: tr("units.undone.edited", "Đã trả lại đơn vị như trước khi sửa.", data)})
}

// openPaste asks for lines pasted from Excel or typed: name ⇥ short name
// ⇥ contact (or separated by | or ;).
func (v *View) openPaste() {
	text := vnentry.NewMultiLine()
	text.SetPlaceHolder(tr("units.paste.placeholder", "Phòng Văn hóa\tPVH\tchị Lan, 0903 111 222\nChi bộ Thư viện"))
	text.SetMinRowsVisible(8)
	hint := widget.NewLabel(tr("units.paste.hint", "Mỗi dòng một đơn vị: tên, rồi viết tắt và liên hệ nếu có, cách nhau bằng Tab (chép thẳng từ Excel), dấu | hoặc dấu ;. Đơn vị đã có trong danh sách không thêm lần nữa."))
	hint.Wrapping = fyne.TextWrapWord
	d := keys.NewConfirm(tr("units.paste.title", "Dán danh sách đơn vị"), tr("units.paste.ok", "Thêm"), tr("units.form.cancel", "Hủy"),
		container.NewBorder(hint, nil, nil, nil, text), func(ok bool) {
			if ok {
				v.Paste(text.Text)
			}
		}, v.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
	v.win.Canvas().Focus(text)
}

// Paste adds the units of pasted lines as one change.
func (v *View) Paste(text string) {
	us := report.ParseUnits(text)
	if len(us) == 0 {
		v.showError(tr("units.paste.failed", "Không thêm được đơn vị"), errText(tr("units.paste.none", "không có dòng nào có tên đơn vị. Hãy dán mỗi đơn vị một dòng rồi bấm “Thêm”.")))
		return
	}
	v.addUnits(us, tr("units.paste.what", "Dán danh sách"))
}

// suggest offers the units named in the honorees and the register that
// are not in the list yet.
func (v *View) suggest() {
	names := report.SuggestUnits(v.r)
	if len(names) == 0 {
		v.setStatus(tr("units.suggest.none", "Không có gợi ý: mọi đơn vị có trong danh sách khen thưởng và sổ mô hình đều đã ở trong danh sách."))
		return
	}
	l := widget.NewLabel(strings.Join(names, "\n"))
	msg := widget.NewLabel(trN("units.suggest.found", "Danh sách khen thưởng và sổ mô hình có {{.Count}} đơn vị chưa ở trong danh sách:", len(names)))
	msg.Wrapping = fyne.TextWrapWord
	d := keys.NewConfirm(tr("units.suggest.title", "Gợi ý đơn vị"), tr("units.suggest.ok", "Thêm tất cả"), tr("units.form.cancel", "Hủy"),
		container.NewBorder(msg, nil, nil, nil, container.NewVScroll(l)), func(ok bool) {
			if ok {
				v.Suggest()
			}
		}, v.win)
	d.Resize(fyne.NewSize(560, 440))
	d.Show()
}

// Suggest adds every suggested unit as one change.
func (v *View) Suggest() {
	var us []report.Unit
	for _, n := range report.SuggestUnits(v.r) {
		us = append(us, report.Unit{Name: n})
	}
	v.addUnits(us, tr("units.suggest.what", "Gợi ý từ danh sách"))
}

// chooseImport asks for a workbook, then for its column.
func (v *View) chooseImport() {
	if v.opts.ChooseImport == nil {
		return
	}
	v.opts.ChooseImport(func(path string) {
		col, sheet := vnentry.New(), vnentry.New()
		col.SetText("B")
		sheet.SetPlaceHolder(tr("units.import.firstSheet", "(trang đầu)"))
		items := []*widget.FormItem{
			widget.NewFormItem(tr("units.import.column", "Cột"), col),
			widget.NewFormItem(tr("units.import.sheet", "Trang"), sheet),
		}
		d := keys.NewForm(tr("units.import.title", "Nhập đơn vị từ “{{.File}}”", map[string]any{"File": filepath.Base(path)}),
			tr("units.import.ok", "Nhập"), tr("units.form.cancel", "Hủy"), items, func(ok bool) {
				if ok {
					v.ImportColumn(path, textnorm.Line(sheet.Text), strings.ToUpper(textnorm.Line(col.Text)))
				}
			}, v.win)
		d.Resize(fyne.NewSize(480, 220))
		d.Show()
	})
}

// ImportColumn adds the units of one column of a workbook as one change.
func (v *View) ImportColumn(path, sheet, col string) {
	us, err := units.ReadColumn(path, sheet, col)
	if err == nil && len(us) == 0 {
		err = errText(tr("units.import.empty", "cột {{.Col}} không có tên đơn vị nào. Hãy mở tệp xem tên đơn vị nằm ở cột nào rồi nhập lại.", map[string]any{"Col": col}))
	}
	if err != nil {
		v.showError(tr("units.import.failed", "Không nhập được đơn vị từ “{{.File}}”", map[string]any{"File": filepath.Base(path)}),
			fmt.Errorf("%w. %s", err, tr("units.import.next", "Hãy mở tệp xem tên đơn vị nằm ở cột nào, trang nào rồi bấm “Nhập từ Excel…” lại.")))
		return
	}
	v.addUnits(us, tr("units.import.what", "Nhập từ “{{.File}}”", map[string]any{"File": filepath.Base(path)}))
}

// chooseFormsFolder asks where to write the forms.
func (v *View) chooseFormsFolder() {
	if v.opts.ChooseFolder == nil {
		return
	}
	v.opts.ChooseFolder(tr("units.forms.choose", "Chọn thư mục để ghi biểu mẫu"), v.CreateForms)
}

// CreateForms writes a form per unit into dir, asking first when some
// are there already (a unit's filled-in form must not be lost unasked).
func (v *View) CreateForms(dir string) {
	var there []string
	for _, u := range v.r.Units {
		if fileExists(filepath.Join(dir, units.FileName(v.r.Year, u))) {
			there = append(there, units.FileName(v.r.Year, u))
		}
	}
	if len(there) == 0 {
		v.writeForms(dir)
		return
	}
	msg := trN("units.forms.overwrite", "Thư mục đã có {{.Count}} biểu mẫu cùng tên (có thể là biểu đơn vị đã điền). Ghi đè lên chúng?", len(there))
	text := widget.NewLabel(msg + "\n" + strings.Join(limit(there, 6), "\n"))
	text.Wrapping = fyne.TextWrapWord
	d := keys.NewConfirm(tr("units.forms.overwriteTitle", "Ghi đè biểu mẫu?"), tr("units.forms.overwriteOK", "Ghi đè"), tr("units.form.cancel", "Hủy"), text, func(ok bool) {
		if ok {
			v.writeForms(dir)
		} else {
			v.setStatus(tr("units.forms.kept", "Chưa ghi biểu mẫu nào. Hãy chọn thư mục khác (một thư mục trống) để ghi."))
		}
	}, v.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// writeForms writes the forms off the UI goroutine.
func (v *View) writeForms(dir string) {
	snap := snapshot(v.r)
	v.work(tr("units.forms.busy", "Đang tạo biểu mẫu…"), func() func() {
		paths, err := units.WriteForms(snap, dir, true)
		return func() {
			if err != nil {
				v.showError(tr("units.forms.failed", "Không tạo được biểu mẫu"), errors.Join(err, errText(tr("units.forms.next", "Hãy chọn một thư mục ghi được (trên máy này, không chỉ đọc) rồi thử lại."))))
				return
			}
			v.setStatus(tr("units.forms.done", "Đã tạo {{.Count}} biểu mẫu trong {{.Folder}}. Gửi mỗi đơn vị tệp của mình; khi nhận lại, chép vào một thư mục rồi bấm “Thu thập từ thư mục…”.",
				map[string]any{"Count": len(paths), "Folder": dir}))
		}
	})
}

// chooseCollectFolder asks for the folder of returned workbooks.
func (v *View) chooseCollectFolder() {
	if v.opts.ChooseFolder == nil {
		return
	}
	v.opts.ChooseFolder(tr("units.collect.choose", "Chọn thư mục chứa các biểu đơn vị gửi về"), v.CollectFolder)
}

// CollectFolder reads the workbooks of dir off the UI goroutine, then
// shows the board; nothing changes in the draft until "Áp dụng".
func (v *View) CollectFolder(dir string) {
	if dir == "" || v.busy {
		return
	}
	v.folder = dir
	if v.opts.Prefs != nil {
		v.opts.Prefs.SetString(prefFolder, dir)
	}
	snap := snapshot(v.r)
	v.work(tr("units.collect.busy", "Đang đọc các biểu đơn vị gửi về…"), func() func() {
		b, err := units.Collect(dir, snap)
		return func() {
			if err != nil {
				v.showError(tr("units.collect.failed", "Không thu thập được thư mục “{{.Folder}}”", map[string]any{"Folder": dir}),
					errors.Join(err, errText(tr("units.collect.next", "Hãy kiểm tra thư mục còn đó (ổ USB đã cắm) rồi chọn lại bằng “Thu thập từ thư mục…”."))))
				return
			}
			v.setStatus(tr("units.collect.read", "Đã đọc {{.Files}} tệp của thư mục {{.Folder}}. Xem kết quả, rồi bấm “Áp dụng” để lấy vào báo cáo.", map[string]any{"Files": b.Files, "Folder": dir}))
			v.showBoard(b)
		}
	})
}

// work runs job off the UI goroutine with the busy bar shown and the
// buttons disabled; job returns what to do on the UI goroutine after.
func (v *View) work(what string, job func() func()) {
	r := v.r
	v.busy = true
	v.setStatus(what)
	v.activity.Show()
	v.activity.Start()
	v.refreshButtons()
	go func() {
		after := job()
		v.opts.Do(func() {
			v.busy = false
			v.activity.Stop()
			v.activity.Hide()
			v.refresh()
			// Another draft opened meanwhile: the result is the old one's.
			if v.r == r {
				after()
			}
		})
	}()
}

// Apply takes board b into the draft as one change that Undo takes back.
func (v *View) Apply(b *units.Board) {
	undo := keepCollected(v.r)
	a := b.ApplyTo(v.r)
	v.board = b
	data := map[string]any{"Units": a.Units, "Added": a.Added, "Replaced": a.Replaced}
	v.apply(edit{undo: func() {
		undo()
		v.board = nil
		if v.opts.Collected != nil {
			v.opts.Collected()
		}
	}, focus: v.selected,
		what:   tr("units.applied", "Đã lấy {{.Added}} dòng của {{.Units}} đơn vị vào báo cáo (thay {{.Replaced}} dòng lấy lần trước); số liệu là tổng các đơn vị. Bấm “Hoàn tác” để bỏ cả lần thu thập này.", data),
		undone: tr("units.undone.applied", "Đã bỏ lần thu thập vừa rồi: báo cáo trở lại như trước.", data)})
	if v.opts.Collected != nil {
		v.opts.Collected()
	}
}

// snapshot copies what Collect and WriteForms read of r, so that they
// can run while the user goes on editing r.
func snapshot(r *report.Report) *report.Report {
	c := *r
	c.Units = append([]report.Unit(nil), r.Units...)
	c.Honorees.Individuals = append([]report.Honoree(nil), r.Honorees.Individuals...)
	c.Honorees.Collectives = append([]report.Honoree(nil), r.Honorees.Collectives...)
	c.Movement = r.Movement.Clone()
	return &c
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func limit(xs []string, n int) []string {
	if len(xs) <= n {
		return xs
	}
	return append(xs[:n:n], "…")
}
