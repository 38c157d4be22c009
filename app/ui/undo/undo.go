// Package undo keeps the changes a step of the window can undo, and makes
// changes to a slice that return their own undoing. It knows no Fyne and
// no model: a step says what a change is (its E) and how to show it.
package undo

// Max is how many changes a History keeps: a long session must not keep
// every deleted row forever.
const Max = 100

// History holds the changes that can be undone, newest last, at most Max.
// The zero History is empty and ready to use.
type History[E any] struct{ edits []E }

// Push adds the newest change, forgetting the oldest beyond Max.
func (h *History[E]) Push(e E) {
	h.edits = append(h.edits, e)
	if len(h.edits) > Max {
		h.edits = append(h.edits[:0], h.edits[len(h.edits)-Max:]...)
	}
}

// Pop removes and returns the newest change.
func (h *History[E]) Pop() (E, bool) {
	var zero E
	if len(h.edits) == 0 {
		return zero, false
	}
	e := h.edits[len(h.edits)-1]
	h.edits[len(h.edits)-1] = zero // let it go
	h.edits = h.edits[:len(h.edits)-1]
	return e, true
}

// CanUndo reports whether there is a change to undo.
func (h *History[E]) CanUndo() bool { return len(h.edits) > 0 }

// Clear forgets every change.
func (h *History[E]) Clear() { h.edits = nil }

// InsertAt inserts x into *s at index i and returns a function that
// removes it again.
func InsertAt[T any](s *[]T, i int, x T) func() {
	var zero T
	*s = append(*s, zero)
	copy((*s)[i+1:], (*s)[i:])
	(*s)[i] = x
	return func() { RemoveAt(s, i) }
}

// RemoveAt removes index i from *s and returns a function that puts it back.
func RemoveAt[T any](s *[]T, i int) func() {
	var zero T
	old := (*s)[i]
	copy((*s)[i:], (*s)[i+1:])
	(*s)[len(*s)-1] = zero
	*s = (*s)[:len(*s)-1]
	return func() { InsertAt(s, i, old) }
}

// ReplaceAt sets index i of *s to x and returns a function that restores it.
func ReplaceAt[T any](s *[]T, i int, x T) func() {
	old := (*s)[i]
	(*s)[i] = x
	return func() { (*s)[i] = old }
}

// AppendAll adds xs at the end of *s and returns a function that removes
// them again.
func AppendAll[T any](s *[]T, xs []T) func() {
	n := len(*s)
	*s = append(*s, xs...)
	return func() {
		clear((*s)[n:])
		*s = (*s)[:n]
	}
}
