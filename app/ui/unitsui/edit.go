package unitsui

import (
	"slices"

	"baocao/app/movement"
	"baocao/app/report"
)

// edit is one change to the draft made in the step, kept (in an
// undo.History) so that it can be undone.
type edit struct {
	what   string // for the status line
	undone string // what undoing it did
	undo   func()
	focus  int // unit to select after undoing, -1 for none
}

// keepUnits returns a function that puts r's list of units back as it is
// now (a list change: add, edit, delete, paste, import).
func keepUnits(r *report.Report) func() {
	old := slices.Clone(r.Units)
	return func() { r.Units = old }
}

// keepCollected returns a function that puts back everything a
// collection changes: the units (what was collected from each), the
// honoree lists, the register and the figures.
func keepCollected(r *report.Report) func() {
	units := slices.Clone(r.Units)
	ind := slices.Clone(r.Honorees.Individuals)
	col := slices.Clone(r.Honorees.Collectives)
	mv := r.Movement.Clone()
	return func() {
		r.Units = units
		r.Honorees.Individuals = ind
		r.Honorees.Collectives = col
		r.Movement = mv
	}
}

// fromUnit lists the rows of r collected from the unit with id.
func fromUnit(r *report.Report, id string) (honorees []report.Honoree, models []movement.Entry) {
	for _, list := range [][]report.Honoree{r.Honorees.Individuals, r.Honorees.Collectives} {
		for _, h := range list {
			if h.Origin.UnitID == id {
				honorees = append(honorees, h)
			}
		}
	}
	for _, e := range r.Movement.Register {
		if e.Origin.UnitID == id {
			models = append(models, e)
		}
	}
	return honorees, models
}
