package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/report"
	"baocao/app/ui/vnentry"
)

// closingStep is step 7: the recipients ("Nơi nhận") and the signature
// block.
type closingStep struct {
	z       *wizard
	obj     fyne.CanvasObject
	loading bool

	recipients                  *vnentry.Entry
	authority, position, signer *vnentry.Entry
	fill                        *widget.Button // the template's recipients
}

func newClosingStep(z *wizard) *closingStep {
	c := &closingStep{z: z}
	c.build()
	c.load()
	return c
}

func (c *closingStep) build() {
	r := func() *report.Report { return c.z.r }
	on := func(apply func(string)) func(string) {
		return func(s string) {
			if c.loading {
				return
			}
			apply(s)
			c.z.w.changed()
		}
	}
	c.recipients = vnentry.NewMultiLine()
	c.recipients.SetMinRowsVisible(7)
	c.recipients.SetPlaceHolder(lang.L("One recipient per line, e.g.\n- Ban Dân vận Thành ủy,\n- Lưu Văn phòng Đảng ủy."))
	c.recipients.OnChanged = on(func(s string) { r().Recipients = splitLines(s) })
	fill := widget.NewButtonWithIcon(lang.L("Use the template's recipients"), theme.ViewRefreshIcon(), func() {
		t := c.z.w.template()
		if t == nil {
			return
		}
		use := func() {
			r().Recipients = append([]string(nil), t.Recipients...)
			c.load()
			c.z.w.changed()
		}
		if cur := r().Recipients; len(cur) == 0 || slices.Equal(cur, t.Recipients) {
			use()
			return
		}
		// The list typed so far would be gone, with no undo: ask.
		w := c.z.w
		d := newChoiceDialog(lang.L("Replace the recipients?"),
			lang.L("The {{.N}} recipients written now will be replaced by the template's list.", map[string]any{"N": len(r().Recipients)}),
			[]choice{{lang.L("Replace"), true, use}, {lang.L("Cancel"), false, nil}}, w.win)
		w.lastQuestion = d
		d.Show()
	})
	c.fill = fill
	if c.z.w.template() == nil {
		fill.Disable()
	}

	c.authority = vnentry.New()
	c.authority.SetPlaceHolder(lang.L("e.g. T/M ĐẢNG ỦY"))
	c.authority.OnChanged = on(func(s string) { r().Signature.Authority = s })
	c.position = vnentry.New()
	c.position.SetPlaceHolder(lang.L("e.g. BÍ THƯ"))
	c.position.OnChanged = on(func(s string) { r().Signature.Position = s })
	c.signer = vnentry.New()
	c.signer.SetPlaceHolder(lang.L("Full name of the signer"))
	c.signer.OnChanged = on(func(s string) { r().Signature.Signer = s })

	recip := widget.NewCard(lang.L("Recipients"), lang.L("Printed at the bottom left, under “Nơi nhận:”."),
		container.NewBorder(nil, container.NewHBox(fill), nil, nil, c.recipients))
	sign := widget.NewCard(lang.L("Signature"), lang.L("Printed at the bottom right."), widget.NewForm(
		widget.NewFormItem(lang.L("On behalf of"), c.authority),
		widget.NewFormItem(lang.L("Position"), c.position),
		widget.NewFormItem(lang.L("Signer"), c.signer),
	))
	c.obj = container.NewVScroll(container.NewVBox(recip, sign))
}

func (c *closingStep) load() {
	c.loading = true
	defer func() { c.loading = false }()
	r := c.z.r
	c.recipients.SetText(strings.Join(r.Recipients, "\n"))
	c.authority.SetText(r.Signature.Authority)
	c.position.SetText(r.Signature.Position)
	c.signer.SetText(r.Signature.Signer)
}

func (c *closingStep) focus(field string) bool {
	var f fyne.Focusable
	switch {
	case field == report.FieldRecipients || strings.HasPrefix(field, report.FieldRecipients+"["):
		f = c.recipients
	case field == report.FieldAuthority:
		f = c.authority
	case field == report.FieldPosition, field == report.FieldSignature:
		f = c.position
	case field == report.FieldSigner:
		f = c.signer
	default:
		return false
	}
	c.z.w.win.Canvas().Focus(f)
	return true
}

// splitLines returns the lines of s, without trailing blank lines; blank
// lines inside are kept so that the validation can point at them.
func splitLines(s string) []string {
	s = strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n \t")
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
