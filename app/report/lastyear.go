package report

import (
	"fmt"
	"regexp"
	"strconv"

	"baocao/app/movement"
)

// FromLastYear makes this year's draft from last year's report.
//
// Carried over: the template and profile, the bodies, the number's
// symbol, the place, the document's title, the recipients and the
// signature; the movement's list of fields and its register, each entry
// marked FromLastYear; last year's figures as the baseline (from source,
// e.g. the file's name). In the summary and the headings, last year's
// year and the year after it move on by the years between.
//
// Models and exemplars go on from year to year and keep their
// recognition: a recognised entry stays recognised at its level. The
// year's picks are made anew: an outstanding or proposed entry goes back
// to "recognised", and its links to last year's honorees are dropped.
//
// Cleared: the number, the issue date, the draft round, the honorees (the
// list's title and placement are kept), and the points of every section;
// last year's tasks ("Phương hướng, nhiệm vụ") become this year's
// checklist, to answer in the review. The opening keeps last year's text
// with the years moved on; a caller with the template refills it
// (catalog's Fill).
func FromLastYear(last *Report, year int, source string) (*Report, error) {
	if last == nil {
		return nil, fmt.Errorf("không có báo cáo năm trước")
	}
	if year < MinYear || year > MaxYear {
		return nil, fmt.Errorf("năm %d không hợp lệ; hãy chọn năm từ %d đến %d", year, MinYear, MaxYear)
	}
	if last.Year >= year {
		return nil, fmt.Errorf("báo cáo năm trước là của năm %d, không trước năm %d; hãy chọn đúng tệp của năm trước", last.Year, year)
	}
	shift := yearShifter(last.Year, year)
	r := &Report{
		Template:     last.Template,
		Profile:      last.Profile,
		SuperiorBody: last.SuperiorBody,
		IssuingBody:  last.IssuingBody,
		Symbol:       last.Symbol,
		Place:        last.Place,
		Year:         year,
		Title:        last.Title,
		Summary:      shift(last.Summary),
		Opening:      shift(last.Opening),
		Recipients:   append([]string(nil), last.Recipients...),
		Signature:    last.Signature,
		Honorees: Honorees{
			Title:     shift(last.Honorees.Title),
			Placement: last.Honorees.Placement,
		},
	}
	for i, ns := range r.Sections() {
		prev := last.Sections()[i].Section
		ns.Section.Heading = shift(prev.Heading)
		ns.Section.List = prev.List
	}
	r.Movement = carryMovement(last, source)
	return r, nil
}

// carryMovement is this year's movement data from last year's report.
func carryMovement(last *Report, source string) movement.Data {
	m := movement.Data{Fields: append([]string(nil), last.Movement.Fields...)}
	for _, e := range last.Movement.Register {
		e.FromLastYear = true
		e.Honorees = nil
		if e.Stage.Reached(movement.StageOutstanding) {
			e.Stage = movement.StageRecognised
		}
		m.Register = append(m.Register, e)
	}
	if last.Movement.HasFigures() {
		m.Baseline = movement.BaselineOf(last.Figures(), source)
	}
	var tasks []movement.TaskText
	for _, p := range last.Tasks.Points {
		tasks = append(tasks, movement.TaskText{Heading: p.Heading, Text: p.Text})
	}
	m.Checklist = movement.ChecklistFrom(tasks)
	return m
}

// TakeBaseline puts last year's figures beside this year's: the baseline
// of r becomes the figures of last (from source, e.g. its file's name).
// Nothing else of r changes.
func TakeBaseline(r, last *Report, source string) error {
	if last.Year >= r.Year {
		return fmt.Errorf("báo cáo %s là của năm %d, không trước năm %d; hãy chọn đúng tệp của năm trước", source, last.Year, r.Year)
	}
	if !last.Movement.HasFigures() {
		return fmt.Errorf("báo cáo năm %d (%s) chưa có sổ mô hình hay số liệu phong trào nào để so sánh", last.Year, source)
	}
	r.Movement.Baseline = movement.BaselineOf(last.Figures(), source)
	return nil
}

var yearRe = regexp.MustCompile(`\b\d{4}\b`)

// yearShifter moves last year's year and the next one on to this year's
// ("năm 2016, phương hướng nhiệm vụ năm 2017" → "năm 2017, … năm 2018"),
// leaving other years alone (15/10/1930).
func yearShifter(from, to int) func(string) string {
	d := to - from
	return func(s string) string {
		return yearRe.ReplaceAllStringFunc(s, func(m string) string {
			y, _ := strconv.Atoi(m)
			if y == from || y == from+1 {
				return strconv.Itoa(y + d)
			}
			return m
		})
	}
}
