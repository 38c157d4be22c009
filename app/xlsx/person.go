package xlsx

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"baocao/app/report"
	"baocao/app/textnorm"
)

// Reading the birth year and gender, and telling repeated rows from
// namesakes. Official lists write a person's birth year in one of
// these shapes:
//
//	Năm sinh | Giới tính        a year or a date; "Nam" / "Nữ"
//	   Năm sinh                 the title merged over two columns, the year
//	  Nam | Nữ                  written in the column of the person's gender
//	  Giới tính                 the same with marks ("x") instead of years
//	  Nam | Nữ

// yearIn finds a year of birth in a cell: "1975", "15/03/1975",
// "1975-03-15", "03/1975".
var yearIn = regexp.MustCompile(`(?:^|[^0-9])((?:18|19|20)[0-9]{2})(?:[^0-9]|$)`)

// parseBirthYear returns the year in a cell as lists write it, or 0.
func parseBirthYear(v string) int {
	m := yearIn.FindAllStringSubmatch(v, -1)
	if len(m) != 1 {
		return 0 // none, or two years: not a date of birth
	}
	y, _ := strconv.Atoi(m[0][1])
	return y
}

// mark reports whether a cell is a tick under "Nam" or "Nữ".
func mark(v string) bool {
	switch textnorm.Identity(v) {
	case "x", "×", "✓", "✔", "v", "+", "*", "có":
		return true
	}
	return false
}

// columnWord is the column's title as lists write it, for the note.
var columnWord = map[Field]string{FieldBirthYear: "Năm sinh", FieldGender: "Giới tính", FieldMale: "Nam", FieldFemale: "Nữ"}

// personFields sets h's birth year and gender from the cells of the
// birth, gender and Nam/Nữ columns (vals by field, "" when absent). What
// cannot be read is kept in the note ("Năm sinh: khoảng 70"), never lost.
func personFields(h *report.Honoree, vals map[Field]string) {
	var unread []string
	keep := func(f Field, v string) { unread = append(unread, columnWord[f]+": "+textnorm.Line(v)) }
	if v := strings.TrimSpace(vals[FieldBirthYear]); v != "" {
		if y := parseBirthYear(v); y != 0 {
			h.BirthYear = y
		} else {
			keep(FieldBirthYear, v)
		}
	}
	if v := strings.TrimSpace(vals[FieldGender]); v != "" {
		if g, ok := report.ParseGender(v); ok {
			h.Gender = g
		} else {
			keep(FieldGender, v)
		}
	}
	male, female := strings.TrimSpace(vals[FieldMale]), strings.TrimSpace(vals[FieldFemale])
	if male != "" && female != "" {
		// Both columns filled: which one is right cannot be told.
		keep(FieldMale, male)
		keep(FieldFemale, female)
		male, female = "", ""
	}
	for _, c := range []struct {
		f Field
		v string
		g report.Gender
	}{{FieldMale, male, report.GenderMale}, {FieldFemale, female, report.GenderFemale}} {
		switch {
		case c.v == "":
		case parseBirthYear(c.v) != 0 && (h.BirthYear == 0 || h.BirthYear == parseBirthYear(c.v)):
			h.BirthYear, h.Gender = parseBirthYear(c.v), c.g
		case mark(c.v) || textnorm.Identity(c.v) == textnorm.Identity(columnWord[c.f]):
			h.Gender = c.g
		default:
			keep(c.f, c.v)
		}
	}
	if len(unread) > 0 {
		note := strings.Join(unread, "; ")
		if h.Note != "" {
			note = h.Note + "\n" + note
		}
		h.Note = note
	}
}

// genderColumns takes the "Nam" and "Nữ" columns of a header's second
// row: they replace the birth or gender title merged above them.
func genderColumns(cols, fixed Mapping, sub []string) {
	m := headerMapping(sub)
	for _, f := range []Field{FieldMale, FieldFemale} {
		c, ok := m[f]
		if !ok || hasField(fixed, f) || columnUsedBy(fixed, c) {
			continue
		}
		for g, d := range cols {
			if d == c && (g == FieldBirthYear || g == FieldGender) {
				delete(cols, g)
			}
		}
		if !columnUsed(cols, c) {
			cols[f] = c
		}
	}
}

func columnUsedBy(m Mapping, c int) bool { return m != nil && columnUsed(m, c) }

// Ref names one row: of a sheet, or (Draft > 0) the Draft-th honoree of
// its Kind already in the draft.
type Ref struct {
	Source, Sheet string
	Line          int
	Kind          Kind
	Draft         int // position in the draft's list of Kind, from 1; 0 for a row of a file
}

// String names the row in a sentence: "dòng 12 trang “DS” tệp a.xlsx",
// "cá nhân thứ 3 trong bản nháp".
func (r Ref) String() string {
	if r.Draft > 0 {
		return fmt.Sprintf("%s thứ %d trong bản nháp", r.Kind, r.Draft)
	}
	s := fmt.Sprintf("dòng %d trang “%s”", r.Line, r.Sheet)
	if r.Source != "" {
		s += " tệp " + r.Source
	}
	return s
}

