package report

import (
	"fmt"
	"strings"

	"baocao/app/textnorm"
)

// Match says how two honorees of one list relate. Official lists often
// hold two people of one name in one unit; their birth year and position
// tell them apart, so only a row equal in everything is a plain repeat.
type Match int

const (
	// Different: another name or another unit.
	Different Match = iota
	// Repeat: every field equal once case and spacing are folded (the
	// source file and the Namesake mark aside): one row written twice.
	Repeat
	// Namesakes: same name and unit, told apart by the birth year, the
	// gender or the position (both filled and different): two people.
	Namesakes
	// Unclear: same name and unit, nothing tells them apart, but the rows
	// differ (a blank beside a value, another achievement): perhaps one
	// person written twice, perhaps two.
	Unclear
)

// String returns the Vietnamese words for m.
func (m Match) String() string {
	switch m {
	case Repeat:
		return "giống hệt"
	case Namesakes:
		return "có thể là hai người trùng tên"
	case Unclear:
		return "có thể là một người ghi hai lần"
	}
	return "khác nhau"
}

// NamesakeConfirmLabel is the window's action that marks two rows as two
// people (Honoree.Namesake); the warnings name it.
const NamesakeConfirmLabel = "Xác nhận là hai người khác nhau"

// PersonKey is the name and unit folded for telling people apart (case
// and spacing ignored, diacritics kept: see textnorm.Identity). Rows with
// one PersonKey are compared further by CompareHonorees.
func (h Honoree) PersonKey() string {
	return textnorm.Identity(h.Name) + "\x00" + textnorm.Identity(h.Unit)
}

// CompareHonorees tells whether a and b are one row written twice, two
// namesakes, or unclear; Different when name or unit differ.
func CompareHonorees(a, b Honoree) Match {
	if a.PersonKey() != b.PersonKey() {
		return Different
	}
	if apart(a, b) != "" {
		return Namesakes
	}
	if same(a.Achievement, b.Achievement) && same(a.Award, b.Award) && same(a.Note, b.Note) &&
		same(a.Position, b.Position) && a.BirthYear == b.BirthYear && a.Gender == b.Gender {
		return Repeat
	}
	return Unclear
}

func same(a, b string) bool { return textnorm.Identity(a) == textnorm.Identity(b) }

// apart names what tells two rows of one name and unit apart ("năm sinh
// 1975 và 1988"), or returns "".
func apart(a, b Honoree) string {
	var why []string
	if a.BirthYear != 0 && b.BirthYear != 0 && a.BirthYear != b.BirthYear {
		why = append(why, fmt.Sprintf("năm sinh %d và %d", a.BirthYear, b.BirthYear))
	}
	if a.Gender != "" && b.Gender != "" && a.Gender != b.Gender {
		why = append(why, fmt.Sprintf("giới tính %s và %s", a.Gender.Label(), b.Gender.Label()))
	}
	if !blank(a.Position) && !blank(b.Position) && !same(a.Position, b.Position) {
		why = append(why, fmt.Sprintf("chức vụ “%s” và “%s”", textnorm.Line(a.Position), textnorm.Line(b.Position)))
	}
	return strings.Join(why, ", ")
}

// HonoreePair is two rows of one list (First < Second, indices from 0)
// with one name and unit.
type HonoreePair struct {
	First, Second int
	Match         Match // Repeat, Namesakes or Unclear
	// Confirmed: both rows are marked Namesake — the user said they are
	// two people, so no warning is due.
	Confirmed bool
}

// maxPairsBack is how many earlier rows of one name and unit a row is
// compared with: enough for any real list, and a damaged file with
// thousands of one name costs no more than linear time.
const maxPairsBack = 20

