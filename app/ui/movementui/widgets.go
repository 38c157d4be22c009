package movementui

import (
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// Widgets are the step's controls, for the window's keyboard handling
// and tests that drive the step as a user would.
type Widgets struct {
	Add, Edit, Delete, Undo, Import, TakeBaseline *widget.Button
	Search                                        *vnentry.Entry
	Table                                         *widget.Table
	Status                                        *widget.Label
}

// Widgets returns the step's controls.
func (v *View) Widgets() Widgets {
	return Widgets{Add: v.addBtn, Edit: v.editBtn, Delete: v.deleteBtn, Undo: v.undoBtn, Import: v.importBtn,
		TakeBaseline: v.figures.takeBtn, Search: v.search, Table: &v.table.Table, Status: v.status}
}

// FormWidgets are the fields of the open add/edit form.
type FormWidgets struct {
	Name, Unit, Results, Honorees *vnentry.Entry
	Kind, Field, Stage, Level     *keys.Select
	StartYear                     *vnentry.Entry
	FromLastYear                  *keys.Check
	// Save presses the form's Lưu button.
	Save func()
}

// Form returns the fields of the open add/edit form, nil when none is open.
func (v *View) Form() *FormWidgets {
	f := v.form
	if f == nil {
		return nil
	}
	return &FormWidgets{Name: f.name, Unit: f.unit, Results: f.results, Honorees: f.links, Kind: f.kind,
		Field: f.field, Stage: f.stage, Level: f.level, StartYear: f.year, FromLastYear: f.carried, Save: f.dlg.Submit}
}
