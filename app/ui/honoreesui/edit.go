package honoreesui

import "baocao/app/ui/undo"

// edit is one change the user made, kept so that it can be undone.
type edit struct {
	kind   Kind
	what   string // what was done, for the status line: "Đã xóa “Nguyễn Văn An”."
	undone string // what undoing it did: "Đã khôi phục “Nguyễn Văn An”."
	undo   func() // puts the slice back as it was
	focus  int    // report index to select after undoing, -1 for none
	both   bool   // the change touched both lists (an import)
}

// history holds the changes that can be undone (package undo).
type history = undo.History[edit]
