package doc

// Column is one column of a table: its key, the model's field it shows
// (for warnings), its title, the title of the group over it, and its
// widths: in print, a narrow column's set width in millimetres (Width) or
// a wide one's share of the rest (Weight); in a workbook, SheetWidth
// characters.
type Column struct {
	Key        string  `json:"key"`
	Field      string  `json:"field,omitempty"`
	Head       string  `json:"head"`
	Group      string  `json:"group,omitempty"`
	Centre     bool    `json:"centre,omitempty"`
	Width      float64 `json:"width,omitempty"`
	Weight     float64 `json:"weight,omitempty"`
	SheetWidth float64 `json:"-"`
}

// The keys of the honoree columns. A key names what the column holds;
// Field, the model's JSON field, is what warnings cite ("Nam" and "Nữ"
// both show "birthYear").
const (
	KeyNumber      = "stt"
	KeyName        = "name"
	KeyMale        = "male"   // the year of birth of a man, under "Năm sinh"
	KeyFemale      = "female" // the same for a woman
	KeyBirthYear   = "birthYear"
	KeyGender      = "gender"
	KeyPosition    = "position"
	KeyUnit        = "unit"
	KeyAchievement = "achievement"
	KeyAward       = "award"
	KeyNote        = "note"
	KeySource      = "source"
)

// Purpose says what a list of columns is for.
type Purpose int

const (
	// Print is the list on paper: a column no row fills is left out.
	Print Purpose = iota
	// Sheet is the workbook an office fills in and sends on: every
	// column of the kind is kept, filled or not.
	Sheet
)

// Birth says which birth columns a list of individuals takes (the
// model's choice, report.BirthColumns): the year under "Nam" or "Nữ"
// below "Năm sinh", or "Năm sinh" and "Giới tính" of their own.
type Birth struct {
	ByGender, Year, Gender bool
}

// has reports whether the layout takes the birth column key.
func (b Birth) has(key string) bool {
	switch key {
	case KeyMale, KeyFemale:
		return b.ByGender
	case KeyBirthYear:
		return b.Year
	case KeyGender:
		return b.Gender
	}
	return false
}

// ColumnSet describes the list the columns are chosen for.
type ColumnSet struct {
	Collective bool
	Purpose    Purpose
	Birth      Birth                 // individuals only
	Filled     func(key string) bool // whether some row fills the column
	Source     bool                  // add "Nguồn", the file each row came from (workbooks only)
}

// rule says when a column is part of a list.
type rule int

const (
	always     rule = iota // STT and the name
	birth                  // when the Birth layout says so
	individual             // a column of individuals; for collectives only when filled
	optional               // of both kinds
	source                 // when ColumnSet.Source is set
)

// honoreeColumns is the one list of the columns of an honoree table, in
// order, read by every renderer (PDF, workbook, …).
var honoreeColumns = []struct {
	Column
	rule rule
}{
	{Column{Key: KeyNumber, Head: "STT", Centre: true, Width: 11, SheetWidth: 6}, always},
	{Column{Key: KeyName, Field: "name", Weight: 3, SheetWidth: 26}, always},
	{Column{Key: KeyMale, Field: "birthYear", Head: "Nam", Group: "Năm sinh", Centre: true, Width: 11, SheetWidth: 7}, birth},
	{Column{Key: KeyFemale, Field: "birthYear", Head: "Nữ", Group: "Năm sinh", Centre: true, Width: 11, SheetWidth: 7}, birth},
	{Column{Key: KeyBirthYear, Field: "birthYear", Head: "Năm sinh", Centre: true, Width: 16, SheetWidth: 8}, birth},
	{Column{Key: KeyGender, Field: "gender", Head: "Giới tính", Centre: true, Width: 16, SheetWidth: 8}, birth},
	{Column{Key: KeyPosition, Field: "position", Head: "Chức vụ", Weight: 2.2, SheetWidth: 16}, individual},
	{Column{Key: KeyUnit, Field: "unit", Head: "Đơn vị", Weight: 3, SheetWidth: 24}, optional},
	{Column{Key: KeyAchievement, Field: "achievement", Head: "Thành tích", Weight: 4.5, SheetWidth: 42}, optional},
	{Column{Key: KeyAward, Field: "award", Head: "Hình thức khen thưởng", Centre: true, Width: 27, SheetWidth: 15}, optional},
	{Column{Key: KeyNote, Field: "note", Head: "Ghi chú", Width: 19, SheetWidth: 14}, optional},
	{Column{Key: KeySource, Field: "source", Head: "Nguồn", Width: 19, SheetWidth: 18}, source},
}

// NameHead is the title of the name column.
func NameHead(collective bool) string {
	if collective {
		return "Tên tập thể"
	}
	return "Họ và tên"
}

// HonoreeColumns returns the columns of one honoree table: STT and the
// name always; the birth columns of individuals as s.Birth says; the
// others when some row fills them, and in a workbook also when empty if
// they belong to the kind ("Chức vụ" is a column of individuals: a list
// of collectives has it only when some row fills it, on paper and in the
// workbook alike).
func HonoreeColumns(s ColumnSet) []Column {
	filled := func(key string) bool { return s.Filled != nil && s.Filled(key) }
	var out []Column
	for _, c := range honoreeColumns {
		keep := false
		switch c.rule {
		case always:
			keep = true
		case birth:
			keep = !s.Collective && s.Birth.has(c.Key)
		case individual:
			keep = filled(c.Key) || (s.Purpose == Sheet && !s.Collective)
		case optional:
			keep = filled(c.Key) || s.Purpose == Sheet
		case source:
			keep = s.Source && s.Purpose == Sheet
		}
		if !keep {
			continue
		}
		col := c.Column
		if col.Key == KeyName {
			col.Head = NameHead(s.Collective)
		}
		out = append(out, col)
	}
	return out
}
