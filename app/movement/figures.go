package movement

import (
	"fmt"
	"math"
	"strings"
)

// Source says where a number of the figures table came from.
type Source string

const (
	SourceRegister Source = "register" // counted from the register
	SourceTyped    Source = "typed"    // typed by the user
	SourceSum      Source = "sum"      // a total of other rows
)

// Label is the source's Vietnamese name, for a column or a note.
func (s Source) Label() string {
	switch s {
	case SourceRegister:
		return "đếm từ sổ"
	case SourceTyped:
		return "nhập tay"
	case SourceSum:
		return "cộng"
	}
	return string(s)
}

// Figures is the movement's figures table, computed once and rendered as
// it is by every output: groups of rows, each row with this year's count,
// last year's and the change. Totals are rows whose Sum names the rows
// they add up (the workbook writes them as formulas).
type Figures struct {
	Year         int     // the year under review
	BaselineYear int     // last year's year; 0 without a baseline
	Groups       []Group //
	// Notes say how to read the table (the stages are cumulative; which
	// numbers were typed), one sentence each, to print under it.
	Notes []string
}

// Group is a titled block of rows.
type Group struct {
	Title string
	Rows  []Row
}

// Row is one line of the figures table.
type Row struct {
	Key         string // stable key: "models.recognised", "field:kinhte", "level.central", "total.registered"
	Label       string // Vietnamese label
	Placeholder string // its name in texts, without braces: "so_mo_hinh_cong_nhan"
	This        int    // this year's count
	Source      Source // where This came from
	HasLast     bool   // last year's count is known
	Last        int    // last year's count
	Change      Change // This against Last; meaningful when HasLast
	Sum         []string
}

// IsTotal reports whether the row adds up other rows.
func (r Row) IsTotal() bool { return len(r.Sum) > 0 }

// Change is a count against last year's.
type Change struct {
	Diff       int     // this year minus last year
	Percent    float64 // Diff as a percentage of last year; valid when HasPercent
	HasPercent bool    // false when last year's count was 0
}

// NewChange compares this year's count with last year's.
func NewChange(this, last int) Change {
	c := Change{Diff: this - last}
	if last != 0 {
		c.Percent = float64(this-last) * 100 / float64(last)
		c.HasPercent = true
	}
	return c
}

// String writes the change as the table prints it: "+12 (+10,9%)",
// "−3 (−5,0%)", "0 (0,0%)"; with a baseline of 0 no percentage: "+5".
func (c Change) String() string {
	s := signed(c.Diff)
	if c.HasPercent {
		s += " (" + c.PercentString() + ")"
	}
	return s
}

// PercentString writes the percentage with a decimal comma and its sign:
// "+10,9%"; "" without one.
func (c Change) PercentString() string {
	if !c.HasPercent {
		return ""
	}
	p := math.Round(c.Percent*10) / 10
	sign := "+"
	switch {
	case p < 0:
		sign, p = "−", -p
	case p == 0:
		sign = ""
	}
	return sign + strings.Replace(fmt.Sprintf("%.1f", p), ".", ",", 1) + "%"
}

// Words writes the change for a sentence: "tăng 12 (10,9%)", "giảm 3",
// "không thay đổi".
func (c Change) Words() string {
	var s string
	switch {
	case c.Diff > 0:
		s = "tăng " + FormatCount(c.Diff)
	case c.Diff < 0:
		s = "giảm " + FormatCount(-c.Diff)
	default:
		return "không thay đổi"
	}
	if c.HasPercent {
		s += " (" + strings.TrimLeft(c.PercentString(), "+−") + ")"
	}
	return s
}

func signed(n int) string {
	switch {
	case n > 0:
		return "+" + FormatCount(n)
	case n < 0:
		return "−" + FormatCount(-n)
	}
	return "0"
}

