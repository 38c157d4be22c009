package honoreesui

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"baocao/app/draft"
	"baocao/app/report"
	"baocao/app/ui/folders"
	"baocao/app/ui/keys"
	"baocao/app/ui/savefile"
	"baocao/app/xlsx"
)

// chooseImport asks for a workbook and previews what it holds.
func (v *View) chooseImport() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			v.showError(tr("honorees.import.openFailed", "Không mở được tệp"), err)
			return
		}
		if rc == nil { // cancelled
			return
		}
		folders.Remember(fyne.CurrentApp().Preferences(), folders.Imports, rc.URI().Path())
		name := rc.URI().Name()
		v.readInBackground(name, func() ([]byte, error) {
			defer rc.Close()
			data, err := io.ReadAll(io.LimitReader(rc, xlsx.MaxFileSize+1))
			if err != nil {
				return nil, fmt.Errorf("đọc tệp %s: %w", name, err)
			}
			return data, nil
		})
	}, v.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".XLSX"}))
	d.SetTitleText(folders.Title(folders.Imports, false))
	d.Resize(fyne.NewSize(800, 560))
	folders.Show(d, v.win, folders.Imports) // in the folder of the last import
}

// ImportFile previews the import of the workbook at path, as if the user
// had chosen it in the open dialog (for a file dropped on the window, or
// given on the command line).
func (v *View) ImportFile(path string) {
	v.readInBackground(filepath.Base(path), func() ([]byte, error) {
		return readLimited(path)
	})
}

// AfterRead makes f run, on the UI goroutine, each time a background read
// of a list has been shown (for the window's tests, which must not touch
// the dialog while it is still being built).
func (v *View) AfterRead(f func()) { v.afterRead = f }

// readInBackground loads the file and reads it as a workbook off the UI
// goroutine, showing a busy dialog, then shows the preview.
func (v *View) readInBackground(name string, load func() ([]byte, error)) {
	busy := dialog.NewCustomWithoutButtons(tr("honorees.import.reading", "Đang đọc tệp {{.File}}…", map[string]any{"File": name}),
		widget.NewProgressBarInfinite(), v.win)
	busy.Show()
	gen := v.gen
	existing := v.snapshot()
	go func() {
		data, err := load()
		var res *xlsx.Result
		var raw []xlsx.SheetRows
		if err == nil {
			res, err = xlsx.Read(bytes.NewReader(data), xlsx.Options{Source: name, Existing: existing})
		}
		// No header row found: the user chooses it, with the sheets in
		// sight (and they may disagree with one that was found).
		if err == nil || errors.Is(err, xlsx.ErrNoHeader) {
			var rawErr error
			if raw, rawErr = xlsx.FirstRows(bytes.NewReader(data), shownRows); rawErr == nil && hasRows(raw) {
				err = nil
			} else if err == nil {
				raw = nil // the preview goes without the grid
			}
		}
		fyne.Do(func() {
			busy.Hide()
			if gen != v.gen { // another draft was opened meanwhile
				return
			}
			if err != nil {
				v.showError(tr("honorees.import.readFailed", "Không đọc được danh sách trong tệp {{.File}}", map[string]any{"File": name}), err)
			} else {
				v.showImport(name, data, res, raw)
			}
			if v.afterRead != nil {
				v.afterRead()
			}
		})
	}()
}

// snapshot copies the honorees, so that a reader goroutine can compare
// against them while the user goes on editing.
func (v *View) snapshot() *report.Report {
	return &report.Report{Honorees: report.Honorees{
		Individuals: slices.Clone(v.r.Honorees.Individuals),
		Collectives: slices.Clone(v.r.Honorees.Collectives),
	}}
}

// applyImport adds the rows of res to the report as one change that a
// single Undo takes back.
func (v *View) applyImport(name string, res *xlsx.Result) {
	h := &v.r.Honorees
	ni, nc := len(h.Individuals), len(h.Collectives)
	shown := make([]bool, len(res.Rows)) // the rows the preview said it drops
	for i, r := range res.Rows {
		shown[i] = r.Dropped()
	}
	added := res.ApplyTo(v.r)
	// A row that has become an exact copy of one in the report since the
	// preview is not added (xlsx.Result.ApplyTo): say which.
	var late []string
	for i, r := range res.Rows {
		if r.Dropped() && !shown[i] {
			late = append(late, r.Honoree.Name)
		}
	}
	lost := ""
	if len(late) > 0 {
		lost = " " + trN("honorees.import.notAdded", "{{.Count}} dòng không thêm vì giống hệt một dòng đã có trong báo cáo:", len(late)) +
			" " + strings.Join(late, "; ") + "."
	}
	if added == 0 {
		v.setStatus(tr("honorees.import.nothing", "Không có dòng mới nào để thêm từ tệp {{.File}}.", map[string]any{"File": name}) + lost)
		return
	}
	addedInd, addedCol := len(h.Individuals)-ni, len(h.Collectives)-nc
	undo := func() {
		clear(h.Individuals[ni:])
		h.Individuals = h.Individuals[:ni]
		clear(h.Collectives[nc:])
		h.Collectives = h.Collectives[:nc]
	}
	k := Individuals
	if addedInd == 0 {
		k = Collectives
	}
	data := map[string]any{"File": name, "Individuals": addedInd, "Collectives": addedCol}
	v.apply(edit{kind: k, focus: -1, undo: undo, both: true,
		what:   tr("honorees.import.done", "Đã thêm {{.Individuals}} cá nhân, {{.Collectives}} tập thể từ tệp {{.File}}. Bấm “Hoàn tác” nếu nhập nhầm.", data) + lost,
		undone: tr("honorees.import.undone", "Đã bỏ các dòng vừa nhập từ tệp {{.File}}.", data)})
	if v.search.Text != "" { // the new rows might not match: show them all
		v.search.SetText("")
	}
	v.showKind(k)
	p := v.panes[k]
	p.scrollTo(len(*p.list.items) - 1)
}

