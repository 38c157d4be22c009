package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// capsFonts tells whether a cell of the sheet is set in one of TCVN3's
// capitals fonts (.VnTimeH, .VnArialH …), which draw capitals at the
// lower-case codes: such text is converted to capitals, as it showed.
// The cell's style is read only when asked (for cells typed in TCVN3),
// once per style.
func capsFonts(f *excelize.File, sheet string) func(i, j int) bool {
	cache := map[int]bool{}
	return func(i, j int) bool {
		cell, err := excelize.CoordinatesToCellName(j+1, i+1)
		if err != nil {
			return false
		}
		id, err := f.GetCellStyle(sheet, cell)
		if err != nil {
			return false
		}
		if caps, ok := cache[id]; ok {
			return caps
		}
		st, err := f.GetStyle(id)
		caps := err == nil && st.Font != nil && capsFontName(st.Font.Family)
		cache[id] = caps
		return caps
	}
}

// capsFontName reports whether family is an ABC capitals font: ".VnTimeH",
// ".VnArialH", ".VnCentury SchoolbookH" ….
func capsFontName(family string) bool {
	f := strings.ToLower(strings.TrimSpace(family))
	return strings.HasPrefix(f, ".vn") && strings.HasSuffix(f, "h")
}
