package honoreesui

import (
	"baocao/app/report"
)

// edit is one change the user made, kept so that it can be undone.
type edit struct {
	kind   Kind
	what   string // what was done, for the status line: "Đã xóa “Nguyễn Văn An”."
	undone string // what undoing it did: "Đã khôi phục “Nguyễn Văn An”."
	undo   func() // puts the slice back as it was
	focus  int    // report index to select after undoing, -1 for none
	both   bool   // the change touched both lists (an import)
}

// history holds the changes that can be undone, newest last. It is capped
// so that a long session does not keep every deleted row forever.
type history struct {
	edits []edit
}

const maxUndo = 100

func (h *history) push(e edit) {
	h.edits = append(h.edits, e)
	if len(h.edits) > maxUndo {
		h.edits = append(h.edits[:0], h.edits[len(h.edits)-maxUndo:]...)
	}
}

// pop removes and returns the newest change.
func (h *history) pop() (edit, bool) {
	if len(h.edits) == 0 {
		return edit{}, false
	}
	e := h.edits[len(h.edits)-1]
	h.edits = h.edits[:len(h.edits)-1]
	return e, true
}

func (h *history) canUndo() bool { return len(h.edits) > 0 }

func (h *history) clear() { h.edits = nil }

// insertAt inserts x into *s at index i and returns a function that
// removes it again.
func insertAt(s *[]report.Honoree, i int, x report.Honoree) func() {
	*s = append(*s, report.Honoree{})
	copy((*s)[i+1:], (*s)[i:])
	(*s)[i] = x
	return func() { removeAt(s, i) }
}

// removeAt removes index i from *s and returns a function that puts it back.
func removeAt(s *[]report.Honoree, i int) func() {
	old := (*s)[i]
	copy((*s)[i:], (*s)[i+1:])
	(*s)[len(*s)-1] = report.Honoree{}
	*s = (*s)[:len(*s)-1]
	return func() { insertAt(s, i, old) }
}

// replaceAt sets index i of *s to x and returns a function that restores it.
func replaceAt(s *[]report.Honoree, i int, x report.Honoree) func() {
	old := (*s)[i]
	(*s)[i] = x
	return func() { (*s)[i] = old }
}

// appendAll adds xs at the end of *s and returns a function that removes
// them again.
func appendAll(s *[]report.Honoree, xs []report.Honoree) func() {
	n := len(*s)
	*s = append(*s, xs...)
	return func() {
		clear((*s)[n:])
		*s = (*s)[:n]
	}
}
