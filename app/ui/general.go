package ui

import (
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
	"baocao/app/ui/datepick"
	"baocao/app/ui/movementui"
	"baocao/app/ui/vnentry"
)

// generalStep is step 1: bodies, number and symbol, place, date, year,
// title, summary and opening, with a preview of the printed heading.
type generalStep struct {
	z       *wizard
	insert  *movementui.Inserter // "Chèn số liệu…" for the opening
	obj     fyne.CanvasObject
	loading bool

	profile                      *widget.RadioGroup
	superior, issuing            *vnentry.Entry
	number, symbol, place        *vnentry.Entry
	date, year                   *widget.Entry
	title, summary, opening      *vnentry.Entry
	yearBanner                   *fyne.Container
	yearBannerText               *widget.Label
	previewLeft, previewRight    *widget.Label
	previewTitle, previewSummary *widget.Label
	fields                       map[string]fyne.Focusable
	profileParty, profileState   string
	lastTemplateYear             int
}

func newGeneralStep(z *wizard) *generalStep {
	g := &generalStep{z: z}
	g.build()
	g.load()
	return g
}

func (g *generalStep) build() {
	changed := func(apply func(s string)) func(string) {
		return func(s string) {
			if g.loading {
				return
			}
			apply(s)
			g.updatePreview()
			g.z.w.changed()
		}
	}
	r := func() *report.Report { return g.z.r }

	g.profileParty = lang.L("Party document (Guidance 36-HD/VPTW)")
	g.profileState = lang.L("State document (Decree 30/2020/NĐ-CP)")
	g.profile = widget.NewRadioGroup([]string{g.profileParty, g.profileState}, func(s string) {
		if g.loading || s == "" {
			return
		}
		if s == g.profileState {
			r().Profile = report.ProfileState
		} else {
			r().Profile = report.ProfileParty
		}
		g.z.w.changed()
	})
	g.profile.Required = true

	entry := func(ph string, apply func(string)) *vnentry.Entry {
		e := vnentry.New()
		e.SetPlaceHolder(ph)
		e.OnChanged = changed(apply)
		return e
	}
	g.superior = entry(lang.L("e.g. ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH"), func(s string) { r().SuperiorBody = s })
	g.issuing = entry(lang.L("e.g. ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO"), func(s string) { r().IssuingBody = s })
	g.number = entry(lang.L("e.g. 45 (may stay empty)"), func(s string) { r().Number = s })
	g.symbol = entry(lang.L("e.g. BC/ĐU"), func(s string) { r().Symbol = s })
	g.place = entry(lang.L("e.g. Thành phố Hồ Chí Minh"), func(s string) { r().Place = s })
	g.title = entry(lang.L("BÁO CÁO"), func(s string) { r().Title = s })
	g.summary = vnentry.NewMultiLine()
	g.summary.SetMinRowsVisible(2)
	g.summary.SetPlaceHolder(lang.L("e.g. tổng kết công tác dân vận năm 2016, phương hướng nhiệm vụ năm 2017"))
	g.summary.OnChanged = changed(func(s string) { r().Summary = s })
	g.opening = vnentry.NewMultiLine()
	g.opening.SetMinRowsVisible(5)
	g.opening.SetPlaceHolder(lang.L("Purpose, occasion and who took part; each line is a paragraph."))
	g.opening.OnChanged = changed(func(s string) { r().Opening = s })
	g.insert = movementui.NewInserter(g.z.w.win, func() *vnentry.Entry { return g.opening }, r)

	g.date = widget.NewEntry()
	g.date.SetPlaceHolder(lang.L("dd/mm/yyyy"))
	g.date.Validator = func(s string) error {
		_, err := report.ParseDate(s)
		if err != nil {
			return errText(lang.L("Write the date as day/month/year, e.g. 08/11/2016."))
		}
		return nil
	}
	g.date.OnChanged = func(s string) {
		if g.loading {
			return
		}
		d, err := report.ParseDate(s)
		if err != nil {
			// The report keeps its last good date, which must not print
			// unnoticed: the mistake blocks export until it is corrected.
			g.z.setInputError(report.FieldIssueDate, lang.L("The issue date “{{.Text}}” is not a date. Write it as day/month/year, e.g. 08/11/2016.", map[string]any{"Text": strings.TrimSpace(s)}))
			return
		}
		g.z.setInputError(report.FieldIssueDate, "")
		r().IssueDate = d
		g.updatePreview()
		g.z.w.changed()
	}
	calendar := widget.NewButtonWithIcon("", theme.Icon(theme.IconNameCalendar), g.showCalendar)

	g.year = widget.NewEntry()
	g.year.Validator = func(s string) error {
		y, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || y < report.MinYear || y > report.MaxYear {
			return errText(lang.L("Write a year from {{.Min}} to {{.Max}}.", map[string]any{"Min": report.MinYear, "Max": report.MaxYear}))
		}
		return nil
	}
	g.year.OnChanged = func(s string) {
		if g.loading {
			return
		}
		y, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || y < report.MinYear || y > report.MaxYear {
			g.z.setInputError(report.FieldYear, lang.L("The year of the report “{{.Text}}” is not valid. Write a year from {{.Min}} to {{.Max}}.", map[string]any{"Text": strings.TrimSpace(s), "Min": report.MinYear, "Max": report.MaxYear}))
			return
		}
		g.z.setInputError(report.FieldYear, "")
		r().Year = y
		g.updateYearBanner()
		g.updatePreview()
		g.z.w.changed()
	}

	g.yearBannerText = widget.NewLabel("")
	g.yearBannerText.Wrapping = fyne.TextWrapWord
	fill := widget.NewButtonWithIcon(lang.L("Fill from the template"), theme.ViewRefreshIcon(), g.fillFromTemplate)
	fill.Importance = widget.WarningImportance
	g.yearBanner = container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.InfoIcon())), fill, g.yearBannerText)
	g.yearBanner.Hide()

	g.fields = map[string]fyne.Focusable{
		report.FieldSuperiorBody: g.superior, report.FieldIssuingBody: g.issuing,
		report.FieldNumber: g.number, report.FieldSymbol: g.symbol, report.FieldPlace: g.place,
		report.FieldIssueDate: g.date, report.FieldYear: g.year, report.FieldTitle: g.title,
		report.FieldSummary: g.summary, report.FieldOpening: g.opening,
	}

	numSym := container.NewGridWithColumns(2, g.number, g.symbol)
	dateYear := container.NewVBox(container.NewGridWithColumns(2, container.NewBorder(nil, nil, nil, calendar, g.date), g.year), g.yearBanner)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Document form"), g.profile),
		widget.NewFormItem(lang.L("Superior body"), g.superior),
		widget.NewFormItem(lang.L("Issuing body"), g.issuing),
		widget.NewFormItem(lang.L("Number and symbol"), numSym),
		widget.NewFormItem(lang.L("Place"), g.place),
		widget.NewFormItem(lang.L("Issue date and year"), dateYear),
		widget.NewFormItem(lang.L("Document kind"), g.title),
		widget.NewFormItem(lang.L("Summary line"), g.summary),
		widget.NewFormItem(lang.L("Opening"), container.NewBorder(nil, container.NewHBox(g.insert.Button), nil, nil, g.opening)),
	)

	g.previewLeft = widget.NewLabel("")
	g.previewLeft.Alignment = fyne.TextAlignCenter
	g.previewRight = widget.NewLabel("")
	g.previewRight.Alignment = fyne.TextAlignCenter
	g.previewTitle = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	g.previewSummary = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	g.previewSummary.Wrapping = fyne.TextWrapWord
	paper := container.NewVBox(
		container.NewGridWithColumns(2, g.previewLeft, g.previewRight),
		g.previewTitle, g.previewSummary)
	preview := widget.NewCard(lang.L("How the heading will print"), "", paper)

	g.obj = container.NewVScroll(container.NewVBox(form, preview))
}

