package units

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"baocao/app/movement"
	"baocao/app/report"
)

// Applied is what ApplyTo changed.
type Applied struct {
	Units            int // units whose rows were taken
	Added, Replaced  int // rows added; rows of earlier collections they replace
	FiguresFromUnits bool
}

// ApplyTo takes the board into r. For every unit received, the rows an
// earlier collection took from it (matched by the unit's id in their
// Origin) are replaced by this collection's; units not received, or
// whose workbook is empty (a blank form sent back), keep theirs. The figures table's counts (r.Movement.Typed) become the sum
// over the units of their figures — what each typed, or counted from its
// models — plus the count of the register's own entries (those not
// collected from a unit), so the consolidated table is the sum over units.
func (b *Board) ApplyTo(r *report.Report) Applied {
	var a Applied
	for _, u := range b.Units {
		if u.Status == Missing || u.Empty() {
			continue
		}
		i := r.UnitByID(u.Unit.ID)
		if i < 0 {
			continue
		}
		a.Units++
		a.Replaced += dropUnit(r, u.Unit.ID)
		r.Honorees.Individuals = append(r.Honorees.Individuals, u.Individuals...)
		r.Honorees.Collectives = append(r.Honorees.Collectives, u.Collectives...)
		r.Movement.Register = append(r.Movement.Register, u.Models...)
		a.Added += u.Rows()
		r.Units[i].Collected = &report.UnitCollection{
			File: u.File, Counts: maps.Clone(u.Counts), Honorees: len(u.Individuals) + len(u.Collectives),
			Models: len(u.Models), Problems: len(u.Problems),
		}
	}
	a.FiguresFromUnits = Consolidate(r)
	return a
}

// dropUnit removes the rows collected earlier from the unit with id and
// returns how many.
func dropUnit(r *report.Report, id string) int {
	n := 0
	keep := func(o movement.Origin) bool {
		if o.UnitID == id {
			n++
			return false
		}
		return true
	}
	r.Honorees.Individuals = slices.DeleteFunc(r.Honorees.Individuals, func(h report.Honoree) bool { return !keep(h.Origin) })
	r.Honorees.Collectives = slices.DeleteFunc(r.Honorees.Collectives, func(h report.Honoree) bool { return !keep(h.Origin) })
	r.Movement.Register = slices.DeleteFunc(r.Movement.Register, func(e movement.Entry) bool { return !keep(e.Origin) })
	return n
}

// Consolidate sets the figures' counts to the sum over the collected
// units plus the register's own entries, and reports whether it did (it
// does nothing before any unit is collected).
func Consolidate(r *report.Report) bool {
	any := false
	for _, u := range r.Units {
		any = any || u.Collected != nil
	}
	if !any {
		return false
	}
	own := movement.Data{Fields: r.Movement.FieldList()}
	for _, e := range r.Movement.Register {
		if e.Origin.UnitID == "" {
			own.Register = append(own.Register, e)
		}
	}
	counted := own.Figures(r.Year)
	typed := map[string]int{}
	for _, row := range own.TypedKeys() {
		n := counted.Value(row.Key)
		for _, u := range r.Units {
			if u.Collected != nil {
				n += u.Collected.Counts[row.Key]
			}
		}
		typed[row.Key] = n
	}
	r.Movement.Typed = typed
	return true
}

// Print writes the status board: a line per unit (status, rows taken,
// file), its problems with sheet and row, the notes, the files not taken.
func (b *Board) Print(w io.Writer) {
	received, problems, missing := b.Counts()
	fmt.Fprintf(w, "Thư mục %s: %d tệp; %d/%d đơn vị đã gửi (%d có vấn đề), %d chưa gửi.\n\n", b.Dir, b.Files, received, len(b.Units), problems, missing)
	width := 10
	for _, u := range b.Units {
		width = max(width, len([]rune(u.Unit.Name)))
	}
	width = min(width, 40)
	fmt.Fprintf(w, "%-*s  %-16s %6s  %s\n", width, "Đơn vị", "Trạng thái", "Số dòng", "Tệp")
	for _, u := range b.Units {
		status := u.Status.Label()
		if u.Status == Problems {
			status = fmt.Sprintf("%s (%d)", status, len(u.Problems))
		}
		rows := ""
		if u.Status != Missing {
			rows = fmt.Sprint(u.Rows())
		}
		file := u.File
		if u.File != "" && !u.Form {
			file += " (danh sách riêng của đơn vị, nhận theo " + u.NamedBy + ")"
		}
		fmt.Fprintf(w, "%s  %-16s %6s  %s\n", pad(u.Unit.Name, width), status, rows, file)
		for _, p := range u.Problems {
			fmt.Fprintf(w, "    ! %s\n", p)
		}
		for _, n := range u.Notes {
			fmt.Fprintf(w, "    · %s\n", n)
		}
	}
	if len(b.Unmatched) > 0 {
		fmt.Fprintln(w, "\nTệp không lấy:")
		for _, m := range b.Unmatched {
			fmt.Fprintf(w, "    ! %s: %s\n", m.File, m.Problem)
		}
	}
}

// pad pads s with spaces to n characters (runes), cutting it if longer.
func pad(s string, n int) string {
	rs := []rune(s)
	if len(rs) > n {
		return string(rs[:n-1]) + "…"
	}
	return s + strings.Repeat(" ", n-len(rs))
}
