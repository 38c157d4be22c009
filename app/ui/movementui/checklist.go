package movementui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baocao/app/movement"
	"baocao/app/ui/vnentry"
)

// checklistTab lists last year's tasks (carried from last year's report)
// with an answer each: done, partly, not done, and a note.
type checklistTab struct {
	v       *View
	obj     fyne.CanvasObject
	box     *fyne.Container
	tally   *widget.Label
	answers []*widget.Select
	notes   []*vnentry.Entry
	loading bool
}

func newChecklistTab(v *View) *checklistTab {
	t := &checklistTab{v: v}
	t.tally = widget.NewLabel("")
	t.tally.Wrapping = fyne.TextWrapWord
	t.box = container.NewVBox()
	t.obj = container.NewBorder(t.tally, nil, nil, nil, container.NewVScroll(t.box))
	return t
}

func answerLabels() []string {
	var out []string
	for _, a := range movement.Answers {
		out = append(out, answerLabel(a))
	}
	return out
}

// load shows the draft's checklist.
func (t *checklistTab) load() {
	items := t.v.r.Movement.Checklist
	t.loading = true
	defer func() { t.loading = false }()
	t.box.RemoveAll()
	t.answers, t.notes = nil, nil
	if len(items) == 0 {
		t.tally.SetText(tr("movement.checklist.empty", "Chưa có nhiệm vụ năm trước. Khi tạo báo cáo bằng “Báo cáo năm mới từ năm trước…” ở màn hình đầu, các nhiệm vụ của báo cáo năm trước hiện ở đây để đánh giá kết quả năm nay."))
		return
	}
	for i := range items {
		i := i
		task := widget.NewLabelWithStyle(tr("movement.checklist.task", "{{.N}}. {{.Task}}", map[string]any{"N": i + 1, "Task": items[i].Task}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		task.Wrapping = fyne.TextWrapWord
		sel := widget.NewSelect(answerLabels(), func(s string) { t.answered(i, s) })
		sel.PlaceHolder = tr("movement.checklist.choose", "(chưa đánh giá)")
		if items[i].Answer.Valid() && items[i].Answer != movement.AnswerNone {
			sel.SetSelected(answerLabel(items[i].Answer))
		}
		note := vnentry.New()
		note.SetText(items[i].Note)
		note.SetPlaceHolder(tr("movement.checklist.note", "Ghi chú: kết quả, phần còn lại, lý do…"))
		note.OnChanged = func(s string) { t.noted(i, s) }
		t.answers = append(t.answers, sel)
		t.notes = append(t.notes, note)
		row := container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(230, sel.MinSize().Height), sel), nil, note)
		t.box.Add(container.NewVBox(task, row, widget.NewSeparator()))
	}
	t.showTally()
}

func (t *checklistTab) showTally() {
	done, partly, not, open := movement.TallyChecklist(t.v.r.Movement.Checklist)
	t.tally.SetText(tr("movement.checklist.tally", "Nhiệm vụ năm trước: {{.Done}} đã thực hiện, {{.Partly}} thực hiện một phần, {{.Not}} chưa thực hiện, {{.Open}} chưa đánh giá. Đánh giá từng nhiệm vụ để đưa vào phần kết quả năm nay.",
		map[string]any{"Done": done, "Partly": partly, "Not": not, "Open": open}))
}

// answered stores the answer chosen for task i.
func (t *checklistTab) answered(i int, label string) {
	items := t.v.r.Movement.Checklist
	if t.loading || i >= len(items) {
		return
	}
	for _, a := range movement.Answers {
		if answerLabel(a) == label && items[i].Answer != a {
			items[i].Answer = a
			t.showTally()
			t.v.refreshCounts()
			t.v.changed()
		}
	}
}

// noted stores the note of task i.
func (t *checklistTab) noted(i int, s string) {
	items := t.v.r.Movement.Checklist
	if t.loading || i >= len(items) || items[i].Note == s {
		return
	}
	items[i].Note = s
	t.v.changed()
}

// focus puts the keyboard on task i's answer.
func (t *checklistTab) focus(i int) {
	if i >= 0 && i < len(t.answers) {
		t.v.win.Canvas().Focus(t.answers[i])
	}
}