// HonoreePairs returns the pairs of rows of list that share a name and a
// unit, in list order. A row that repeats an earlier one exactly is paired
// with that row only.
func HonoreePairs(list []Honoree) []HonoreePair {
	groups := map[string][]int{}
	var out []HonoreePair
	for j, h := range list {
		if blank(h.Name) {
			continue
		}
		k := h.PersonKey()
		earlier := groups[k]
		var pairs []HonoreePair
		for n := len(earlier) - 1; n >= 0 && n >= len(earlier)-maxPairsBack; n-- {
			i := earlier[n]
			m := CompareHonorees(list[i], h)
			p := HonoreePair{First: i, Second: j, Match: m, Confirmed: list[i].Namesake && h.Namesake}
			if m == Repeat {
				pairs = []HonoreePair{p}
				break
			}
			pairs = append(pairs, p)
		}
		for n := len(pairs) - 1; n >= 0; n-- {
			out = append(out, pairs[n])
		}
		groups[k] = append(earlier, j)
	}
	return out
}

// ConfirmNamesakes marks rows i and j of list as two people of their own.
func ConfirmNamesakes(list []Honoree, i, j int) {
	list[i].Namesake = true
	list[j].Namesake = true
}

// PairNote is the Vietnamese note on two rows a and b of one name and
// unit; rows names them ("Dòng 1 và dòng 4 danh sách cá nhân").
func PairNote(a, b Honoree, rows string) string {
	who := fmt.Sprintf("%s cùng tên %s", rows, textnorm.Line(b.Name))
	if u := textnorm.Line(b.Unit); u != "" {
		who += ", cùng đơn vị " + u
	}
	switch CompareHonorees(a, b) {
	case Repeat:
		return who + ", giống hệt nhau"
	case Namesakes:
		return fmt.Sprintf("%s, khác %s: có thể là hai người trùng tên", who, apart(a, b))
	case Unclear:
		return who + ", không có gì phân biệt (năm sinh, chức vụ): có thể là một người ghi hai lần"
	}
	return ""
}

// ParseGender reads a gender as lists write it: "Nam", "nữ", "Nu",
// "male", "female". It returns "" and false for anything else (an "x"
// mark says nothing without the column it is in).
func ParseGender(s string) (Gender, bool) {
	switch textnorm.Identity(s) {
	case "nam", "male", "m":
		return GenderMale, true
	case "nữ", "nu", "female", "f":
		return GenderFemale, true
	}
	return "", false
}

// Label is the gender as a list's column writes it: "Nam", "Nữ".
func (g Gender) Label() string {
	switch g {
	case GenderMale:
		return "Nam"
	case GenderFemale:
		return "Nữ"
	}
	return string(g)
}

// BirthLayout is how a table of honorees shows birth years and genders.
// Official lists write "Năm sinh" over two columns "Nam | Nữ", the year
// in the column of the person's gender (an "x" when the year is not
// known); a list with a year but no gender cannot be written so, and
// gets a "Năm sinh" column and, if any gender is known, "Giới tính".
type BirthLayout struct {
	ByGender     bool // "Năm sinh" over "Nam | Nữ"
	Year, Gender bool // separate "Năm sinh" and "Giới tính" columns
}

// Any reports whether the table has a birth or gender column at all.
func (b BirthLayout) Any() bool { return b.ByGender || b.Year || b.Gender }

// BirthColumns chooses the layout for list: no column when no row has a
// birth year or gender.
func BirthColumns(list []Honoree) BirthLayout {
	var year, gender, yearAlone bool
	for _, h := range list {
		year = year || h.BirthYear != 0
		gender = gender || h.Gender != ""
		yearAlone = yearAlone || (h.BirthYear != 0 && h.Gender != GenderMale && h.Gender != GenderFemale)
	}
	switch {
	case !year && !gender:
		return BirthLayout{}
	case !yearAlone:
		return BirthLayout{ByGender: true}
	}
	return BirthLayout{Year: year, Gender: gender}
}

// BirthUnder is what h shows under the column of gender g in the
// "Năm sinh – Nam | Nữ" form: the year, "x" when only the gender is
// known, "" for the other gender.
func (h Honoree) BirthUnder(g Gender) string {
	switch {
	case h.Gender != g:
		return ""
	case h.BirthYear != 0:
		return fmt.Sprint(h.BirthYear)
	}
	return "x"
}

// BirthYearText is the birth year as written, "" when not given.
func (h Honoree) BirthYearText() string {
	if h.BirthYear == 0 {
		return ""
	}
	return fmt.Sprint(h.BirthYear)
}
