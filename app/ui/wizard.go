package ui

import (
	"fmt"
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/ui/movementui"
	"baocao/app/ui/pointsui"
	"baocao/app/ui/unitsui"
	"baocao/app/ui/vnentry"
)

// fieldUnits is the report's list of units (json "units"): problems
// about it are shown at the units step.
const fieldUnits = "units"

// Step numbers (0-based) of the wizard.
const (
	StepGeneral = iota
	StepAchievements
	StepLimitations
	StepTasks
	StepRecommendations
	StepUnits
	StepMovement
	StepHonorees
	StepClosing
	StepReview
	stepCount
)

// step is one page of the wizard.
type step struct {
	title  string   // translated title
	short  string   // the title in the step list, when the full one does not fit
	fields []string // report fields the step edits (for its mark)
	obj    fyne.CanvasObject
	// focus puts the keyboard on the widget of a validation field; it
	// reports whether the step has it.
	focus func(field string) bool
}

// wizard is the drafting view: the step list, the current step, Back and
// Next, the typing-mode switch and a status line.
type wizard struct {
	w       *Window
	r       *report.Report
	obj     fyne.CanvasObject
	steps   []*step
	current int

	list          *widget.List
	content       *fyne.Container
	back, next    *widget.Button
	progress      *widget.ProgressBar
	progressLabel *widget.Label
	status        *widget.Label
	typing        *typingBar
	nav, top      *fyne.Container

	problems report.Problems
	// inputErrors holds, by field, why the text typed there could not be
	// taken into the report (a date that is not a date).
	inputErrors map[string]string
	marks       []mark
	validateGen int  // number of the newest validation started
	checked     bool // marks hold a validation result

	general  *generalStep
	sections []*pointsui.Editor
	units    *unitsui.View
	movement *movementui.View
	honorees honoreesStep
	closing  *closingStep
	review   *reviewStep
}

// cloneReport returns a copy of r that shares no slice with it (strings
// are immutable and may be shared), so that it can be read on another
// goroutine while the user goes on editing r.
func cloneReport(r *report.Report) *report.Report {
	c := *r
	c.Achievements.Points = append([]report.Point(nil), r.Achievements.Points...)
	c.Limitations.Points = append([]report.Point(nil), r.Limitations.Points...)
	c.Tasks.Points = append([]report.Point(nil), r.Tasks.Points...)
	c.Recommendations.Points = append([]report.Point(nil), r.Recommendations.Points...)
	c.Honorees.Collectives = append([]report.Honoree(nil), r.Honorees.Collectives...)
	c.Honorees.Individuals = append([]report.Honoree(nil), r.Honorees.Individuals...)
	c.Recipients = append([]string(nil), r.Recipients...)
	c.Movement = r.Movement.Clone()
	return &c
}

// mark is what the step list shows beside a step.
type mark struct{ errors, warnings int }

func newWizard(w *Window) *wizard {
	z := &wizard{w: w, r: w.doc.r}
	z.status = widget.NewLabel(w.status)
	z.status.Truncation = fyne.TextTruncateEllipsis
	z.build()
	z.refreshMarksLater()
	return z
}

