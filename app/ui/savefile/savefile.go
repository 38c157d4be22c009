// Package savefile asks where to save a file, with Fyne's file dialog,
// without letting the dialog touch the disk.
//
// Fyne's save dialog hands its caller a writer it has already opened:
// the chosen file is created, or truncated to nothing when it exists,
// before the program writes a byte. Our writes are atomic (a temporary
// file renamed into place), so that an existing draft, its backup or an
// exported PDF stays whole until the new one is complete; a truncating
// dialog would empty it first. Fyne also asks about overwriting in
// English, and only about the name as typed, before the extension is
// added. So while one of our save dialogs is open the "file" storage
// repository answers that plain files do not exist (the dialog then asks
// nothing), and its writers open the file only when something is written
// to them (ours never write). The caller adds the extension and asks the
// overwrite question itself (AskOverwrite).
package savefile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/folders"
	"baocao/app/ui/keys"
)

// Show opens a save dialog in win, starting in the folder last used for
// files of kind k (package folders), with the name suggested, showing
// files with one of exts. cb gets the path chosen, as typed (see WithExt),
// and is not called when the user cancels; its folder is remembered for
// k. An error of the dialog itself is passed to onError.
func Show(win fyne.Window, suggested string, exts []string, k folders.Kind, cb func(path string), onError func(error)) {
	install()
	choosing.Add(1)
	var once sync.Once
	done := func() { once.Do(func() { choosing.Add(-1) }) }
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		done()
		if err != nil {
			onError(err)
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		if err := wc.Close(); err != nil {
			onError(err)
			return
		}
		folders.Remember(fyne.CurrentApp().Preferences(), k, path)
		cb(path)
	}, win)
	d.SetOnClosed(done)
	d.SetFileName(suggested)
	d.SetTitleText(folders.Title(k, true))
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	d.Resize(fyne.NewSize(900, 600))
	folders.Show(d, win, k)
}

// WithExt returns path ending in ext (".pdf"): unchanged when it already
// does, whatever the case of the letters, and with ext added otherwise,
// so that "Báo cáo 2016" and "Báo cáo 2016.bản 2" both become PDFs.
func WithExt(path, ext string) string {
	if strings.EqualFold(filepath.Ext(path), ext) {
		return path
	}
	return path + ext
}

// Question is an open yes/no question; tests tap its buttons.
type Question struct {
	Dialog  dialog.Dialog
	Replace *widget.Button
	Cancel  *widget.Button
}

// AskOverwrite calls write at once when nothing is at path; otherwise it
// asks whether to replace the file and calls write only on yes. It
// returns the question shown, or nil.
func AskOverwrite(win fyne.Window, path string, write func()) *Question {
	info, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		write()
		return nil
	}
	if err == nil && info.IsDir() {
		keys.ShowInformation(lang.L("Choose another name"),
			lang.L("“{{.Name}}” is a folder. Choose another name for the file.", map[string]any{"Name": filepath.Base(path)}), win)
		return nil
	}
	msg := widget.NewLabel(lang.L("The file “{{.Name}}” already exists in this folder. Replace it? The old file stays as it is until the new one is completely written.",
		map[string]any{"Name": filepath.Base(path)}))
	msg.Wrapping = fyne.TextWrapWord
	q := &Question{}
	d := dialog.NewCustomWithoutButtons(lang.L("Replace the file?"), msg, win)
	q.Dialog = d
	q.Replace = widget.NewButton(lang.L("Replace"), func() {
		d.Hide()
		write()
	})
	q.Replace.Importance = widget.HighImportance
	q.Cancel = widget.NewButton(lang.L("Cancel"), d.Hide)
	d.SetButtons([]fyne.CanvasObject{q.Cancel, q.Replace})
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
	return q
}

// choosing counts the save dialogs open; while it is above zero, plain
// files do not exist for the storage repository.
var choosing atomic.Int32

// install wraps the "file" repository the driver registered, once per
// driver (tests make a new one for each app).
func install() {
	r, err := repository.ForURI(storage.NewFileURI(string(filepath.Separator)))
	if err != nil {
		return
	}
	if _, ok := r.(*fileRepo); ok {
		return
	}
	inner, ok := r.(innerRepo)
	if !ok {
		return // not the desktop file repository; leave it alone
	}
	repository.Register("file", &fileRepo{innerRepo: inner})
}

// innerRepo is what Fyne's desktop file repository implements.
type innerRepo interface {
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
	repository.DeleteAllRepository
}

// fileRepo is the desktop file repository with the two changes the
// package comment explains.
type fileRepo struct{ innerRepo }

func (r *fileRepo) Exists(u fyne.URI) (bool, error) {
	ok, err := r.innerRepo.Exists(u)
	if !ok || err != nil || choosing.Load() == 0 {
		return ok, err
	}
	if info, err := os.Stat(u.Path()); err == nil && !info.IsDir() {
		return false, nil
	}
	return ok, err
}

func (r *fileRepo) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u, open: r.innerRepo.Writer}, nil
}

// lazyWriter opens its file at the first write, so that a writer closed
// unused leaves the disk as it was.
type lazyWriter struct {
	uri  fyne.URI
	open func(fyne.URI) (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}
