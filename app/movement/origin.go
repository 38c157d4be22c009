package movement

import "fmt"

// Origin is where a collected item came from: the subordinate unit that
// sent it, its file, sheet and row. Collecting a unit's workbook again
// replaces the items whose Origin names that unit.
type Origin struct {
	UnitID string `json:"unitId,omitempty"` // the draft's id of the unit (report.Unit.ID)
	Unit   string `json:"unit,omitempty"`   // the unit's name when collected
	File   string `json:"file,omitempty"`
	Sheet  string `json:"sheet,omitempty"`
	Row    int    `json:"row,omitempty"` // from 1
}

// IsZero reports whether o names no origin.
func (o Origin) IsZero() bool { return o == Origin{} }

// String is "Phòng Văn hóa — pvh.xlsx, trang “Mô hình”, dòng 7".
func (o Origin) String() string {
	if o.IsZero() {
		return ""
	}
	s := o.Unit
	if o.File != "" {
		s += " — " + o.File
	}
	if o.Sheet != "" {
		s += fmt.Sprintf(", trang “%s”", o.Sheet)
	}
	if o.Row > 0 {
		s += fmt.Sprintf(", dòng %d", o.Row)
	}
	return s
}
