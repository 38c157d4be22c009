package movementui

import "baocao/app/ui/undo"

// edit is one change to the register, kept so that it can be undone.
type edit struct {
	what   string // for the status line: "Đã xóa “…”."
	undone string // what undoing it did
	undo   func()
	focus  int // register index to select after undoing, -1 for none
	tab    int // the tab the change was made in (TabRegister…), shown when undoing
}

// history holds the changes that can be undone (package undo).
type history = undo.History[edit]
