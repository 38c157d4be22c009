package docsui

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/certsettings"
	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/report"
	"baocao/app/textnorm"
	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// entry is a text field (Vietnamese typing, Escape closes the dialog)
// that calls changed with its text after every edit.
func entry(text, placeholder string, changed func(string)) *vnentry.Entry {
	e := vnentry.New()
	e.SetText(text)
	e.SetPlaceHolder(placeholder)
	e.OnChanged = changed
	return e
}

// errLabel is a sentence under a field saying what to fix; hidden when
// empty.
func errLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.DangerImportance
	l.Hide()
	return l
}

func setErr(l *widget.Label, err error) {
	if err == nil {
		l.SetText("")
		l.Hide()
		return
	}
	l.SetText(err.Error())
	l.Show()
}

// minHeight gives o at least h of height (a list inside a form).
func minHeight(o fyne.CanvasObject, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(0, h))
	return container.NewStack(r, o)
}

// dateText is d as the fields show it ("10/11/2016").
func dateText(d report.Date) string { return d.Vietnamese() }

// decisionForm edits report.Decision: number, date, signer, authority,
// bases, amounts, and who it commends.
type decisionForm struct {
	v                           *View
	obj                         fyne.CanvasObject
	number, date, signer, auth  *vnentry.Entry
	bases, rewardC, rewardI     *vnentry.Entry
	dateErr, moneyErr, basesErr *widget.Label
	all                         *keys.Check
	list                        *widget.List
	rows                        []choiceRow
	count                       *widget.Label
	defaults                    []string // the template's bases, filled
	wh                          wheel
}

// choiceRow is one honoree in the list of whom the decision commends.
type choiceRow struct {
	collective bool
	h          report.Honoree
}