// FormatCount writes a count as Vietnamese documents do, with a dot
// between thousands: 2071 → "2.071".
func FormatCount(n int) string {
	if n < 0 {
		return "-" + FormatCount(-n)
	}
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// Row keys. A field's key is "field:" and its name folded (FieldKey).
const (
	keyModels    = "models."
	keyExemplars = "exemplars."
	keyTotal     = "total."
	keyField     = "field:"
	keyLevel     = "level."
	// KeyFieldsTotal and KeyLevelsTotal are the totals of the field and
	// level groups.
	KeyFieldsTotal = "fields.total"
	KeyLevelsTotal = "levels.total"
)

// KindStageKey is the row key of a kind at a stage: "models.recognised".
func KindStageKey(k Kind, s Stage) string {
	if k == KindExemplar {
		return keyExemplars + string(s)
	}
	return keyModels + string(s)
}

// TotalKey is the row key of the total at a stage: "total.outstanding".
func TotalKey(s Stage) string { return keyTotal + string(s) }

// FieldKey is the row key of a field: "field:kinhte" for "Kinh tế".
func FieldKey(field string) string { return keyField + fieldKey(field) }

// LevelKey is the row key of a level: "level.province".
func LevelKey(l Level) string { return keyLevel + string(l) }

// placeholder names of the stages and levels (see Placeholders).
var (
	stageWord = map[Stage]string{StageRegistered: "dang_ky", StageRecognised: "cong_nhan", StageOutstanding: "tieu_bieu", StageProposed: "de_nghi_khen_thuong"}
	levelWord = map[Level]string{LevelGrassroots: "co_so", LevelDistrict: "huyen_xa", LevelProvince: "tinh_thanh", LevelCentral: "trung_uong"}
)

// counts is one pass over the register.
type counts struct {
	kindStage [2][4]int
	field     []int
	level     [4]int
}

func (d *Data) count() counts {
	fields := d.FieldList()
	c := counts{field: make([]int, len(fields))}
	fieldIdx := d.fieldIndexer()
	for _, e := range d.Register {
		k := 0
		switch e.Kind {
		case KindModel:
		case KindExemplar:
			k = 1
		default:
			k = -1 // not counted by kind; Validate reports it
		}
		rank := max(e.Stage.Rank(), 1) // an unknown stage is still registered
		if k >= 0 {
			for s := 0; s < rank; s++ {
				c.kindStage[k][s]++
			}
		}
		if i := fieldIdx(e.Field); i >= 0 {
			c.field[i]++
		}
		if rank >= 2 {
			for l, x := range Levels {
				if e.Level == x {
					c.level[l]++
				}
			}
		}
	}
	return c
}

// Figures computes the figures table for the year: by kind and stage, the
// totals, by field (entries registered) and by level (entries
// recognised), each number from the register or typed, with last year's
// beside it when there is a baseline.
func (d *Data) Figures(year int) Figures {
	c := d.count()
	f := Figures{Year: year}
	typedAny := false
	leaf := func(key, label, ph string, counted int) Row {
		r := Row{Key: key, Label: label, Placeholder: ph, This: counted, Source: SourceRegister}
		if v, ok := d.Typed[key]; ok {
			r.This, r.Source = v, SourceTyped
			typedAny = true
		}
		return r
	}
	for k, kind := range Kinds {
		word := "so_mo_hinh_"
		if kind == KindExemplar {
			word = "so_dien_hinh_"
		}
		g := Group{Title: kind.Label()}
		for s, st := range Stages {
			g.Rows = append(g.Rows, leaf(KindStageKey(kind, st), st.Label(), word+stageWord[st], c.kindStage[k][s]))
		}
		f.Groups = append(f.Groups, g)
	}
	tot := Group{Title: "Tổng số mô hình, điển hình"}
	for _, st := range Stages {
		tot.Rows = append(tot.Rows, sumRow(TotalKey(st), st.Label(), "tong_"+stageWord[st],
			[]string{KindStageKey(KindModel, st), KindStageKey(KindExemplar, st)}, f.Groups))
	}
	f.Groups = append(f.Groups, tot)

	byField := Group{Title: "Theo lĩnh vực (số đăng ký)"}
	var keys []string
	for i, name := range d.FieldList() {
		byField.Rows = append(byField.Rows, leaf(FieldKey(name), name, fmt.Sprintf("so_linh_vuc_%d", i+1), c.field[i]))
		keys = append(keys, FieldKey(name))
	}
	byField.Rows = append(byField.Rows, sumRow(KeyFieldsTotal, "Cộng", "tong_theo_linh_vuc", keys, []Group{byField}))
	f.Groups = append(f.Groups, byField)

	byLevel := Group{Title: "Theo cấp công nhận (số được công nhận)"}
	keys = nil
	for i, l := range Levels {
		byLevel.Rows = append(byLevel.Rows, leaf(LevelKey(l), l.Label(), "so_cap_"+levelWord[l], c.level[i]))
		keys = append(keys, LevelKey(l))
	}
	byLevel.Rows = append(byLevel.Rows, sumRow(KeyLevelsTotal, "Cộng", "tong_theo_cap", keys, []Group{byLevel}))
	f.Groups = append(f.Groups, byLevel)

	if b := d.Baseline; b != nil {
		f.BaselineYear = b.Year
		for gi := range f.Groups {
			for ri := range f.Groups[gi].Rows {
				r := &f.Groups[gi].Rows[ri]
				if v, ok := b.Values[r.Key]; ok {
					r.Last, r.HasLast = v, true
					r.Change = NewChange(r.This, v)
				}
			}
		}
	}
	f.Notes = append(f.Notes, "Số liệu cộng dồn theo giai đoạn: số được công nhận gồm cả các mô hình, điển hình tiêu biểu và được đề nghị khen thưởng; số tiêu biểu gồm cả số được đề nghị khen thưởng.")
	if typedAny {
		if len(d.Register) > 0 {
			f.Notes = append(f.Notes, "Có số liệu nhập tay thay cho số đếm từ sổ mô hình (xem cột nguồn).")
		} else {
			f.Notes = append(f.Notes, "Số liệu do đơn vị nhập tay (đơn vị không lập sổ mô hình chi tiết).")
		}
	}
	return f
}

// sumRow makes a total of the rows with the given keys.
func sumRow(key, label, ph string, of []string, in []Group) Row {
	r := Row{Key: key, Label: label, Placeholder: ph, Source: SourceSum, Sum: of}
	for _, g := range in {
		for _, x := range g.Rows {
			for _, k := range of {
				if x.Key == k {
					r.This += x.This
				}
			}
		}
	}
	return r
}

// Row returns the row with the given key.
func (f *Figures) Row(key string) (Row, bool) {
	for _, g := range f.Groups {
		for _, r := range g.Rows {
			if r.Key == key {
				return r, true
			}
		}
	}
	return Row{}, false
}

// Value returns this year's count of the row with the given key (0 when
// there is none).
func (f *Figures) Value(key string) int {
	r, _ := f.Row(key)
	return r.This
}

// Rows returns every row in table order.
func (f *Figures) Rows() []Row {
	var out []Row
	for _, g := range f.Groups {
		out = append(out, g.Rows...)
	}
	return out
}

// HasBaseline reports whether last year's figures sit beside this year's.
func (f *Figures) HasBaseline() bool { return f.BaselineYear != 0 }

// Baseline is last year's figures, by row key.
type Baseline struct {
	Year   int            `json:"year"`
	Source string         `json:"source,omitempty"` // where they came from, e.g. the file of last year's draft
	Values map[string]int `json:"values"`
}

// BaselineOf keeps every row of last year's table as the baseline.
func BaselineOf(last Figures, source string) *Baseline {
	b := &Baseline{Year: last.Year, Source: source, Values: map[string]int{}}
	for _, r := range last.Rows() {
		b.Values[r.Key] = r.This
	}
	return b
}

// TypedKeys returns the row keys a count may be typed for (every row
// that is not a total), in table order, with their labels.
func (d *Data) TypedKeys() []Row {
	f := (&Data{Fields: d.Fields}).Figures(0)
	var out []Row
	for _, g := range f.Groups {
		for _, r := range g.Rows {
			if !r.IsTotal() {
				r.Label = g.Title + " — " + r.Label
				out = append(out, r)
			}
		}
	}
	return out
}
