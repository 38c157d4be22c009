package pdf

import (
	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/report"
)

// Helpers for the tests written when this package still composed the
// report itself: the content now comes from package compose.

// newDoc is the renderer of report r, composed as the final document.
func newDoc(r *report.Report, fonts *fontSet) *renderer {
	return newRenderer(compose.Report(r, compose.ReportOptions{}), fonts)
}

// honoreeColumns are the printed columns of a table of list, with how to
// get a row's cell from the model.
func honoreeColumns(list []report.Honoree, collective bool) []testColumn {
	cs := compose.HonoreeColumns(list, collective, doc.Print, false)
	out := make([]testColumn, len(cs))
	for i, c := range cs {
		key := c.Key
		out[i] = testColumn{c, func(h *report.Honoree, i int) string { return compose.HonoreeCell(h, i, key) }}
	}
	return out
}

// testColumn is a printed column with its cells' getter.
type testColumn struct {
	doc.Column
	get func(h *report.Honoree, i int) string
}

// plain returns the columns as the renderer takes them.
func plain(cols []testColumn) []doc.Column {
	out := make([]doc.Column, len(cols))
	for i, c := range cols {
		out[i] = c.Column
	}
	return out
}

// sentenceCase is how a kind is written inside a sentence.
func sentenceCase(s string) string { return compose.SentenceCase(s) }