// chooseExport asks where to save the list and writes it there. The
// dialog never touches the disk (package savefile): the file is written
// once, atomically, by ExportTo.
func (v *View) chooseExport() {
	savefile.Show(v.win, exportName(v.r), []string{".xlsx"}, folders.Exports, func(path string) {
		path = savefile.WithExt(path, ".xlsx")
		v.lastOverwrite = savefile.AskOverwrite(v.win, path, func() { v.ExportTo(path) })
	}, func(err error) {
		v.showError(tr("honorees.export.failed", "Không xuất được danh sách ra Excel"), err)
	})
}

// exportName suggests a file name: "Danh sach khen thuong 2016.xlsx".
func exportName(r *report.Report) string {
	if r.Year > 0 {
		return fmt.Sprintf("Danh sách khen thưởng %d.xlsx", r.Year)
	}
	return "Danh sách khen thưởng.xlsx"
}

// ExportTo writes the honoree list alone (a sheet of individuals and one
// of collectives, with the source of imported rows) to path, off the UI
// goroutine, and reports the outcome in the status line.
func (v *View) ExportTo(path string) {
	path = savefile.WithExt(path, ".xlsx")
	res, head := listResult(v.r)
	busy := dialog.NewCustomWithoutButtons(tr("honorees.export.writing", "Đang ghi tệp {{.File}}…", map[string]any{"File": filepath.Base(path)}),
		widget.NewProgressBarInfinite(), v.win)
	busy.Show()
	go func() {
		err := draft.WriteDocument(path, func(w io.Writer) error { return xlsx.WriteList(w, res, head) })
		fyne.Do(func() {
			busy.Hide()
			if err != nil {
				v.showError(tr("honorees.export.failed", "Không xuất được danh sách ra Excel"), err)
			} else {
				v.setStatus(tr("honorees.export.done", "Đã xuất danh sách ({{.Individuals}} cá nhân, {{.Collectives}} tập thể) ra tệp {{.Path}}.",
					map[string]any{"Individuals": len(head.Honorees.Individuals), "Collectives": len(head.Honorees.Collectives), "Path": path}))
			}
			if v.afterWrite != nil {
				v.afterWrite(err)
			}
		})
	}()
}

// listResult copies the report's lists into the form xlsx.WriteList takes,
// so that the writer goroutine never reads what the user is editing.
func listResult(r *report.Report) (*xlsx.Result, *report.Report) {
	// The title block needs the document's header fields only; none of
	// the report's other slices is shared with the goroutine.
	head := report.Report{
		Profile: r.Profile, SuperiorBody: r.SuperiorBody, IssuingBody: r.IssuingBody,
		Number: r.Number, Symbol: r.Symbol, Place: r.Place, IssueDate: r.IssueDate, Year: r.Year,
		Title: r.Title, Summary: r.Summary,
	}
	head.Honorees.Individuals = slices.Clone(r.Honorees.Individuals)
	head.Honorees.Collectives = slices.Clone(r.Honorees.Collectives)
	res := &xlsx.Result{}
	for _, h := range head.Honorees.Individuals {
		res.Rows = append(res.Rows, xlsx.Row{Kind: xlsx.Individual, Honoree: h})
	}
	for _, h := range head.Honorees.Collectives {
		res.Rows = append(res.Rows, xlsx.Row{Kind: xlsx.Collective, Honoree: h})
	}
	return res, &head
}

// showError tells the user what went wrong and what to do next; err's
// text is already Vietnamese and usually says it.
func (v *View) showError(what string, err error) {
	msg := widget.NewLabel(what + ":\n" + err.Error())
	msg.Wrapping = fyne.TextWrapWord
	d := keys.NewCustom(tr("honorees.error.title", "Có lỗi"), tr("honorees.error.close", "Đóng"), msg, v.win)
	d.Resize(fyne.NewSize(520, 220))
	d.Show()
	v.setStatus(what + ".")
}

// hasRows reports whether some sheet has a row to choose as the header:
// a workbook of empty sheets has nothing to map by hand.
func hasRows(sheets []xlsx.SheetRows) bool {
	for _, s := range sheets {
		if len(s.Rows) > 0 {
			return true
		}
	}
	return false
}