func (z *wizard) build() {
	w := z.w
	z.general = newGeneralStep(z)
	z.steps = append(z.steps, &step{title: lang.L("General information"), fields: []string{
		report.FieldProfile, report.FieldSuperiorBody, report.FieldIssuingBody, report.FieldNumber,
		report.FieldSymbol, report.FieldPlace, report.FieldIssueDate, report.FieldYear,
		report.FieldTitle, report.FieldSummary, report.FieldOpening},
		obj: z.general.obj, focus: z.general.focus})

	titles := []string{lang.L("Achievements"), lang.L("Limitations and causes"), lang.L("Next year's tasks"), lang.L("Recommendations")}
	// The list beside the steps is narrow: the section's full name stays
	// in the step's own heading.
	shorts := []string{"", lang.L("Limitations"), "", ""}
	for i, ns := range z.r.Sections() {
		field := ns.Field
		ed := pointsui.New(w.win, ns.Section, func() []string {
			if t := w.template(); t != nil {
				return t.Suggestions(field, z.r)
			}
			return nil
		}, w.changed)
		ed.OnStatus(w.setStatus)
		ed.AddTextTool(movementui.NewInserter(w.win, func() *vnentry.Entry {
			if ed.Selected() < 0 {
				return nil
			}
			return ed.Widgets().PointText
		}, func() *report.Report { return z.r }).Button)
		z.sections = append(z.sections, ed)
		z.steps = append(z.steps, &step{title: titles[i], short: shorts[i], fields: []string{field}, obj: ed.Object(),
			focus: func(f string) bool {
				rest := strings.TrimPrefix(strings.TrimPrefix(f, field), ".")
				return ed.Focus(rest)
			}})
	}

	z.units = newUnitsStep(z)
	z.steps = append(z.steps, &step{title: lang.L("Units"), fields: []string{fieldUnits},
		obj: z.units.Object(), focus: z.units.Focus})

	z.movement = newMovementStep(z)
	z.steps = append(z.steps, &step{title: lang.L("Models and figures"), fields: []string{report.FieldMovement},
		obj: z.movement.Object(), focus: z.movement.Focus})

	z.honorees = newHonoreesStep(w.win, z.r, w.changed)
	z.steps = append(z.steps, &step{title: lang.L("Honorees"), fields: []string{report.FieldHonorees},
		obj: z.honorees.Object(), focus: func(string) bool { return true }})

	z.closing = newClosingStep(z)
	z.steps = append(z.steps, &step{title: lang.L("Recipients and signature"),
		fields: []string{report.FieldRecipients, report.FieldSignature}, obj: z.closing.obj, focus: z.closing.focus})

	z.review = newReviewStep(z)
	z.steps = append(z.steps, &step{title: lang.L("Review and export"), obj: z.review.obj,
		focus: func(string) bool { return false }})

	z.marks = make([]mark, len(z.steps))
	z.list = widget.NewList(
		func() int { return len(z.steps) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.ConfirmIcon()), widget.NewLabel("0. Step title that is long"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(z.markIcon(id))
			title := z.steps[id].title
			if z.steps[id].short != "" {
				title = z.steps[id].short
			}
			row.Objects[1].(*widget.Label).SetText(fmt.Sprintf("%d. %s", id+1, title))
		})
	z.list.OnSelected = func(id widget.ListItemID) {
		if id != z.current {
			z.show(id)
		}
	}

	z.content = container.NewStack()
	z.back = widget.NewButtonWithIcon(lang.L("Back"), theme.NavigateBackIcon(), func() { z.show(z.current - 1) })
	z.next = widget.NewButtonWithIcon(lang.L("Next"), theme.NavigateNextIcon(), func() { z.show(z.current + 1) })
	z.next.IconPlacement = widget.ButtonIconTrailingText
	z.next.Importance = widget.HighImportance
	z.progress = widget.NewProgressBar()
	z.progress.TextFormatter = func() string {
		done := int(z.progress.Value*float64(stepCount-1) + 0.5)
		return lang.L("{{.Done}} of {{.Total}} steps without errors", map[string]any{"Done": done, "Total": stepCount - 1})
	}
	z.progressLabel = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})

	z.typing = newTypingBar(w)
	save := widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), func() { w.Save(nil) })
	z.top = container.NewBorder(nil, nil, z.progressLabel, container.NewHBox(z.typing.obj, save))
	top := z.top

	// The list is as wide as its longest name, so that no step's name is
	// cut at the window's default size or at 1024×700.
	room := canvas.NewRectangle(color.Transparent)
	room.SetMinSize(fyne.NewSize(z.listWidth(), 0))
	left := container.NewBorder(nil, z.progress, nil, nil, container.NewStack(room, z.list))
	z.nav = container.NewBorder(nil, nil, z.back, z.next, z.status)
	nav := z.nav
	main := container.NewBorder(container.NewVBox(top, widget.NewSeparator()), container.NewVBox(widget.NewSeparator(), nav), nil, nil, z.content)
	split := container.NewHSplit(left, main)
	split.Offset = 0.22
	z.obj = split
}

// listWidth is the width the step list needs for its longest name, with
// the list's own padding and room for its scroll bar.
func (z *wizard) listWidth() float32 {
	var need float32
	for id := range z.steps {
		row := z.list.CreateItem()
		z.list.UpdateItem(id, row)
		need = max(need, row.MinSize().Width)
	}
	return need + 2*theme.Padding() + theme.ScrollBarSize()
}

// close stops the wizard's background work (the print preview).
func (z *wizard) close() { z.review.preview.Close() }

// setReport shows another report in the same wizard.
func (z *wizard) setReport(r *report.Report) {
	z.r = r
	z.inputErrors = nil
	z.general.load()
	for i, ns := range r.Sections() {
		z.sections[i].SetSection(ns.Section)
	}
	z.units.SetReport(r)
	z.movement.SetReport(r)
	z.honorees.SetReport(r)
	z.closing.load()
	z.refreshMarksLater()
}

// show goes to step i; a recovery copy is written on every step change.
func (z *wizard) show(i int) {
	if i < 0 || i >= len(z.steps) {
		return
	}
	if i != z.current {
		z.w.autosaveNow()
		z.w.actionDone()
	}
	z.current = i
	z.content.Objects = []fyne.CanvasObject{z.steps[i].obj}
	z.content.Refresh()
	z.list.Select(i)
	if i == 0 {
		z.back.Disable()
	} else {
		z.back.Enable()
	}
	if i == len(z.steps)-1 {
		z.next.Disable()
		z.next.SetText(lang.L("Next"))
	} else {
		z.next.Enable()
		z.next.SetText(lang.L("Next: {{.Step}}", map[string]any{"Step": z.steps[i+1].title}))
	}
	z.progressLabel.SetText(lang.L("Step {{.N}} of {{.Total}}: {{.Title}}", map[string]any{"N": i + 1, "Total": len(z.steps), "Title": z.steps[i].title}))
	z.nav.Refresh()
	z.top.Refresh()
	if i == StepReview {
		z.refreshMarks()
		z.review.shown()
	} else {
		z.review.preview.hide()
	}
}

