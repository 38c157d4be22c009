// Package movement holds the "Dân vận khéo" movement's own data: the
// register of models (mô hình, collective) and exemplars (điển hình,
// individual), the figures counted from it or typed by a body that keeps no
// itemised register, last year's figures as the baseline, and the
// checklist of last year's tasks.
//
// It is core: no Fyne, no PDF, no Excel, and it does not import
// app/report (report imports it). The figures table (Figures) is computed
// once here and rendered as it is by the PDF, the workbook, the window
// and the command line.
package movement

import (
	"strings"

	"baocao/app/textnorm"
)

// Kind says whether an entry is a collective's model or an individual's
// exemplar.
type Kind string

const (
	KindModel    Kind = "model"    // mô hình (tập thể)
	KindExemplar Kind = "exemplar" // điển hình (cá nhân)
)

// Kinds lists the kinds in table order.
var Kinds = []Kind{KindModel, KindExemplar}

// Label is the kind's Vietnamese name.
func (k Kind) Label() string {
	switch k {
	case KindModel:
		return "Mô hình (tập thể)"
	case KindExemplar:
		return "Điển hình (cá nhân)"
	}
	return string(k)
}

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return k == KindModel || k == KindExemplar }

// Stage is how far an entry has gone in the year. The stages are ordered
// and cumulative: an outstanding model was also recognised and registered,
// a proposed one was also outstanding.
type Stage string

const (
	StageRegistered  Stage = "registered"  // đăng ký
	StageRecognised  Stage = "recognised"  // được công nhận
	StageOutstanding Stage = "outstanding" // tiêu biểu
	StageProposed    Stage = "proposed"    // đề nghị khen thưởng
)

// Stages lists the stages in order.
var Stages = []Stage{StageRegistered, StageRecognised, StageOutstanding, StageProposed}

// Rank is the stage's place in the order (registered 1 … proposed 4), 0
// for an unknown stage.
func (s Stage) Rank() int {
	for i, x := range Stages {
		if x == s {
			return i + 1
		}
	}
	return 0
}

// Valid reports whether s is a known stage.
func (s Stage) Valid() bool { return s.Rank() > 0 }

// Reached reports whether an entry at stage s has reached stage t too
// (an outstanding entry has reached "recognised").
func (s Stage) Reached(t Stage) bool { return s.Rank() >= t.Rank() && t.Valid() }

// Label is the stage's Vietnamese name.
func (s Stage) Label() string {
	switch s {
	case StageRegistered:
		return "Đăng ký"
	case StageRecognised:
		return "Được công nhận"
	case StageOutstanding:
		return "Tiêu biểu"
	case StageProposed:
		return "Đề nghị khen thưởng"
	}
	return string(s)
}

// Level is the level that recognised an entry.
type Level string

const (
	LevelGrassroots Level = "grassroots" // cấp cơ sở
	LevelDistrict   Level = "district"   // cấp quận, huyện, xã
	LevelProvince   Level = "province"   // cấp tỉnh, thành phố
	LevelCentral    Level = "central"    // cấp Trung ương
)

// Levels lists the levels from the lowest.
var Levels = []Level{LevelGrassroots, LevelDistrict, LevelProvince, LevelCentral}

// Valid reports whether l is a known level.
func (l Level) Valid() bool {
	for _, x := range Levels {
		if x == l {
			return true
		}
	}
	return false
}

// Label is the level's Vietnamese name.
func (l Level) Label() string {
	switch l {
	case LevelGrassroots:
		return "Cấp cơ sở"
	case LevelDistrict:
		return "Cấp quận, huyện, xã"
	case LevelProvince:
		return "Cấp tỉnh, thành phố"
	case LevelCentral:
		return "Cấp Trung ương"
	}
	return string(l)
}

// DefaultFields are the four fields the movement uses; a template may
// give its own list.
var DefaultFields = []string{
	"Kinh tế",
	"Văn hóa – xã hội",
	"Quốc phòng – an ninh",
	"Xây dựng hệ thống chính trị",
}

// Data is everything the report holds about the movement. The zero value
// is a report without movement data.
type Data struct {
	// Fields is the list of fields entries are grouped by, from the
	// template; empty means DefaultFields.
	Fields []string `json:"fields,omitempty"`
	// Register is the itemised register of models and exemplars.
	Register []Entry `json:"register,omitempty"`
	// Typed holds counts typed directly, by row key (see Figures), for a
	// body that keeps no itemised register. A typed count replaces the
	// one counted from the register; the table says which is which.
	Typed map[string]int `json:"typed,omitempty"`
	// Baseline is last year's figures, shown beside this year's.
	Baseline *Baseline `json:"baseline,omitempty"`
	// Checklist is last year's tasks, answered in this year's review.
	Checklist []Task `json:"checklist,omitempty"`
}

// Entry is one model or exemplar of the register.
type Entry struct {
	Name      string `json:"name"`
	Unit      string `json:"unit"` // the unit or branch that runs it
	Kind      Kind   `json:"kind"`
	Field     string `json:"field"` // one of Data.Fields
	Stage     Stage  `json:"stage"`
	Level     Level  `json:"level,omitempty"`     // who recognised it; "" before recognition
	StartYear int    `json:"startYear,omitempty"` // 0 when not known
	Results   string `json:"results,omitempty"`   // a sentence or two
	// Honorees links the entry to the honorees commended for it, by name
	// and unit (honorees have no other identity).
	Honorees []HonoreeRef `json:"honorees,omitempty"`
	// FromLastYear marks an entry carried over from last year's register.
	FromLastYear bool `json:"fromLastYear,omitempty"`
	// Origin is where the entry was collected from (a unit's workbook);
	// zero when it was typed or imported into the register directly.
	Origin Origin `json:"origin,omitzero"`
}

