package movementui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"baocao/app/movement"
)

// Imported is what reading a workbook of models gave: the entries and
// the sentences saying which rows were skipped and why.
type Imported struct {
	Entries []movement.Entry
	Skipped []string
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
	if len(res.Entries) == 0 {
		v.showError(tr("movement.import.failed", "Không nhập được danh sách mô hình từ “{{.File}}”", map[string]any{"File": filepath.Base(path)}),
			errText(tr("movement.import.none", "tệp không có dòng mô hình nào đọc được. Hãy kiểm tra hàng tiêu đề (Tên mô hình, Đơn vị, Loại, Lĩnh vực, Giai đoạn, Cấp công nhận, Năm bắt đầu) rồi thử lại.")))
		return
	}
	items := &v.r.Movement.Register
	first := len(*items)
	undo := appendAll(items, res.Entries)
	n := len(res.Entries)
	data := map[string]any{"Count": n, "File": filepath.Base(path)}
	v.apply(edit{undo: undo, focus: -1,
		what:   tr("movement.import.done", "Đã nhập {{.Count}} mô hình, điển hình từ “{{.File}}”. Bấm “Hoàn tác” để bỏ cả lần nhập này.", data),
		undone: tr("movement.import.undone", "Đã bỏ {{.Count}} mô hình, điển hình vừa nhập từ “{{.File}}”.", data)})
	if r := v.list.rowOf(first); r >= 0 {
		v.table.ScrollTo(widget.TableCellID{Row: r})
	}
	if len(res.Skipped) > 0 {
		msg := trN("movement.import.skipped", "{{.Count}} dòng không nhập được:", len(res.Skipped)) + "\n" + strings.Join(res.Skipped, "\n")
		dialog.ShowInformation(tr("movement.import.title", "Nhập danh sách mô hình"), msg, v.win)
	}
}

// errText is an error whose message is s.
type errText string

func (e errText) Error() string { return string(e) }