func newDecisionForm(v *View) *decisionForm {
	f := &decisionForm{v: v}
	r := v.h.Report()
	dd := &r.Decision
	body := v.bodyName(r)
	f.defaults = defaultBases(r, body)
	f.number = entry(dd.Number, tr("docs.number.placeholder", "để trống: viết tay sau"), func(s string) { dd.Number = textnorm.Line(s); v.edited(Decision) })
	f.dateErr = errLabel()
	f.date = entry(dateText(dd.IssueDate), tr("docs.date.placeholder", "ngày/tháng/năm, ví dụ 10/11/2016"), func(s string) {
		d, err := report.ParseDate(s)
		setErr(f.dateErr, err)
		if err == nil {
			dd.IssueDate = d
			v.edited(Decision)
		}
	})
	f.signer = entry(dd.Signature.Signer, r.Signature.Signer, func(s string) { dd.Signature.Signer = textnorm.Line(s); v.edited(Decision) })
	f.auth = longEntry(dd.Authority, defaultAuthority(r, body), func(s string) { dd.Authority = textnorm.Line(s); v.edited(Decision) })
	bases := f.defaults
	if dd.Bases != nil {
		bases = dd.Bases
	}
	f.basesErr = errLabel()
	f.bases = vnentry.NewMultiLine()
	f.bases.SetText(strings.Join(bases, "\n"))
	// Six rows hold four or five bases, some over two rows; more bases
	// make the field taller.
	fit := grower(f.bases, wideRow, 6, 16)
	f.bases.OnChanged = func(s string) { fit(); f.setBases(s) }
	resetBases := keys.NewButton(tr("docs.bases.reset", "Dùng lại căn cứ của mẫu"), theme.ViewRefreshIcon(), func() {
		f.bases.SetText(strings.Join(f.defaults, "\n")) // OnChanged stores nil
	})
	f.moneyErr = errLabel()
	money := func(n int64) string {
		if n == 0 {
			return ""
		}
		return strings.TrimSuffix(report.FormatMoney(n), " đồng")
	}
	setMoney := func(dst *int64) func(string) {
		return func(s string) {
			var n int64
			var err error
			if strings.TrimSpace(s) != "" {
				n, err = report.ParseMoney(s)
			}
			setErr(f.moneyErr, err)
			if err == nil {
				*dst = n
				v.edited(Decision)
			}
		}
	}
	f.rewardC = entry(money(dd.RewardCollective), tr("docs.money.placeholder", "để trống: không ghi tiền thưởng"), setMoney(&dd.RewardCollective))
	f.rewardI = entry(money(dd.RewardIndividual), tr("docs.money.placeholder", "để trống: không ghi tiền thưởng"), setMoney(&dd.RewardIndividual))

	f.all = keys.NewCheck(tr("docs.decision.all", "Cả danh sách (không chỉ những người được tặng Giấy khen)"), func(on bool) {
		s := report.ScopeOwn
		if on {
			s = report.ScopeAll
		}
		dd.SetScope(s)
		f.list.Refresh()
		f.updateCount()
		v.edited(Decision)
	})
	f.all.Checked = dd.Scope == report.ScopeAll
	for _, h := range r.Honorees.Collectives {
		f.rows = append(f.rows, choiceRow{true, h})
	}
	for _, h := range r.Honorees.Individuals {
		f.rows = append(f.rows, choiceRow{false, h})
	}
	f.list = widget.NewList(func() int { return len(f.rows) }, newChoiceRow,
		func(id widget.ListItemID, o fyne.CanvasObject) { f.updateRow(id, o) })
	f.count = widget.NewLabel("")
	f.count.TextStyle.Bold = true
	f.count.Wrapping = fyne.TextWrapWord
	f.updateCount()
	help := widget.NewLabel(tr("docs.decision.who.help", "Mặc định quyết định khen những người được tặng Giấy khen; đánh dấu hoặc bỏ đánh dấu từng người. Lựa chọn được lưu trong bản nháp."))
	help.Wrapping = fyne.TextWrapWord

	wf := f.wh.field
	form := widget.NewForm(
		widget.NewFormItem(tr("docs.number", "Số"), wf(f.number)),
		widget.NewFormItem(tr("docs.date", "Ngày ký"), container.NewVBox(wf(f.date), f.dateErr)),
		widget.NewFormItem(tr("docs.signer", "Người ký"), wf(f.signer)),
		widget.NewFormItem(tr("docs.authority", "Thẩm quyền"), wf(f.auth)),
		widget.NewFormItem(tr("docs.reward.collective", "Thưởng mỗi tập thể (đồng)"), wf(f.rewardC)),
		widget.NewFormItem(tr("docs.reward.individual", "Thưởng mỗi cá nhân (đồng)"), container.NewVBox(wf(f.rewardI), f.moneyErr)),
	)
	// One scroll for the whole tab: the fields, the bases, then whom the
	// decision commends, whose list (it may be long) scrolls on its own
	// in a box of fixed height.
	f.obj = f.wh.scroll(container.NewVBox(form,
		heading(tr("docs.bases", "Căn cứ (mỗi căn cứ một dòng)")), wf(f.bases), f.basesErr, container.NewHBox(resetBases),
		widget.NewSeparator(),
		heading(tr("docs.decision.who", "Khen thưởng ai")), help, f.all, f.count, minHeight(f.list, listHeight)))
	return f
}

// setBases keeps the bases typed, one per line; the template's own text
// is kept as none, so that a new template's bases reach the draft.
func (f *decisionForm) setBases(s string) {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = textnorm.Line(l); l != "" {
			lines = append(lines, l)
		}
	}
	dd := &f.v.h.Report().Decision
	if len(lines) == 0 {
		setErr(f.basesErr, fmt.Errorf("%s", tr("docs.bases.empty", "Quyết định cần ít nhất một căn cứ; bấm “Dùng lại căn cứ của mẫu” để có lại các căn cứ mặc định.")))
		dd.Bases = []string{}
	} else {
		setErr(f.basesErr, nil)
		if slices.Equal(lines, f.defaults) {
			dd.Bases = nil
		} else {
			dd.Bases = lines
		}
	}
	f.v.edited(Decision)
}

// newChoiceRow is a row of the list: a tick and the honoree.
func newChoiceRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, keys.NewCheck("", nil), nil, l)
}

func (f *decisionForm) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(f.rows) {
		return
	}
	row := f.rows[id]
	c := o.(*fyne.Container)
	var check *keys.Check
	var label *widget.Label
	for _, obj := range c.Objects {
		switch x := obj.(type) {
		case *keys.Check:
			check = x
		case *widget.Label:
			label = x
		}
	}
	kind := tr("docs.individual", "Cá nhân")
	if row.collective {
		kind = tr("docs.collective", "Tập thể")
	}
	parts := []string{row.h.Name}
	for _, s := range []string{row.h.Unit, row.h.Award} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	label.SetText(kind + ": " + strings.Join(parts, " — "))
	check.OnChanged = nil
	check.SetChecked(f.v.h.Report().Decision.Commends(row.collective, row.h))
	check.OnChanged = func(on bool) { f.choose(id, on) }
}

