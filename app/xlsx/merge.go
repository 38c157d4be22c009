package xlsx

import (
	"sort"

	"baocao/app/textnorm"
)

// Merge combines the results of reading several units' files into one
// list: individuals and collectives each grouped by unit (units in the
// order they first appear, rows of a unit in their original order), rows
// that repeat an earlier one exactly (in any file) marked as repeats, and
// rows of one name and unit that differ noted in Namesakes (both kept). Each row keeps its source file in Honoree.Source. The
// results are not changed.
func Merge(results ...*Result) *Result {
	out := &Result{}
	for _, r := range results {
		out.Files = append(out.Files, r.Files...)
		out.Sheets = append(out.Sheets, r.Sheets...)
		out.Skipped = append(out.Skipped, r.Skipped...)
		out.Rows = append(out.Rows, r.Rows...)
	}
	// Repeats and namesakes across files, and against the draft the
	// files were read for; a choice to keep a row stays.
	for _, r := range results {
		if out.existing == nil {
			out.existing = r.existing
		}
	}
	out.markRepeats(out.existing)
	order := map[string]int{}
	for _, r := range out.Rows {
		k := textnorm.Identity(r.Honoree.Unit)
		if _, ok := order[k]; !ok {
			order[k] = len(order)
		}
	}
	sort.SliceStable(out.Rows, func(i, j int) bool {
		a, b := out.Rows[i], out.Rows[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return order[textnorm.Identity(a.Honoree.Unit)] < order[textnorm.Identity(b.Honoree.Unit)]
	})
	return out
}
