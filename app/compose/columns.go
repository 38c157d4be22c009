package compose

import (
	"fmt"
	"strings"

	"baocao/app/doc"
	"baocao/app/report"
)

// HonoreeColumns returns the columns of a table of list (doc's one list of
// honoree columns), for paper or for a workbook; source adds "Nguồn"
// (workbooks only).
func HonoreeColumns(list []report.Honoree, collective bool, purpose doc.Purpose, source bool) []doc.Column {
	b := report.BirthColumns(list)
	return doc.HonoreeColumns(doc.ColumnSet{
		Collective: collective,
		Purpose:    purpose,
		Birth:      doc.Birth{ByGender: b.ByGender, Year: b.Year, Gender: b.Gender},
		Source:     source,
		Filled: func(key string) bool {
			for i := range list {
				if strings.TrimSpace(HonoreeCell(&list[i], i, key)) != "" {
					return true
				}
			}
			return false
		},
	})
}

// HonoreeCell is what the row of h, the i-th of its list, shows in the
// column key, as typed (not cleaned).
func HonoreeCell(h *report.Honoree, i int, key string) string {
	switch key {
	case doc.KeyNumber:
		return fmt.Sprint(i + 1)
	case doc.KeyName:
		return h.Name
	case doc.KeyMale:
		return h.BirthUnder(report.GenderMale)
	case doc.KeyFemale:
		return h.BirthUnder(report.GenderFemale)
	case doc.KeyBirthYear:
		return h.BirthYearText()
	case doc.KeyGender:
		return h.Gender.Label()
	case doc.KeyPosition:
		return h.Position
	case doc.KeyUnit:
		return h.Unit
	case doc.KeyAchievement:
		return h.Achievement
	case doc.KeyAward:
		return h.Award
	case doc.KeyNote:
		return h.Note
	case doc.KeySource:
		return h.Source
	}
	return ""
}

// HonoreeTable is the printed table of list: the columns some row fills,
// the cells cleaned, a cell's lines kept ("- Vận động…" on lines of their
// own, as the workbook does); field is report.FieldCollectives or
// report.FieldIndividuals.
func HonoreeTable(field string, list []report.Honoree, collective bool) doc.Table {
	cols := HonoreeColumns(list, collective, doc.Print, false)
	where := "danh sách cá nhân"
	if collective {
		where = "danh sách tập thể"
	}
	rows := make([][]string, len(list))
	for i := range list {
		row := make([]string, len(cols))
		for j, c := range cols {
			row[j] = strings.Join(paragraphs(HonoreeCell(&list[i], i, c.Key)), "\n")
		}
		rows[i] = row
	}
	return doc.Table{Src: doc.Src{Field: field, Where: where}, Columns: cols, Rows: rows, RepeatHeader: true}
}