// choose ticks honoree id into the decision or out of it.
func (f *decisionForm) choose(id int, on bool) {
	if id >= len(f.rows) {
		return
	}
	row := f.rows[id]
	f.v.h.Report().Decision.SetCommends(row.collective, row.h, on)
	f.list.Refresh() // namesakes in the same unit share the choice
	f.updateCount()
	f.v.edited(Decision)
}

func (f *decisionForm) updateCount() {
	c, i := f.v.h.Report().DecisionHonorees()
	if len(c)+len(i) == 0 {
		f.count.SetText(tr("docs.decision.none", "Chưa chọn ai: đánh dấu ít nhất một tập thể hoặc cá nhân."))
		return
	}
	f.count.SetText(tr("docs.decision.count", "Quyết định khen {{.C}} tập thể, {{.I}} cá nhân.", map[string]any{"C": len(c), "I": len(i)}))
}

// proposalForm edits report.Proposal.
type proposalForm struct {
	v                        *View
	obj                      fyne.CanvasObject
	number, date, to, signer *vnentry.Entry
	dateErr                  *widget.Label
	all                      *keys.Check
	count                    *widget.Label
	wh                       wheel
}

func newProposalForm(v *View) *proposalForm {
	f := &proposalForm{v: v}
	r := v.h.Report()
	p := &r.Proposal
	f.number = entry(p.Number, tr("docs.number.placeholder", "để trống: viết tay sau"), func(s string) { p.Number = textnorm.Line(s); v.edited(Proposal) })
	f.dateErr = errLabel()
	f.date = entry(dateText(p.IssueDate), tr("docs.date.placeholder", "ngày/tháng/năm, ví dụ 10/11/2016"), func(s string) {
		d, err := report.ParseDate(s)
		setErr(f.dateErr, err)
		if err == nil {
			p.IssueDate = d
			v.edited(Proposal)
		}
	})
	f.to = longEntry(p.To, defaultTo(r), func(s string) { p.To = textnorm.Line(s); v.edited(Proposal) })
	f.signer = entry(p.Signature.Signer, r.Signature.Signer, func(s string) { p.Signature.Signer = textnorm.Line(s); v.edited(Proposal) })
	f.count = widget.NewLabel("")
	f.count.TextStyle.Bold = true
	f.count.Wrapping = fyne.TextWrapWord
	f.all = keys.NewCheck(tr("docs.proposal.all", "Cả danh sách (không chỉ những người đề nghị Bằng khen, khen thưởng cấp trên)"), func(on bool) {
		p.Scope = report.ScopeOwn
		if on {
			p.Scope = report.ScopeAll
		}
		f.updateCount()
		v.edited(Proposal)
	})
	f.all.Checked = p.Scope == report.ScopeAll
	f.updateCount()
	help := widget.NewLabel(tr("docs.proposal.help", "Tờ trình gửi cấp trên đề nghị khen những người có hình thức khen thưởng của cấp trên (Bằng khen, Huân chương, Cờ thi đua…), kèm danh sách."))
	help.Wrapping = fyne.TextWrapWord
	wf := f.wh.field
	form := widget.NewForm(
		widget.NewFormItem(tr("docs.number", "Số"), wf(f.number)),
		widget.NewFormItem(tr("docs.date", "Ngày ký"), container.NewVBox(wf(f.date), f.dateErr)),
		widget.NewFormItem(tr("docs.to", "Kính gửi"), wf(f.to)),
		widget.NewFormItem(tr("docs.signer", "Người ký"), wf(f.signer)),
	)
	f.obj = f.wh.scroll(container.NewVBox(form, widget.NewSeparator(), help, f.all, f.count))
	return f
}

func (f *proposalForm) updateCount() {
	c, i := f.v.h.Report().ProposalHonorees()
	if len(c)+len(i) == 0 {
		f.count.SetText(tr("docs.proposal.none", "Danh sách chưa có ai được đề nghị khen thưởng cấp trên: ghi hình thức (ví dụ “Bằng khen”) ở bước Danh sách khen thưởng, hoặc chọn “Cả danh sách”."))
		return
	}
	f.count.SetText(tr("docs.proposal.count", "Tờ trình đề nghị khen {{.C}} tập thể, {{.I}} cá nhân.", map[string]any{"C": len(c), "I": len(i)}))
}