// load fills the fields from the report.
func (g *generalStep) load() {
	g.loading = true
	defer func() { g.loading = false }()
	r := g.z.r
	if r.Profile == report.ProfileState {
		g.profile.SetSelected(g.profileState)
	} else {
		g.profile.SetSelected(g.profileParty)
	}
	g.superior.SetText(r.SuperiorBody)
	g.issuing.SetText(r.IssuingBody)
	g.number.SetText(r.Number)
	g.symbol.SetText(r.Symbol)
	g.place.SetText(r.Place)
	if r.IssueDate.IsZero() {
		g.date.SetText("")
	} else {
		g.date.SetText(r.IssueDate.Time().Format("02/01/2006"))
	}
	g.year.SetText(strconv.Itoa(r.Year))
	g.title.SetText(r.Title)
	g.summary.SetText(r.Summary)
	g.opening.SetText(r.Opening)
	g.lastTemplateYear = r.Year
	g.yearBanner.Hide()
	g.updatePreview()
}

// updateYearBanner offers to fill the summary and opening again when the
// year no longer matches the one they were written for.
func (g *generalStep) updateYearBanner() {
	r := g.z.r
	if g.z.w.template() == nil || r.Year == g.lastTemplateYear {
		g.yearBanner.Hide()
		return
	}
	g.yearBannerText.SetText(lang.L("The year is now {{.Year}}. The summary line, the opening and the section headings may still speak of {{.Old}}: fill them again from the template?", map[string]any{"Year": r.Year, "Old": g.lastTemplateYear}))
	g.yearBanner.Show()
}