// Ref returns the reference of the row.
func (r Row) Ref() Ref {
	return Ref{Source: r.file(), Sheet: r.Sheet, Line: r.Line, Kind: r.Kind}
}

// file is the file the row was read from.
func (r Row) file() string {
	if r.File != "" {
		return r.File
	}
	return r.Honoree.Source
}

// Dropped reports whether ApplyTo and WriteList leave the row out: it
// repeats another row exactly and the user did not choose to keep it.
func (r Row) Dropped() bool { return r.DuplicateOf != "" && !r.Keep }

// NamesakeNote is a pair of rows, both added, with one name and unit.
type NamesakeNote struct {
	Match         report.Match // report.Namesakes or report.Unclear
	First, Second Ref          // First may be in the draft (Ref.Draft > 0)
	Note          string       // a Vietnamese sentence naming both rows
}

// KeepRows keeps the dropped rows with these references (Kind and Draft
// are not compared) and returns how many it found.
func (res *Result) KeepRows(refs ...Ref) int {
	n := 0
	for i := range res.Rows {
		r := &res.Rows[i]
		if r.DuplicateOf == "" {
			continue
		}
		for _, ref := range refs {
			if ref.Line == r.Line && ref.Sheet == r.Sheet && ref.Source == r.file() {
				r.Keep = true
				n++
				break
			}
		}
	}
	return n
}

// KeepAll keeps every dropped row and returns how many there were.
func (res *Result) KeepAll() int {
	n := 0
	for i := range res.Rows {
		if res.Rows[i].DuplicateOf != "" {
			res.Rows[i].Keep = true
			n++
		}
	}
	return n
}

// person is one honoree already taken, with its reference.
type person struct {
	h   report.Honoree
	ref Ref
}

// people groups the honorees taken so far by kind, name and unit.
type people struct {
	groups map[string][]person
	kc     keyer
}

func newPeople(existing *report.Report) *people {
	p := &people{groups: map[string][]person{}, kc: keyer{}}
	if existing != nil {
		for i, h := range existing.Honorees.Individuals {
			p.add(Individual, h, Ref{Kind: Individual, Draft: i + 1})
		}
		for i, h := range existing.Honorees.Collectives {
			p.add(Collective, h, Ref{Kind: Collective, Draft: i + 1})
		}
	}
	return p
}

func (p *people) add(k Kind, h report.Honoree, ref Ref) {
	key := p.kc.key(k, h)
	p.groups[key] = append(p.groups[key], person{h, ref})
}

// repeated returns the honoree taken so far that h repeats exactly.
func (p *people) repeated(k Kind, h report.Honoree) (Ref, bool) {
	for _, o := range p.groups[p.kc.key(k, h)] {
		if report.CompareHonorees(o.h, h) == report.Repeat {
			return o.ref, true
		}
	}
	return Ref{}, false
}

// namesakes returns the notes on h and the last rows of its name and
// unit taken so far (at most maxNotesBack: a file of thousands of one
// name costs linear time).
func (p *people) namesakes(k Kind, h report.Honoree, ref Ref) []NamesakeNote {
	g := p.groups[p.kc.key(k, h)]
	var out []NamesakeNote
	for _, o := range g[max(0, len(g)-maxNotesBack):] {
		if m := report.CompareHonorees(o.h, h); m == report.Namesakes || m == report.Unclear {
			out = append(out, NamesakeNote{Match: m, First: o.ref, Second: ref, Note: report.PairNote(o.h, h, twoRows(o.ref, ref))})
		}
	}
	return out
}

const maxNotesBack = 20

// twoRows names two rows in one phrase, the sheet and file once when
// they share them: "Dòng 12 và dòng 15 trang “DS” tệp a.xlsx".
func twoRows(a, b Ref) string {
	if a.Draft == 0 && a.Sheet == b.Sheet && a.Source == b.Source {
		rest := strings.TrimPrefix(b.String(), fmt.Sprintf("dòng %d", b.Line))
		return fmt.Sprintf("Dòng %d và dòng %d%s", a.Line, b.Line, rest)
	}
	s := a.String()
	return strings.ToUpper(s[:1]) + s[1:] + " và " + b.String()
}

// markRepeats sets DuplicateOf and Repeats on every row that repeats
// exactly an earlier row or an honoree of existing, and lists the
// namesake notes: rows of one name and unit that are both added. A
// choice to keep a row (Keep) is left as it is.
func (res *Result) markRepeats(existing *report.Report) {
	p := newPeople(existing)
	res.Namesakes = nil
	for i := range res.Rows {
		r := &res.Rows[i]
		r.DuplicateOf, r.Repeats = "", Ref{}
		ref := r.Ref()
		if o, ok := p.repeated(r.Kind, r.Honoree); ok {
			r.DuplicateOf, r.Repeats = "giống hệt "+o.String(), o
			if !r.Keep {
				continue
			}
		} else {
			res.Namesakes = append(res.Namesakes, p.namesakes(r.Kind, r.Honoree, ref)...)
		}
		p.add(r.Kind, r.Honoree, ref)
	}
}