// undo takes back the last removal of the step shown (Ctrl+Z outside a
// text field): a point, or a change in the honoree lists.
func (w *Window) undo() {
	z := w.wiz
	if z == nil {
		return
	}
	switch {
	case z.current >= StepAchievements && z.current <= StepRecommendations:
		z.sections[z.current-StepAchievements].UndoRemove()
	case z.current == StepUnits:
		z.units.Undo()
	case z.current == StepMovement:
		z.movement.Undo()
	case z.current == StepHonorees:
		if u, ok := z.honorees.(interface{ Undo() }); ok {
			u.Undo()
		}
	}
}

// refreshMarks validates the report and updates the marks, the progress
// and the review list at once.
func (z *wizard) refreshMarks() {
	z.validateGen++
	z.applyProblems(z.r.Validate())
}

// refreshMarksLater validates a copy of the report on another goroutine
// (a report with 10,000 honorees takes a quarter of a second) and updates
// the marks when the result is back, unless a newer check was started.
func (z *wizard) refreshMarksLater() {
	z.validateGen++
	gen, snap := z.validateGen, cloneReport(z.r)
	z.w.bg.Add(1)
	go func() {
		defer z.w.bg.Done()
		ps := snap.Validate()
		z.w.do(func() {
			if gen == z.validateGen {
				z.applyProblems(ps)
			}
		})
	}()
}

// setInputError records that the text in a field cannot be taken into
// the report (msg), or that it now can (msg ""), and updates the marks.
func (z *wizard) setInputError(field, msg string) {
	if z.inputErrors[field] == msg {
		return
	}
	if msg == "" {
		delete(z.inputErrors, field)
	} else {
		if z.inputErrors == nil {
			z.inputErrors = map[string]string{}
		}
		z.inputErrors[field] = msg
	}
	z.refreshMarksLater()
}

// withInputErrors returns ps with the fields whose text the report could
// not take first, as errors: what is on screen is not what would print.
func (z *wizard) withInputErrors(ps report.Problems) report.Problems {
	if len(z.inputErrors) == 0 {
		return ps
	}
	fields := make([]string, 0, len(z.inputErrors))
	for f := range z.inputErrors {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	out := make(report.Problems, 0, len(fields)+len(ps))
	for _, f := range fields {
		out = append(out, report.Problem{Field: f, Severity: report.Error, Message: z.inputErrors[f]})
	}
	return append(out, ps...)
}

// validate checks the report and the fields it could not take.
func (z *wizard) validate() report.Problems { return z.withInputErrors(z.r.Validate()) }

// applyProblems shows the result of a validation.
func (z *wizard) applyProblems(ps report.Problems) {
	ps = z.withInputErrors(ps)
	z.problems = ps
	z.checked = true
	done := 0
	for i, s := range z.steps {
		var m mark
		for _, f := range s.fields {
			e, wn := z.problems.ForField(f).Count()
			m.errors += e
			m.warnings += wn
		}
		if i == StepReview {
			m.errors, m.warnings = z.problems.Count()
		} else if m.errors == 0 {
			done++
		}
		z.marks[i] = m
	}
	z.list.Refresh()
	z.progress.SetValue(float64(done) / float64(stepCount-1))
	z.review.update()
}

func (z *wizard) markIcon(i int) fyne.Resource {
	if !z.checked {
		return theme.NewDisabledResource(theme.RadioButtonIcon()) // not checked yet
	}
	m := z.marks[i]
	switch {
	case m.errors > 0:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case m.warnings > 0:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	}
	return theme.NewSuccessThemedResource(theme.ConfirmIcon())
}

// Mark returns the number of errors and warnings shown beside step i.
func (z *wizard) Mark(i int) (errors, warnings int) { return z.marks[i].errors, z.marks[i].warnings }

// stepOf returns the step that edits a validation field.
func (z *wizard) stepOf(field string) int {
	for i, s := range z.steps {
		for _, f := range s.fields {
			if field == f || strings.HasPrefix(field, f+".") || strings.HasPrefix(field, f+"[") {
				return i
			}
		}
	}
	return StepReview
}

// jump shows the step of a validation field and focuses the field.
func (z *wizard) jump(field string) {
	i := z.stepOf(field)
	z.show(i)
	z.steps[i].focus(field)
}