// fillFromTemplate writes the summary, opening, section headings and the
// honoree list's title again from the template, for the current year and
// bodies. The points the user wrote are kept. When those texts are no
// longer what the template wrote for the old year, the user has edited
// them and is asked first: there is no undo for this.
func (g *generalStep) fillFromTemplate() {
	t := g.z.w.template()
	if t == nil {
		return
	}
	r := g.z.r
	if !sameTemplateTexts(r, templateTexts(t, r, g.lastTemplateYear)) {
		w := g.z.w
		d := newChoiceDialog(lang.L("Replace what you wrote?"),
			lang.L("The summary line, the opening or a section heading has been edited. Filling them again for {{.Year}} replaces those texts with the template's; the points you wrote in each section stay.", map[string]any{"Year": r.Year}),
			[]choice{{lang.L("Fill again"), true, g.fill}, {lang.L("Cancel"), false, nil}}, w.win)
		w.lastQuestion = d
		d.Show()
		return
	}
	g.fill()
}

// templateTexts returns r as the template fills it for year: only the
// texts Fill writes are meant to be read.
func templateTexts(t *catalog.Template, r *report.Report, year int) *report.Report {
	tmp := *r // Fill only adds points to empty sections; r's points stay as they are
	tmp.Year = year
	t.Fill(&tmp)
	return &tmp
}

// sameTemplateTexts reports whether r's summary, opening, headings and
// honoree list title are those of filled.
func sameTemplateTexts(r, filled *report.Report) bool {
	if r.Summary != filled.Summary || r.Opening != filled.Opening || r.Honorees.Title != filled.Honorees.Title {
		return false
	}
	fs := filled.Sections()
	for i, ns := range r.Sections() {
		if ns.Section.Heading != fs[i].Section.Heading {
			return false
		}
	}
	return true
}

// fill writes the template's texts for the current year into the report.
func (g *generalStep) fill() {
	t := g.z.w.template()
	if t == nil {
		return
	}
	r := g.z.r
	tmp := templateTexts(t, r, r.Year)
	r.Summary, r.Opening = tmp.Summary, tmp.Opening
	for i, ns := range r.Sections() {
		ns.Section.Heading = tmp.Sections()[i].Section.Heading
	}
	r.Honorees.Title = tmp.Honorees.Title
	g.load()
	for i, ns := range r.Sections() {
		g.z.sections[i].SetSection(ns.Section)
	}
	g.z.w.changed()
	g.z.w.setStatus(lang.L("Summary, opening and headings filled again for {{.Year}}.", map[string]any{"Year": r.Year}))
}

func (g *generalStep) updatePreview() {
	r := g.z.r
	left := strings.ToUpper(strings.TrimSpace(r.SuperiorBody)) + "\n" + strings.ToUpper(strings.TrimSpace(r.IssuingBody))
	if r.Profile != report.ProfileState {
		left += "\n*"
	}
	left += "\n" + r.NumberLine()
	right := "ĐẢNG CỘNG SẢN VIỆT NAM"
	if r.Profile == report.ProfileState {
		right = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
	}
	right += "\n" + r.PlaceAndDate()
	g.previewLeft.SetText(left)
	g.previewRight.SetText(right)
	g.previewTitle.SetText(strings.ToUpper(strings.TrimSpace(r.Title)))
	g.previewSummary.SetText(strings.TrimSpace(r.Summary))
}

func (g *generalStep) focus(field string) bool {
	if field == report.FieldProfile {
		g.z.w.win.Canvas().Focus(g.superior)
		return true
	}
	if f, ok := g.fields[field]; ok {
		g.z.w.win.Canvas().Focus(f)
		return true
	}
	return false
}

func (g *generalStep) showCalendar() {
	start := time.Now()
	if !g.z.r.IssueDate.IsZero() {
		start = g.z.r.IssueDate.Time()
	}
	var pop *widget.PopUp
	cal := datepick.New(start, func(t time.Time) { // its month in the window's language
		g.date.SetText(t.Format("02/01/2006"))
		if pop != nil {
			pop.Hide()
		}
	})
	c := g.z.w.win.Canvas()
	pop = widget.NewPopUp(cal, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(g.date)
	pop.ShowAtPosition(pos.Add(fyne.NewPos(0, g.date.Size().Height)))
}

// errText is an error whose text is shown under an entry.
type errText string

func (e errText) Error() string { return string(e) }
