package report

import (
	"errors"
	"fmt"
	"strings"

	"baocao/app/textnorm"
)

// Unit is a subordinate unit (chi bộ, phòng, đơn vị) that sends the body
// its figures, models and proposed honorees for the year-end report.
type Unit struct {
	ID      string `json:"id"` // stable within the draft; written into the unit's form
	Name    string `json:"name"`
	Short   string `json:"short,omitempty"`   // tên viết tắt, for file names and tables
	Contact string `json:"contact,omitempty"` // the person, phone or e-mail to ask
	// Collected is what the last collection took from the unit's
	// workbook; nil until its workbook has been collected.
	Collected *UnitCollection `json:"collected,omitempty"`
}

// UnitCollection is what was taken from a unit's returned workbook.
type UnitCollection struct {
	File string `json:"file"`
	// Counts are the unit's figures by the movement's row key: the
	// numbers it typed, or, where it typed none, counted from its models.
	Counts   map[string]int `json:"counts,omitempty"`
	Honorees int            `json:"honorees,omitempty"`
	Models   int            `json:"models,omitempty"`
	Problems int            `json:"problems,omitempty"`
}

// Label is the unit's name with its short name: "Phòng Văn hóa (PVH)".
func (u Unit) Label() string {
	if u.Short == "" {
		return u.Name
	}
	return u.Name + " (" + u.Short + ")"
}

// ErrUnitName is returned for a unit without a name.
var ErrUnitName = errors.New("đơn vị chưa có tên")

// AddUnit adds a unit with a fresh id. A unit already in the list (same
// name, ignoring case, spaces and the form of its diacritics) is not
// added again: its existing entry is returned with added false.
func (r *Report) AddUnit(name, short, contact string) (u Unit, added bool, err error) {
	name = textnorm.Line(name)
	if name == "" {
		return Unit{}, false, fmt.Errorf("%w; hãy gõ tên đơn vị", ErrUnitName)
	}
	if i := r.UnitIndex(name); i >= 0 {
		return r.Units[i], false, nil
	}
	u = Unit{ID: r.newUnitID(name), Name: name, Short: textnorm.Line(short), Contact: textnorm.Line(contact)}
	r.Units = append(r.Units, u)
	return u, true, nil
}

// UnitIndex finds a unit by its name, short name or id (loosely), or -1.
func (r *Report) UnitIndex(s string) int {
	k := textnorm.Identity(s)
	if k == "" {
		return -1
	}
	for i, u := range r.Units {
		if u.ID == s || textnorm.Identity(u.Name) == k || (u.Short != "" && textnorm.Identity(u.Short) == k) {
			return i
		}
	}
	return -1
}

// UnitByID returns the index of the unit with that id, or -1.
func (r *Report) UnitByID(id string) int {
	for i, u := range r.Units {
		if u.ID == id {
			return i
		}
	}
	return -1
}

// newUnitID makes an id from the name ("phong-van-hoa"), unique in r.
func (r *Report) newUnitID(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(textnorm.Key(name)) {
		w = strings.Map(func(c rune) rune {
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				return c
			}
			return -1
		}, w)
		if w == "" || b.Len()+len(w) > 48 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	base := strings.Trim(b.String(), "-")
	if base == "" {
		base = "don-vi"
	}
	id := base
	for n := 2; r.UnitByID(id) >= 0; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// SuggestUnits lists the units named in the draft's honorees and
// register that are not yet in its list of units, in the order they
// first appear, each once.
func SuggestUnits(r *Report) []string {
	seen := map[string]bool{}
	for _, u := range r.Units {
		seen[textnorm.Identity(u.Name)] = true
	}
	var out []string
	add := func(name string) {
		name = textnorm.Line(name)
		if k := textnorm.Identity(name); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, name)
		}
	}
	for _, h := range r.Honorees.Collectives {
		add(h.Unit)
	}
	for _, h := range r.Honorees.Individuals {
		add(h.Unit)
	}
	for _, e := range r.Movement.Register {
		add(e.Unit)
	}
	return out
}

// ParseUnits reads units pasted as lines of text, one unit a line: the
// name, then optionally the short name and the contact, separated by a
// tab (cells copied from Excel), "|" or ";". Blank lines are passed
// over.
func ParseUnits(text string) []Unit {
	var out []Unit
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n") {
		parts := strings.Split(strings.NewReplacer("|", "\t", ";", "\t").Replace(line), "\t")
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		u := Unit{Name: textnorm.Line(parts[0]), Short: textnorm.Line(parts[1]), Contact: textnorm.Line(strings.Join(parts[2:], " "))}
		if u.Name != "" {
			out = append(out, u)
		}
	}
	return out
}
