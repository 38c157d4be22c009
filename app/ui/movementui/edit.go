package movementui

import "baocao/app/movement"

// edit is one change to the register, kept so that it can be undone.
type edit struct {
	what   string // for the status line: "Đã xóa “…”."
	undone string // what undoing it did
	undo   func()
	focus  int // register index to select after undoing, -1 for none
	tab    int // the tab the change was made in (TabRegister…), shown when undoing
}

// history holds the changes that can be undone, newest last, capped so
// that a long session does not keep every deleted row forever.
type history struct{ edits []edit }

const maxUndo = 100

func (h *history) push(e edit) {
	h.edits = append(h.edits, e)
	if len(h.edits) > maxUndo {
		h.edits = append(h.edits[:0], h.edits[len(h.edits)-maxUndo:]...)
	}
}

func (h *history) pop() (edit, bool) {
	if len(h.edits) == 0 {
		return edit{}, false
	}
	e := h.edits[len(h.edits)-1]
	h.edits = h.edits[:len(h.edits)-1]
	return e, true
}

func (h *history) canUndo() bool { return len(h.edits) > 0 }
func (h *history) clear()        { h.edits = nil }

// insertAt inserts x into *s at i and returns a function that removes it.
func insertAt(s *[]movement.Entry, i int, x movement.Entry) func() {
	*s = append(*s, movement.Entry{})
	copy((*s)[i+1:], (*s)[i:])
	(*s)[i] = x
	return func() { removeAt(s, i) }
}

// removeAt removes index i from *s and returns a function that puts it back.
func removeAt(s *[]movement.Entry, i int) func() {
	old := (*s)[i]
	copy((*s)[i:], (*s)[i+1:])
	(*s)[len(*s)-1] = movement.Entry{}
	*s = (*s)[:len(*s)-1]
	return func() { insertAt(s, i, old) }
}

// replaceAt sets index i of *s to x and returns a function that restores it.
func replaceAt(s *[]movement.Entry, i int, x movement.Entry) func() {
	old := (*s)[i]
	(*s)[i] = x
	return func() { (*s)[i] = old }
}

// appendAll adds xs at the end of *s and returns a function that removes them.
func appendAll(s *[]movement.Entry, xs []movement.Entry) func() {
	n := len(*s)
	*s = append(*s, xs...)
	return func() {
		clear((*s)[n:])
		*s = (*s)[:n]
	}
}
