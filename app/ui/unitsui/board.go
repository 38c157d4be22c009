package unitsui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/keys"
	"baocao/app/units"
)

// showBoard shows the status board of a collection: the counts, a line
// per unit (its status by colour and by word, the rows taken, the file),
// and the files not taken. "Áp dụng" takes it into the draft.
func (v *View) showBoard(b *units.Board) {
	v.pending = b
	received, problems, missing := b.Counts()
	head := widget.NewLabel(tr("units.board.counts", "Thư mục có {{.Files}} tệp: {{.Received}}/{{.Total}} đơn vị đã gửi ({{.Problems}} có vấn đề), {{.Missing}} chưa gửi.",
		map[string]any{"Files": b.Files, "Received": received, "Total": len(b.Units), "Problems": problems, "Missing": missing}))
	head.Wrapping = fyne.TextWrapWord
	head.TextStyle.Bold = true

	// Problems first, then the units received, then those missing: what
	// needs a look is at the top; the draft's order within each.
	rows := container.NewVBox()
	for _, st := range []units.Status{units.Problems, units.Received, units.Missing} {
		for i := range b.Units {
			if b.Units[i].Status == st {
				rows.Add(boardRow(&b.Units[i]))
			}
		}
	}
	if len(b.Unmatched) > 0 {
		l := widget.NewLabel(trN("units.board.unmatched", "{{.Count}} tệp không lấy được:", len(b.Unmatched)))
		l.TextStyle.Bold = true
		rows.Add(l)
		for _, m := range b.Unmatched {
			t := widget.NewLabel("  • " + m.File + ": " + m.Problem)
			t.Wrapping = fyne.TextWrapWord
			rows.Add(t)
		}
	}
	hint := widget.NewLabel(tr("units.board.hint", "Bấm “Áp dụng” để lấy các dòng vào báo cáo: dòng của đơn vị đã thu thập lần trước được thay, không cộng thêm. Đơn vị chưa gửi giữ nguyên."))
	hint.Wrapping = fyne.TextWrapWord
	d := keys.NewConfirm(tr("units.board.title", "Kết quả thu thập"), tr("units.board.apply", "Áp dụng"), tr("units.board.close", "Đóng"),
		container.NewBorder(head, hint, nil, nil, container.NewVScroll(rows)), func(ok bool) {
			v.boardDlg = nil
			if ok && v.pending == b {
				v.Apply(b)
			} else {
				v.setStatus(tr("units.board.notApplied", "Chưa lấy gì vào báo cáo. Bấm “Thu thập lại” khi muốn xem lại kết quả."))
			}
			v.pending = nil
		}, v.win)
	if received == 0 {
		d.SetConfirmText(tr("units.board.applyNothing", "Áp dụng (không có gì)"))
	}
	size := v.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(860, size.Width-40), min(600, size.Height-40)))
	v.boardDlg = d
	d.Show()
}

// boardRow is one unit's line on the board.
func boardRow(u *units.UnitResult) fyne.CanvasObject {
	dot := canvas.NewCircle(statusColor(u.Status))
	status := statusLabel(u.Status)
	if u.Status == units.Problems {
		status += fmt.Sprintf(" (%d)", len(u.Problems))
	}
	text := u.Unit.Name + " — " + status
	if u.Status != units.Missing {
		text += " — " + trN("units.board.rows", "{{.Count}} dòng", u.Rows()) + ", " + u.File
		if !u.Form && u.NamedBy != "" {
			text += " " + tr("units.board.own", "(danh sách riêng của đơn vị, nhận theo {{.By}})", map[string]any{"By": u.NamedBy})
		}
	}
	var lines []string
	for _, p := range u.Problems {
		lines = append(lines, "    ! "+p.String())
	}
	for _, n := range u.Notes {
		lines = append(lines, "    · "+n)
	}
	l := widget.NewLabel(strings.Join(append([]string{text}, lines...), "\n"))
	l.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, container.NewVBox(layoutSpacer(), container.NewGridWrap(fyne.NewSize(14, 14), dot)), nil, l)
}

// layoutSpacer puts the dot level with the first line of its text.
func layoutSpacer() fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(1, 2))
	return r
}
