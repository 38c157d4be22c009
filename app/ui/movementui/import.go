package movementui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/app/movement"
	"baocao/app/ui/keys"
	"baocao/app/ui/undo"
)

// Imported is what reading a workbook of models gave: the entries to
// add, a sentence for every row left out (and why), and notes on rows
// added that are worth a second look.
type Imported struct {
	Entries []movement.Entry
	Skipped []string
	Notes   []string
}

// chooseImport asks for a workbook of models and adds what it holds.
func (v *View) chooseImport() {
	if v.opts.ChooseImport == nil || v.opts.ReadModels == nil {
		return
	}
	v.opts.ChooseImport(func(path string) {
		if path != "" {
			v.ImportFile(path)
		}
	})
}

// ImportFile reads the workbook at path and appends its models to the
// register in one change that Undo takes back.
func (v *View) ImportFile(path string) {
	if v.opts.ReadModels == nil {
		return
	}
	res, err := v.opts.ReadModels(path, v.r)
	if err != nil {
		v.showError(tr("movement.import.failed", "Không nhập được danh sách mô hình từ “{{.File}}”", map[string]any{"File": filepath.Base(path)}), err)
		return
	}
	if len(res.Entries) == 0 && len(res.Skipped) > 0 {
		v.setStatus(tr("movement.import.nothingNew", "Không thêm mô hình nào từ “{{.File}}”: các dòng đã có trong sổ hoặc không đọc được (xem danh sách).", map[string]any{"File": filepath.Base(path)}))
		v.showImportNotes(res)
		return
	}
	if len(res.Entries) == 0 {
		v.showError(tr("movement.import.failed", "Không nhập được danh sách mô hình từ “{{.File}}”", map[string]any{"File": filepath.Base(path)}),
			errText(tr("movement.import.none", "tệp không có dòng mô hình nào đọc được. Hãy kiểm tra hàng tiêu đề (Tên mô hình, Đơn vị, Loại, Lĩnh vực, Giai đoạn, Cấp công nhận, Năm bắt đầu) rồi thử lại.")))
		return
	}
	items := &v.r.Movement.Register
	first := len(*items)
	undo := undo.AppendAll(items, res.Entries)
	n := len(res.Entries)
	data := map[string]any{"Count": n, "File": filepath.Base(path)}
	v.apply(edit{undo: undo, focus: -1,
		what:   tr("movement.import.done", "Đã nhập {{.Count}} mô hình, điển hình từ “{{.File}}”. Bấm “Hoàn tác” để bỏ cả lần nhập này.", data),
		undone: tr("movement.import.undone", "Đã bỏ {{.Count}} mô hình, điển hình vừa nhập từ “{{.File}}”.", data)})
	if r := v.list.rowOf(first); r >= 0 {
		v.table.ScrollTo(widget.TableCellID{Row: r})
	}
	v.showImportNotes(res)
}

// showImportNotes lists the rows an import left out and those to look at
// again, when there are any.
func (v *View) showImportNotes(res Imported) {
	var parts []string
	if len(res.Skipped) > 0 {
		parts = append(parts, trN("movement.import.skipped", "{{.Count}} dòng không nhập được:", len(res.Skipped))+"\n"+strings.Join(res.Skipped, "\n"))
	}
	if len(res.Notes) > 0 {
		parts = append(parts, tr("movement.import.notes", "Cần xem lại:")+"\n"+strings.Join(res.Notes, "\n"))
	}
	v.importNotes = parts
	if len(parts) == 0 {
		return
	}
	text := widget.NewLabel(strings.Join(parts, "\n\n"))
	text.Wrapping = fyne.TextWrapWord
	d := keys.NewCustom(tr("movement.import.title", "Nhập danh sách mô hình"), tr("movement.insert.close", "Đóng"), container.NewVScroll(text), v.win)
	d.Resize(fyne.NewSize(720, 480))
	d.Show()
}

// errText is an error whose message is s.
type errText string

func (e errText) Error() string { return string(e) }
