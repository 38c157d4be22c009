package movementui

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"baocao/app/movement"
	"baocao/app/report"
)

func TestImportFile(t *testing.T) {
	tests := []struct {
		name      string
		read      Imported
		err       error
		wantAdded int
		status    string // part of the status line
		notes     int    // parts of the notes shown
	}{
		{"rows added", Imported{Entries: []movement.Entry{{Name: "A", Kind: movement.KindModel}, {Name: "B", Kind: movement.KindExemplar}}}, nil, 2, "Đã nhập 2", 0},
		{"rows added, some skipped", Imported{Entries: []movement.Entry{{Name: "A"}}, Skipped: []string{"Dòng 5: thiếu tên"}, Notes: []string{"Dòng 6 (đã thêm): lĩnh vực chưa rõ"}}, nil, 1, "Đã nhập 1", 2},
		{"nothing new", Imported{Skipped: []string{"Dòng 3: giống hệt dòng 1 của sổ"}}, nil, 0, "Không thêm mô hình nào", 1},
		{"nothing at all", Imported{}, nil, 0, "hàng tiêu đề", 0},
		{"unreadable", Imported{}, errors.New("tệp bị hỏng"), 0, "tệp bị hỏng", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			test.NewTempApp(t)
			r := registerOf("Một")
			w := test.NewTempWindow(t, nil)
			changes := 0
			v := New(w, r, func() { changes++ }, Options{
				ChooseImport: func(cb func(string)) { cb("/tmp/danh-sach.xlsx") },
				ReadModels: func(path string, got *report.Report) (Imported, error) {
					if got != r || !strings.HasSuffix(path, "danh-sach.xlsx") {
						t.Errorf("read %q for another report", path)
					}
					return tc.read, tc.err
				},
			})
			w.SetContent(v.Object())
			w.Resize(fyne.NewSize(1000, 700))
			if v.importBtn.Hidden {
				t.Fatal("the import button is hidden")
			}
			test.Tap(v.importBtn)
			if got := len(r.Movement.Register) - 1; got != tc.wantAdded {
				t.Errorf("added %d, want %d", got, tc.wantAdded)
			}
			if !strings.Contains(v.status.Text, tc.status) {
				t.Errorf("status %q, want %q", v.status.Text, tc.status)
			}
			if len(v.importNotes) != tc.notes {
				t.Errorf("notes %v", v.importNotes)
			}
			if tc.wantAdded > 0 {
				if changes != 1 {
					t.Errorf("changes %d", changes)
				}
				v.Undo()
				if len(r.Movement.Register) != 1 {
					t.Errorf("undo left %d entries", len(r.Movement.Register))
				}
			}
		})
	}
}

func TestNoImportWithoutReader(t *testing.T) {
	h := newHarness(t, registerOf("Một"))
	if !h.v.importBtn.Hidden {
		t.Error("the import button shows with no reader")
	}
}