// certForm chooses how the certificates print, and the printer's offsets
// for blanks.
type certForm struct {
	v                    *View
	pane                 *docPane
	obj                  fyne.CanvasObject
	paper, mode, printer *keys.Select
	printerName          *vnentry.Entry
	printerNote          *widget.Label
	serial               *vnentry.Entry
	serialErr, offErr    *widget.Label
	offsets              map[string][2]*vnentry.Entry  // key ("" whole page) → dx, dy
	steps                map[string][2][2]*keys.Button // key → axis → −, +
	describe             *widget.Label
	calibrate            *keys.Button
	settings             *certsettings.Settings
	loading              bool
	calibration          bool
	first                int
	wh                   wheel
	// printersDone is closed once the system's printers are in the list
	// (they are read in the background: lpstat may take seconds).
	printersDone chan struct{}
}

// The field keys of the offsets table: the whole page first.
func offsetKeys() []string { return append([]string{""}, doc.CertA4.VariableKeys()...) }

func fieldLabel(key string) string {
	if key == "" {
		return tr("docs.cert.page", "Toàn trang")
	}
	return compose.CertFieldName(key)
}

func newCertForm(v *View) *certForm {
	f := &certForm{v: v, offsets: map[string][2]*vnentry.Entry{}, steps: map[string][2][2]*keys.Button{}}
	var err error
	f.settings, err = loadSettings()
	f.offErr = errLabel()
	setErr(f.offErr, err)
	paperA4, paperA3 := tr("docs.cert.a4", "A4 ngang"), tr("docs.cert.a3", "A3 ngang")
	f.paper = keys.NewSelect([]string{paperA4, paperA3}, func(string) { f.loadOffsets(); f.changed() })
	f.paper.SetSelected(paperA4)
	full, blank := tr("docs.cert.full", "In toàn bộ trên giấy trắng"), tr("docs.cert.blank", "In lên phôi có sẵn")
	f.mode = keys.NewSelect([]string{full, blank}, func(string) { f.changed() })
	f.mode.SetSelected(full)
	f.printerName = entry("", tr("docs.cert.printer.placeholder", "tên máy in như hệ thống đặt"), func(string) { f.loadOffsets(); f.changed() })
	f.printerNote = widget.NewLabel("")
	f.printerNote.Wrapping = fyne.TextWrapWord
	f.printerNote.Hide()
	f.printer = keys.NewSelect(nil, func(s string) {
		if s != "" {
			f.printerName.SetText(s)
		}
	})
	f.printer.PlaceHolder = tr("docs.cert.printer.finding", "Đang tìm máy in…")
	f.printer.Disable()
	f.serialErr = errLabel()
	f.serial = entry("", tr("docs.cert.serial.placeholder", "để trống: viết tay số vào sổ"), func(s string) {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		switch {
		case strings.TrimSpace(s) == "":
			n, err = 0, nil
		case err != nil || n < 0:
			err = fmt.Errorf("%s", tr("docs.cert.serial.bad", "Số vào sổ là một số nguyên dương, ví dụ 41; để trống nếu viết tay."))
		}
		setErr(f.serialErr, err)
		if err == nil {
			f.first = n
			f.changed()
		}
	})

	// A form: the fields' names in one column, the two shifts beside.
	grid := widget.NewForm(widget.NewFormItem(tr("docs.cert.field", "Ô"), container.NewGridWithColumns(2,
		widget.NewLabelWithStyle(tr("docs.cert.dx", "Ngang (mm)"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(tr("docs.cert.dy", "Dọc (mm)"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))))
	for _, k := range offsetKeys() {
		var pair [2]*vnentry.Entry
		var steps [2][2]*keys.Button
		cells := make([]fyne.CanvasObject, 2)
		for axis := range 2 {
			e := entry("0", "0", func(string) { f.setOffset(k) })
			pair[axis] = e
			step := func(d float64) func() {
				return func() {
					val, _ := parseMM(e.Text)
					e.SetText(mmText(val + d))
				}
			}
			minus, plus := keys.NewButton("", theme.ContentRemoveIcon(), step(-0.5)), keys.NewButton("", theme.ContentAddIcon(), step(0.5))
			steps[axis] = [2]*keys.Button{minus, plus}
			cells[axis] = container.NewBorder(nil, nil, minus, plus, f.wh.field(e))
		}
		f.offsets[k], f.steps[k] = pair, steps
		grid.Append(fieldLabel(k), container.NewGridWithColumns(2, cells[0], cells[1]))
	}
	f.describe = widget.NewLabel("")
	f.describe.Wrapping = fyne.TextWrapWord
	f.calibrate = keys.NewButton(tr("docs.cert.calibrate", "In trang căn chỉnh"), theme.GridIcon(), f.showCalibration)
	reset := keys.NewButton(tr("docs.cert.reset", "Đặt lại về 0"), theme.ContentUndoIcon(), f.resetOffsets)
	f.loadOffsets()

	form := widget.NewForm(
		widget.NewFormItem(tr("docs.cert.paper", "Khổ giấy"), f.paper),
		widget.NewFormItem(tr("docs.cert.mode", "Cách in"), f.mode),
		widget.NewFormItem(tr("docs.cert.printer", "Máy in"), container.NewVBox(f.printer, f.wh.field(f.printerName), f.printerNote)),
		widget.NewFormItem(tr("docs.cert.serial", "Số vào sổ đầu tiên"), container.NewVBox(f.wh.field(f.serial), f.serialErr)),
	)
	help := widget.NewLabel(tr("docs.cert.offsets.help", "In lên phôi: in trang căn chỉnh lên một tờ phôi, đo mỗi dấu chữ thập lệch bao nhiêu so với chỗ cần in, rồi ghi độ dịch (bước 0,5 mm; sang phải và xuống dưới là số dương). Độ dịch được lưu theo máy in và khổ giấy."))
	help.Wrapping = fyne.TextWrapWord
	f.obj = f.wh.scroll(container.NewVBox(form, widget.NewSeparator(),
		heading(tr("docs.cert.offsets", "Căn chỉnh khi in lên phôi")),
		help, grid, f.offErr, f.describe, container.NewHBox(reset)))
	f.findPrinters()
	return f
}

// findPrinters reads the system's printers in the background (lpstat can
// take seconds, up to its timeout, on a machine with network printers):
// the dialog opens at once, the list says "Đang tìm máy in…" until then,
// and a name can be typed meanwhile. Called once the form is built.
func (f *certForm) findPrinters() {
	f.printersDone = make(chan struct{})
	go func() {
		names, err := f.v.listPrinters()
		fyne.Do(func() {
			f.setPrinters(names, err)
			close(f.printersDone)
		})
	}()
}

// setPrinters offers the system's printers; without any, the sentence
// says why and the name can still be typed. A name typed while the list
// was on its way is kept (matched to the list's spelling), else the
// first printer is chosen.
func (f *certForm) setPrinters(names []string, err error) {
	f.printer.Options = names
	f.printer.PlaceHolder = tr("docs.cert.printer.choose", "(chọn máy in)")
	f.printer.Enable()
	f.printer.Refresh()
	typed := textnorm.Line(f.printerName.Text)
	switch {
	case err != nil:
		f.printerNote.SetText(sentence(err.Error()))
		f.printerNote.Show()
	case len(names) == 0:
		f.printerNote.SetText(tr("docs.cert.printer.none", "Máy này chưa có máy in nào; có thể gõ tên máy in sẽ dùng để lưu độ dịch cho nó."))
		f.printerNote.Show()
	default:
		f.printerNote.Hide()
		if typed == "" {
			f.printer.SetSelected(names[0])
		} else if i := slices.IndexFunc(names, func(n string) bool { return strings.EqualFold(n, typed) }); i >= 0 {
			f.printer.SetSelected(names[i])
		}
	}
}

// printerToUse is the printer the certificates print on: the one chosen
// or typed, spelled as the system lists it; "" is the default printer.
func (f *certForm) printerToUse() string {
	typed := textnorm.Line(f.printerName.Text)
	if i := slices.IndexFunc(f.printer.Options, func(n string) bool { return strings.EqualFold(n, typed) }); i >= 0 {
		return f.printer.Options[i]
	}
	return typed
}

func (f *certForm) paperValue() certsettings.Paper {
	if f.paper.SelectedIndex() == 1 {
		return certsettings.A3
	}
	return certsettings.A4
}

// options is how the tab prints now (UI goroutine).
func (f *certForm) options() certOptions {
	co := certOptions{paper: f.paperValue(), blank: f.mode.SelectedIndex() == 1, printer: textnorm.Line(f.printerName.Text),
		firstSerial: f.first, calibration: f.calibration}
	if co.blank || co.calibration {
		co.offsets = f.settings.Offsets(co.printer, co.paper)
	}
	return co
}

func (f *certForm) changed() {
	if f.pane != nil {
		f.pane.changed()
	}
}

// loadOffsets shows the offsets kept for the printer and paper chosen.
func (f *certForm) loadOffsets() {
	if len(f.offsets) == 0 {
		return
	}
	offs := f.settings.Offsets(textnorm.Line(f.printerName.Text), f.paperValue())
	f.loading = true
	for k, pair := range f.offsets {
		o := offs.Global
		if k != "" {
			o = offs.Fields[k]
		}
		pair[0].SetText(mmText(o.DX))
		pair[1].SetText(mmText(o.DY))
	}
	f.loading = false
	f.showDescribe(offs)
}

func (f *certForm) showDescribe(offs certsettings.Offsets) {
	if offs.IsZero() {
		f.describe.SetText(tr("docs.cert.offsets.zero", "Chưa dịch ô nào."))
		return
	}
	f.describe.SetText(tr("docs.cert.offsets.now", "Đang dịch: {{.D}}", map[string]any{"D": offs.Describe()}))
}

// setOffset saves the shift typed for field key.
func (f *certForm) setOffset(key string) {
	if f.loading {
		return
	}
	pair := f.offsets[key]
	dx, err1 := parseMM(pair[0].Text)
	dy, err2 := parseMM(pair[1].Text)
	if err := firstErr(err1, err2); err != nil {
		setErr(f.offErr, err)
		return
	}
	printer, paper := textnorm.Line(f.printerName.Text), f.paperValue()
	err := f.settings.Set(printer, paper, key, certsettings.Offset{DX: dx, DY: dy})
	if err == nil {
		err = f.settings.Save()
	}
	setErr(f.offErr, err)
	f.showDescribe(f.settings.Offsets(printer, paper))
	f.changed()
}

func (f *certForm) resetOffsets() {
	printer, paper := textnorm.Line(f.printerName.Text), f.paperValue()
	f.settings.Reset(printer, paper)
	err := f.settings.Save()
	setErr(f.offErr, err)
	f.loadOffsets()
	f.changed()
}

// showCalibration shows the calibration page in the preview; "Xem trước
// / In…" goes back to the certificates.
func (f *certForm) showCalibration() {
	f.setCalibration(true)
	f.pane.showPreview()
}

// "Xuất PDF…" then writes the calibration page (its suggested name says
// so), as the preview shows it; the button keeps its short text so that
// the dialog keeps its width.
func (f *certForm) setCalibration(on bool) {
	f.calibration = on
	f.changed()
}

// sentence starts s with a capital, as a message on its own.
func sentence(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// parseMM reads a shift in mm ("1,5", "-2", "+0.5"), rounded to 0.5 mm.
func parseMM(s string) (float64, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	t = strings.ReplaceAll(t, "−", "-")
	if t == "" || t == "-" || t == "+" {
		return 0, nil
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%s", tr("docs.cert.mm.bad", "Độ dịch “{{.S}}” không phải là số milimét; ghi ví dụ 1,5 hoặc -2.", map[string]any{"S": s}))
	}
	if math.Abs(v) > certsettings.MaxOffset {
		return 0, fmt.Errorf("%s", tr("docs.cert.mm.big", "Độ dịch {{.S}} mm quá lớn; mỗi chiều chỉ dịch được trong khoảng ±{{.Max}} mm.", map[string]any{"S": s, "Max": certsettings.MaxOffset}))
	}
	return math.Round(v*2) / 2, nil
}

// mmText writes a shift as the field shows it ("1,5", "-2", "0").
func mmText(v float64) string {
	if v == 0 {
		return "0"
	}
	return strings.ReplaceAll(strconv.FormatFloat(v, 'f', -1, 64), ".", ",")
}
