package movementui

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/ui/keys"
)

// figuresTab shows the figures table exactly as movement.Figures gives it
// (this year, last year, the change, where each number came from), its
// notes, and the chart by field.
type figuresTab struct {
	v        *View
	obj      fyne.CanvasObject
	fig      movement.Figures
	lines    []figLine // the table's rows: group titles and rows
	cols     []string
	table    *widget.Table
	notes    *widget.Label
	baseline *widget.Label
	takeBtn  *widget.Button
	chart    *barChart
}

// figLine is a line of the on-screen table: a group title or a row.
type figLine struct {
	title string
	row   movement.Row
}

func newFiguresTab(v *View) *figuresTab {
	t := &figuresTab{v: v}
	t.table = widget.NewTable(
		func() (int, int) { return len(t.lines), len(t.cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		t.updateCell)
	t.table.ShowHeaderRow = true
	t.table.OnSelected = func(widget.TableCellID) { t.table.UnselectAll() } // read-only: nothing to act on
	t.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		if id.Col >= 0 && id.Col < len(t.cols) {
			l.SetText(t.cols[id.Col])
		}
	}
	t.notes = widget.NewLabel("")
	t.notes.Wrapping = fyne.TextWrapWord
	t.notes.SizeName = theme.SizeNameCaptionText
	t.baseline = widget.NewLabel("")
	t.baseline.Wrapping = fyne.TextWrapWord
	t.takeBtn = widget.NewButtonWithIcon(tr("movement.figures.take", "Lấy số liệu năm trước từ tệp…"), theme.FolderOpenIcon(), v.chooseBaseline)
	if v.opts.ChooseDraft == nil {
		t.takeBtn.Hide()
	}
	t.chart = newBarChart()
	top := container.NewBorder(nil, nil, nil, t.takeBtn, t.baseline)
	split := container.NewVSplit(t.table, container.NewBorder(t.notes, nil, nil, nil, t.chart))
	split.Offset = 0.6
	t.obj = container.NewBorder(top, nil, nil, nil, split)
	return t
}

// load shows the figures of the draft as it is now.
func (t *figuresTab) load() {
	t.fig = t.v.r.Figures()
	f := &t.fig
	t.cols = f.Columns()
	t.lines = t.lines[:0]
	for _, g := range f.Groups {
		t.lines = append(t.lines, figLine{title: g.Title})
		for _, r := range g.Rows {
			t.lines = append(t.lines, figLine{row: r})
		}
	}
	t.table.SetColumnWidth(0, 290)
	for i := 1; i < len(t.cols); i++ {
		t.table.SetColumnWidth(i, 92)
	}
	if f.HasBaseline() {
		t.table.SetColumnWidth(3, 132) // the change: "+12 (+10,9%)"
	}
	t.table.SetColumnWidth(len(t.cols)-1, 104)
	t.table.Refresh()
	t.notes.SetText(joinLines(f.Notes))
	t.baseline.SetText(t.baselineText())
	t.chart.setFigures(*f)
	t.obj.Refresh() // the notes wrap: lay out again now that their text is known
}

func joinLines(lines []string) string {
	s := ""
	for i, l := range lines {
		if i > 0 {
			s += "\n"
		}
		s += l
	}
	return s
}

// baselineText says where last year's figures came from, or how to get them.
func (t *figuresTab) baselineText() string {
	b := t.v.r.Movement.Baseline
	if b == nil {
		return tr("movement.figures.noBaseline", "Chưa có số liệu năm trước để so sánh. Bấm “Lấy số liệu năm trước từ tệp…” và chọn bản nháp báo cáo năm trước.")
	}
	return tr("movement.figures.baseline", "Số liệu năm {{.Year}} lấy từ “{{.Source}}”.", map[string]any{"Year": b.Year, "Source": b.Source})
}

// cells returns the on-screen texts of line i, as movement.Figures.Cells
// writes them; a group title fills the first column.
func (t *figuresTab) cells(i int) []string {
	l := t.lines[i]
	if l.title != "" {
		return []string{l.title}
	}
	return t.fig.Cells(l.row)
}

func (t *figuresTab) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	text, bold, align := "", false, fyne.TextAlignLeading
	if id.Row >= 0 && id.Row < len(t.lines) {
		cells := t.cells(id.Row)
		if id.Col < len(cells) {
			text = cells[id.Col]
		}
		line := t.lines[id.Row]
		bold = line.title != "" || line.row.IsTotal()
		if id.Col > 0 && id.Col < len(t.cols)-1 {
			align = fyne.TextAlignTrailing
		}
	}
	if l.Text != text || l.TextStyle.Bold != bold || l.Alignment != align {
		l.Text, l.TextStyle.Bold, l.Alignment = text, bold, align
		l.Refresh()
	}
}

// chooseBaseline asks for last year's draft and takes its figures as the
// comparison baseline (report.TakeBaseline). Undo is the figures' own: a
// new file replaces the old baseline.
func (v *View) chooseBaseline() {
	if v.opts.ChooseDraft == nil || v.opts.LoadDraft == nil {
		return
	}
	v.opts.ChooseDraft(func(path string) {
		if path != "" {
			v.TakeBaselineFrom(path)
		}
	})
}

// TakeBaselineFrom takes last year's figures from the draft at path.
func (v *View) TakeBaselineFrom(path string) {
	old := v.r.Movement.Baseline
	last, err := v.opts.LoadDraft(path)
	if err == nil {
		err = report.TakeBaseline(v.r, last, filepath.Base(path))
	}
	if err != nil {
		v.showError(tr("movement.figures.takeFailed", "Không lấy được số liệu năm trước"), err)
		return
	}
	m := &v.r.Movement
	data := map[string]any{"Year": m.Baseline.Year, "File": filepath.Base(path)}
	v.apply(edit{tab: TabFigures, focus: -1,
		undo:   func() { m.Baseline = old },
		what:   tr("movement.figures.taken", "Đã lấy số liệu năm {{.Year}} từ “{{.File}}” để so sánh.", data),
		undone: tr("movement.figures.untaken", "Đã bỏ số liệu năm {{.Year}} vừa lấy từ “{{.File}}”.", data)})
	v.figures.load()
}

// showError shows what went wrong and what to do, in a dialog.
func (v *View) showError(what string, err error) {
	msg := fmt.Errorf("%s: %w", what, err)
	v.setStatus(msg.Error())
	keys.ShowError(msg, v.win)
}
