package catalog

import (
	"errors"
	"fmt"

	"baocao/app/report"
)

// ErrNoTemplate is returned by FromLastYear when the template asked for
// is not in the catalog.
var ErrNoTemplate = errors.New("không có mẫu này")

// FromLastYear makes this year's report from last year's
// (report.FromLastYear: bodies, recipients, signer, register, baseline and
// checklist carried; number, date, honorees and points cleared) and
// refills its summary, opening and headings from the template: templateID,
// or the one last year's report was made with when templateID is "". It
// returns the template used, nil when last year's template is not in the
// catalog (the texts then keep last year's, the years moved on). The
// command line's "new --from" and the window's start screen share it.
func (c *Catalog) FromLastYear(last *report.Report, year int, source, templateID string) (*report.Report, *Template, error) {
	r, err := report.FromLastYear(last, year, source)
	if err != nil {
		return nil, nil, err
	}
	if templateID == "" {
		templateID = r.Template
	}
	t := c.Find(templateID)
	if t == nil && templateID != r.Template {
		return nil, nil, fmt.Errorf("%w: %q", ErrNoTemplate, templateID)
	}
	if t != nil {
		r.Template = t.ID
		t.Fill(r)
	}
	return r, t, nil
}