// HonoreeRef names an honoree of the report's lists.
type HonoreeRef struct {
	Name string `json:"name"`
	Unit string `json:"unit,omitempty"`
}

// IsZero reports whether d holds nothing.
func (d Data) IsZero() bool {
	return len(d.Fields) == 0 && len(d.Register) == 0 && len(d.Typed) == 0 && d.Baseline == nil && len(d.Checklist) == 0
}

// HasFigures reports whether this year's figures rest on anything: a
// register or typed counts.
func (d *Data) HasFigures() bool { return len(d.Register) > 0 || len(d.Typed) > 0 }

// FieldList returns the fields in use: Data.Fields or DefaultFields.
func (d *Data) FieldList() []string {
	if len(d.Fields) > 0 {
		return d.Fields
	}
	return DefaultFields
}

// FieldIndex returns the index of field f in the list, matched loosely
// (case, diacritics, spacing and the dash's form ignored), or -1.
func (d *Data) FieldIndex(f string) int {
	k := fieldKey(f)
	for i, x := range d.FieldList() {
		if fieldKey(x) == k {
			return i
		}
	}
	return -1
}

// fieldIndexer returns FieldIndex with the list folded once and each
// spelling folded once: entries share a few spellings of a field.
func (d *Data) fieldIndexer() func(string) int {
	list := d.FieldList()
	keys := make(map[string]int, len(list))
	for i := len(list) - 1; i >= 0; i-- {
		keys[fieldKey(list[i])] = i
	}
	cache := map[string]int{}
	return func(f string) int {
		if i, ok := cache[f]; ok {
			return i
		}
		i, ok := keys[fieldKey(f)]
		if !ok {
			i = -1
		}
		cache[f] = i
		return i
	}
}

// fieldKey folds a field's name for matching: "Văn hóa - Xã hội" and
// "văn hoá – xã hội" are one field ("vanhoaxahoi").
func fieldKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '–', '—', ',':
			return -1
		}
		return r
	}, textnorm.Key(s))
}

// Normalize cleans every text in place (NFC, no control characters) and
// writes an entry's field as the list spells it when it matches loosely.
func (d *Data) Normalize() {
	line := textnorm.Line
	for i := range d.Fields {
		d.Fields[i] = line(d.Fields[i])
	}
	for i := range d.Register {
		e := &d.Register[i]
		e.Name, e.Unit = line(e.Name), line(e.Unit)
		e.Kind = Kind(line(string(e.Kind)))
		e.Stage = Stage(line(string(e.Stage)))
		e.Level = Level(line(string(e.Level)))
		e.Field = line(e.Field)
		if j := d.FieldIndex(e.Field); j >= 0 {
			e.Field = d.FieldList()[j]
		}
		e.Results = textnorm.Paragraphs(e.Results)
		for j := range e.Honorees {
			e.Honorees[j].Name = line(e.Honorees[j].Name)
			e.Honorees[j].Unit = line(e.Honorees[j].Unit)
		}
	}
	if len(d.Typed) > 0 {
		typed := make(map[string]int, len(d.Typed))
		for k, v := range d.Typed {
			typed[normalKey(k)] = v
		}
		d.Typed = typed
	}
	if b := d.Baseline; b != nil {
		b.Source = line(b.Source)
		if len(b.Values) > 0 {
			vals := make(map[string]int, len(b.Values))
			for k, v := range b.Values {
				vals[normalKey(k)] = v
			}
			b.Values = vals
		}
	}
	for i := range d.Checklist {
		d.Checklist[i].Task = textnorm.Paragraphs(d.Checklist[i].Task)
		d.Checklist[i].Answer = Answer(line(string(d.Checklist[i].Answer)))
		d.Checklist[i].Note = textnorm.Paragraphs(d.Checklist[i].Note)
	}
}

// normalKey cleans a row key; a field's key is folded as FieldKey does.
func normalKey(k string) string {
	k = textnorm.Line(k)
	if f, ok := strings.CutPrefix(k, keyField); ok {
		return FieldKey(f)
	}
	return k
}

// Clone returns a deep copy of d.
func (d Data) Clone() Data {
	c := d
	c.Fields = append([]string(nil), d.Fields...)
	c.Register = make([]Entry, len(d.Register))
	for i, e := range d.Register {
		e.Honorees = append([]HonoreeRef(nil), e.Honorees...)
		c.Register[i] = e
	}
	if d.Register == nil {
		c.Register = nil
	}
	c.Typed = cloneMap(d.Typed)
	if d.Baseline != nil {
		b := *d.Baseline
		b.Values = cloneMap(b.Values)
		c.Baseline = &b
	}
	c.Checklist = append([]Task(nil), d.Checklist...)
	return c
}

func cloneMap(m map[string]int) map[string]int {
	if m == nil {
		return nil
	}
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
