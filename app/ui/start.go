package ui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/catalog"
	"baocao/app/report"
	"baocao/app/ui/recovery"
)

// startScreen is what the window shows with no report open.
type startScreen struct {
	obj      fyne.CanvasObject
	year     *widget.Entry
	create   map[string]*widget.Button // by template ID
	sample   *widget.Button
	open     *widget.Button
	fromLast *widget.Button
	restore  []*widget.Button
	recent   []*widget.Button
	problems *widget.Label
}

// showStart shows the start screen.
func (w *Window) showStart() {
	s := w.buildStart()
	w.start = s
	w.win.SetContent(s.obj)
	// Wrapped labels know their height only once their width is known.
	s.obj.Refresh()
	w.updateTitle()
}

func (w *Window) buildStart() *startScreen {
	s := &startScreen{create: map[string]*widget.Button{}}
	heading := widget.NewLabelWithStyle(lang.L("Mass-mobilization report"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabel(lang.L("This program guides you from a blank page to a report ready to sign, step by step. Start a new report from a template, or open a draft you saved before."))
	intro.Wrapping = fyne.TextWrapWord

	var top []fyne.CanvasObject
	top = append(top, heading, intro)

	// Recovery copies newer than their drafts.
	if pending, _ := recovery.Pending(w.opts.RecoveryDir); len(pending) > 0 {
		box := container.NewVBox()
		for _, c := range pending {
			c := c
			name := lang.L("New report (never saved)")
			if c.DraftPath != "" {
				name = filepath.Base(c.DraftPath)
			}
			text := widget.NewLabel(lang.L("{{.Name}} — unsaved work from {{.Time}}.", map[string]any{"Name": name, "Time": c.SavedAt.Local().Format("02/01/2006 15:04")}))
			text.Wrapping = fyne.TextWrapWord
			restore := widget.NewButtonWithIcon(lang.L("Restore"), theme.HistoryIcon(), func() { w.Restore(c) })
			restore.Importance = widget.HighImportance
			discard := widget.NewButtonWithIcon(lang.L("Discard"), theme.DeleteIcon(), nil)
			discard.OnTapped = func() {
				w.askYesNo(lang.L("Discard the recovery copy?"), lang.L("The unsaved work in this copy will be deleted for good."), func() {
					w.DiscardRecovery(c)
					w.showStart()
				})
			}
			s.restore = append(s.restore, restore)
			box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), container.NewHBox(restore, discard), text))
		}
		card := widget.NewCard(lang.L("Work that was not saved"), lang.L("The program was closed before these changes were saved. Restore them to carry on."), box)
		top = append(top, card)
	}

	// New report from a template.
	s.year = widget.NewEntry()
	s.year.SetText(strconv.Itoa(time.Now().Year()))
	s.year.Validator = func(v string) error {
		y, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || y < report.MinYear || y > report.MaxYear {
			return errText(lang.L("Write a year from {{.Min}} to {{.Max}}.", map[string]any{"Min": report.MinYear, "Max": report.MaxYear}))
		}
		return nil
	}
	templates := container.NewVBox(widget.NewForm(widget.NewFormItem(lang.L("Year of the report"), s.year)))
	for _, t := range w.cat.Templates {
		t := t
		b := widget.NewButtonWithIcon(lang.L("Start"), theme.DocumentCreateIcon(), func() {
			y, err := strconv.Atoi(strings.TrimSpace(s.year.Text))
			if err != nil || y < report.MinYear || y > report.MaxYear {
				w.win.Canvas().Focus(s.year)
				return
			}
			w.confirmDiscard(func() { w.NewFromTemplate(t, y) })
		})
		b.Importance = widget.HighImportance
		s.create[t.ID] = b
		desc := widget.NewLabel(t.Description + "\n" + profileName(t))
		desc.Wrapping = fyne.TextWrapWord
		title := widget.NewLabelWithStyle(t.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		templates.Add(container.NewBorder(nil, nil, nil, container.NewCenter(b), container.NewVBox(title, desc)))
		templates.Add(widget.NewSeparator())
	}
	if len(w.cat.Problems) > 0 {
		var msgs []string
		for _, e := range w.cat.Problems {
			msgs = append(msgs, e.Error())
		}
		s.problems = widget.NewLabel(lang.L("Some templates could not be loaded:") + "\n" + strings.Join(msgs, "\n"))
		s.problems.Wrapping = fyne.TextWrapWord
		s.problems.Importance = widget.WarningImportance
		templates.Add(s.problems)
	}
	s.fromLast = widget.NewButtonWithIcon(lang.L("New year's report from last year's…"), theme.HistoryIcon(), w.NewFromLastYear)
	fromLastHint := widget.NewLabel(lang.L("Carries over the bodies, recipients, signer, the register of models and last year's figures; last year's tasks become a checklist."))
	fromLastHint.Wrapping = fyne.TextWrapWord
	fromLastHint.SizeName = theme.SizeNameCaptionText
	templates.Add(container.NewVBox(s.fromLast, fromLastHint))
	newCard := widget.NewCard(lang.L("New report"), lang.L("Choose a template; it fills in the headings, the usual wording and the recipients."), templates)

	// Open, sample, recent.
	s.open = widget.NewButtonWithIcon(lang.L("Open a draft…"), theme.FolderOpenIcon(), w.Open)
	s.sample = widget.NewButtonWithIcon(lang.L("Open the sample report"), theme.DocumentIcon(), w.OpenSample)
	recentBox := container.NewVBox()
	for _, p := range w.recent() {
		p := p
		label := filepath.Base(p)
		if info, err := os.Stat(p); err == nil {
			label += "  (" + info.ModTime().Format("02/01/2006 15:04") + ")"
		} else {
			label += "  " + lang.L("(not found)")
		}
		b := widget.NewButtonWithIcon(label, theme.FileIcon(), func() { w.OpenFile(p) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		s.recent = append(s.recent, b)
		recentBox.Add(b)
		dir := widget.NewLabel(filepath.Dir(p))
		dir.Truncation = fyne.TextTruncateEllipsis
		dir.SizeName = theme.SizeNameCaptionText
		recentBox.Add(dir)
	}
	if len(s.recent) == 0 {
		recentBox.Add(widget.NewLabel(lang.L("No recent drafts yet.")))
	}
	openCard := widget.NewCard(lang.L("Continue"), "", container.NewVBox(s.open, s.sample,
		widget.NewLabelWithStyle(lang.L("Recent drafts"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), recentBox))

	cols := container.NewGridWithColumns(2, newCard, openCard)
	s.obj = container.NewVScroll(container.NewPadded(container.NewVBox(append(top, cols)...)))
	return s
}

// profileName names a template's document form.
func profileName(t *catalog.Template) string {
	if t.Profile == report.ProfileState {
		return lang.L("State document (Decree 30/2020/NĐ-CP)")
	}
	return lang.L("Party document (Guidance 36-HD/VPTW)")
}
