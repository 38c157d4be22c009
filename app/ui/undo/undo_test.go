package undo

import (
	"slices"
	"testing"
)

// TestHistory: changes come back newest first, and only the last Max.
func TestHistory(t *testing.T) {
	var h History[int]
	if h.CanUndo() {
		t.Fatal("an empty history has nothing to undo")
	}
	for i := 1; i <= Max+5; i++ {
		h.Push(i)
	}
	var got []int
	for h.CanUndo() {
		e, _ := h.Pop()
		got = append(got, e)
	}
	if len(got) != Max || got[0] != Max+5 || got[Max-1] != 6 {
		t.Fatalf("popped %d changes, first %d, last %d", len(got), got[0], got[len(got)-1])
	}
	if _, ok := h.Pop(); ok {
		t.Error("Pop on an empty history must report nothing")
	}
	h.Push(1)
	h.Clear()
	if h.CanUndo() {
		t.Error("Clear must forget every change")
	}
}

// TestSliceEdits: every change undone in reverse order gives the slice
// back as it was.
func TestSliceEdits(t *testing.T) {
	for _, c := range []struct {
		name string
		do   func(s *[]string) func()
		want []string
	}{
		{"insert", func(s *[]string) func() { return InsertAt(s, 1, "x") }, []string{"a", "x", "b", "c"}},
		{"insert at end", func(s *[]string) func() { return InsertAt(s, 3, "x") }, []string{"a", "b", "c", "x"}},
		{"remove", func(s *[]string) func() { return RemoveAt(s, 0) }, []string{"b", "c"}},
		{"replace", func(s *[]string) func() { return ReplaceAt(s, 2, "x") }, []string{"a", "b", "x"}},
		{"append", func(s *[]string) func() { return AppendAll(s, []string{"x", "y"}) }, []string{"a", "b", "c", "x", "y"}},
	} {
		s := []string{"a", "b", "c"}
		undo := c.do(&s)
		if !slices.Equal(s, c.want) {
			t.Errorf("%s: %q, want %q", c.name, s, c.want)
		}
		undo()
		if !slices.Equal(s, []string{"a", "b", "c"}) {
			t.Errorf("%s undone: %q", c.name, s)
		}
	}
}
