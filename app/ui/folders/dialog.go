package folders

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/unicode/norm"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baocao/app/ui/keys"
	"baocao/app/ui/vnentry"
)

// Show shows d, a file dialog made for win, in the folder kind k starts
// in (see Start), and repairs it as the package comment says. The caller
// calls Remember with the path the user chose.
func Show(d *dialog.FileDialog, win fyne.Window, k Kind) {
	p := fyne.CurrentApp().Preferences()
	if dir := Start(p, k); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	watchFolder(p)
	d.Show()
	forgetFolderChange(p) // showing the first folder is no click
	if pop, ok := win.Canvas().Overlays().Top().(*widget.PopUp); ok {
		repair(pop.Content)
		replaceNewFolder(pop.Content, d, win)
		passEscape(pop.Content, win.Canvas())
	}
}

// Escape. Keys go to the focused widget only, and Fyne's file dialog
// puts the cursor in its own name field, which drops Escape; so do its
// Cancel button (where Tab from the name leads) and its list of places
// (a click on a place gives it the focus). The name field and the Cancel
// button are replaced by the program's, which pass Escape on (vnentry
// and keys), and a place chosen gives the focus back to the name field,
// or, when opening, to nobody (the window then gets the keys).

// passEscape makes Escape close the dialog whose content is ui on c.
func passEscape(ui fyne.CanvasObject, c fyne.Canvas) {
	var name *vnentry.Entry
	walk(ui, func(o fyne.CanvasObject) {
		box, ok := o.(*fyne.Container)
		if !ok {
			return
		}
		for i, k := range box.Objects {
			if b, ok := k.(*widget.Button); ok && b.Text == lang.L("Cancel") { // Fyne's dismiss button
				box.Objects[i] = cancelButton(b)
				box.Refresh()
			}
		}
	})
	bc := swapButtons(ui, c)
	walk(ui, func(o fyne.CanvasObject) {
		if s, ok := o.(*container.Scroll); ok {
			if e, ok := s.Content.(*widget.Entry); ok {
				name = nameEntry(e, bc)
				s.Content = name
				s.Refresh()
				if c.Focused() == e {
					c.Focus(name)
				}
			}
		}
	})
	walk(ui, func(o fyne.CanvasObject) {
		if sp, ok := o.(*container.Split); ok {
			if places, ok := sp.Leading.(*widget.List); ok && places.OnSelected != nil {
				chosen := places.OnSelected
				places.OnSelected = func(id widget.ListItemID) {
					chosen(id)
					bc.inStep()
					if c.Focused() == places {
						if name != nil {
							c.Focus(name)
						} else {
							c.Unfocus()
						}
					}
				}
			}
		}
	})
}

// The other buttons Tab reaches: the confirm button (Open, Save), the
// folders of the path above the files, and the new folder, view and
// options buttons. Each is replaced by a keys.Button copy; the original
// stays the one Fyne changes from inside its own code, with no hook: it
// enables the confirm button, swaps the view button's icon and rebuilds
// the path's buttons. So the copies are brought in step after each of
// their taps and each choice of a place; the path's box swaps its new
// buttons as it is laid out (swapLayout); and the confirm button is
// enabled exactly while the name field has text, which is what Fyne
// does with it (nameEntry calls confirmInStep). A dialog that opens a
// file or folder shows the name in a label, whose changes give no hook:
// its Open button stays Fyne's, and keeps Escape once Tab reaches it.

// buttonCopies are the dialog's button copies by their originals.
type buttonCopies struct {
	c      fyne.Canvas
	copies map[*widget.Button]*keys.Button
	saving bool // a save dialog, whose name field the confirm button follows
}

// swapButtons replaces the plain buttons of the dialog whose content is
// ui on c by copies kept in step with them.
func swapButtons(ui fyne.CanvasObject, c fyne.Canvas) *buttonCopies {
	bc := &buttonCopies{c: c, copies: map[*widget.Button]*keys.Button{}}
	walk(ui, func(o fyne.CanvasObject) {
		if s, ok := o.(*container.Scroll); ok {
			if _, ok := s.Content.(*widget.Entry); ok {
				bc.saving = true
			}
		}
	})
	walk(ui, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *fyne.Container:
			bc.swapIn(o.Objects)
		case *container.Scroll: // the path: a box of buttons in a scroll
			walk(o.Content, func(o fyne.CanvasObject) {
				if box, ok := o.(*fyne.Container); ok && box.Layout != nil {
					box.Layout = swapLayout{box.Layout, bc}
				}
			})
		}
	})
	return bc
}

// swapIn replaces the plain buttons among objs by their copies.
func (bc *buttonCopies) swapIn(objs []fyne.CanvasObject) {
	for i, o := range objs {
		if b, ok := o.(*widget.Button); ok && (bc.saving || b.Importance != widget.HighImportance) {
			k := bc.copyButton(b)
			bc.copies[b] = k
			objs[i] = k
		}
	}
}

// inStep brings every copy in step with its original.
func (bc *buttonCopies) inStep() {
	for b, k := range bc.copies {
		inStep(k, b)
	}
}

// confirmInStep enables the confirm button's copy while the name field
// has text, as Fyne does with its own (right after changing the name).
func (bc *buttonCopies) confirmInStep(name string) {
	for b, k := range bc.copies {
		if b.Importance == widget.HighImportance {
			if name == "" {
				k.Disable()
			} else {
				k.Enable()
			}
		}
	}
}

// swapLayout lays out a box of the dialog after swapping the plain
// buttons Fyne has put in it since (the path's, on entering a folder).
type swapLayout struct {
	inner fyne.Layout
	bc    *buttonCopies
}

func (l swapLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.bc.swapIn(objs)
	l.inner.Layout(objs, size)
}

func (l swapLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	l.bc.swapIn(objs)
	return l.inner.MinSize(objs)
}

// copyButton is the program's copy of the dialog's button b: it acts only
// while b is enabled, as b would, and the options button's menu is shown
// under the copy (Fyne places it under b, which is no longer on screen).
func (bc *buttonCopies) copyButton(b *widget.Button) *keys.Button {
	c := bc.c
	k := keys.CopyButton(b)
	k.OnTapped = func() {
		if b.Disabled() || b.OnTapped == nil {
			return
		}
		before := c.Overlays().Top()
		b.OnTapped()
		if b.Icon != nil && b.Icon.Name() == theme.SettingsIcon().Name() {
			if pop, ok := c.Overlays().Top().(*widget.PopUp); ok && pop != before {
				placeMenu(pop, k)
			}
		}
		bc.inStep()
	}
	return k
}

// placeMenu puts the options menu pop under button k, right-aligned, as
// Fyne does under its own button.
func placeMenu(pop *widget.PopUp, k *keys.Button) {
	pad := k.Theme().Size(theme.SizeNamePadding)
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(k).Add(k.Size())
	pop.Move(fyne.NewPos(p.X-pop.Content.MinSize().Width-pad*2, p.Y+pad*2))
}

// inStep gives copy k the text, icon and state its original b has now.
func inStep(k *keys.Button, b *widget.Button) {
	changed := k.Text != b.Text || k.Icon != b.Icon || k.Importance != b.Importance || k.Hidden != b.Hidden
	k.Text, k.Icon, k.Importance, k.Hidden = b.Text, b.Icon, b.Importance, b.Hidden
	switch {
	case b.Disabled() && !k.Disabled():
		k.Disable()
	case !b.Disabled() && k.Disabled():
		k.Enable()
	case changed:
		k.Refresh()
	}
}

// cancelButton is the program's copy of the dialog's Cancel button b.
func cancelButton(b *widget.Button) *keys.Button {
	k := keys.NewButton(b.Text, b.Icon, b.OnTapped)
	k.Importance = b.Importance
	return k
}

// nameEntry takes the place of the dialog's name field e, which stays the
// one the dialog reads and writes (on a click on a file): the two keep
// the same text, and the confirm button's copy follows it (bc).
func nameEntry(e *widget.Entry, bc *buttonCopies) *vnentry.Entry {
	n := vnentry.New()
	n.SetPlaceHolder(e.PlaceHolder)
	n.SetText(e.Text)
	n.OnSubmitted = e.OnSubmitted
	n.OnChanged = func(s string) {
		if e.Text != s {
			e.SetText(s)
		}
	}
	changed := e.OnChanged
	e.OnChanged = func(s string) {
		if changed != nil {
			changed(s)
		}
		if n.Text != s {
			n.SetText(s)
		}
		bc.confirmInStep(s)
	}
	return n
}

// Title is the title of a dialog that opens (or, with save, saves) a
// file of kind k; Fyne's own ("Open File") is generic.
func Title(k Kind, save bool) string {
	switch {
	case k == Drafts && save:
		return lang.L("Save the draft")
	case k == Drafts:
		return lang.L("Open a draft")
	case k == Exports && save:
		return lang.L("Export to a file")
	case k == Imports && !save:
		return lang.L("Choose the list to import")
	case save:
		return lang.L("Save a file")
	}
	return lang.L("Open a file")
}

// Open asks for a file of kind k with one of exts and calls cb with its
// path; cb is not called when the user cancels. The folder is remembered.
func Open(win fyne.Window, k Kind, exts []string, cb func(path string), onError func(error)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			onError(err)
			return
		}
		if rc == nil {
			return
		}
		path := rc.URI().Path()
		if err := rc.Close(); err != nil {
			onError(err)
			return
		}
		Remember(fyne.CurrentApp().Preferences(), k, path)
		cb(path)
	}, win)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	d.SetTitleText(Title(k, false))
	d.Resize(fyne.NewSize(900, 600))
	Show(d, win, k)
}

// OpenFolder asks for a folder with Fyne's folder dialog, titled title,
// starting where kind k last was, and calls cb with its path; cb is not
// called when the user cancels. The folder is remembered for k.
func OpenFolder(win fyne.Window, k Kind, title string, cb func(dir string), onError func(error)) {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			onError(err)
			return
		}
		if l == nil {
			return
		}
		dir := l.Path()
		// Remember keeps a file's folder: the folder's own place is
		// kept through a name inside it.
		Remember(fyne.CurrentApp().Preferences(), k, filepath.Join(dir, "."+string(k)))
		cb(dir)
	}, win)
	d.SetTitleText(title)
	d.Resize(fyne.NewSize(900, 600))
	Show(d, win, k)
}

// The double click. Fyne's file dialog enters a folder on the first tap,
// and its items are reused for the new folder's files; the second tap of
// a double click then lands on whatever file now lies under the pointer,
// on an item that remembers the first tap as its last one, and counts as
// a double click on that file: the dialog opens (or saves over) it. Fyne
// gives no hook on its items, but it records every change of folder in
// the preferences (lastFolderKey), and the items confirm through the
// dialog's confirm button's OnTapped. So the confirm button ignores what
// comes within a double-click interval of a change of folder.

// lastFolderKey is the preference Fyne's file dialog sets whenever it
// shows another folder (fyne.io/fyne/v2/dialog, file.go).
const lastFolderKey = "fyne:fileDialogLastFolder"

var folderChange struct {
	sync.Mutex
	watched map[fyne.Preferences]bool
	last    string
	at      time.Time
}

// watchFolder notes, once per preference store, when the file dialog's
// folder changes.
func watchFolder(p fyne.Preferences) {
	folderChange.Lock()
	defer folderChange.Unlock()
	if folderChange.watched == nil {
		folderChange.watched = map[fyne.Preferences]bool{}
	}
	if folderChange.watched[p] {
		return
	}
	folderChange.watched[p] = true
	folderChange.last = p.String(lastFolderKey)
	p.AddChangeListener(func() {
		now := p.String(lastFolderKey)
		folderChange.Lock()
		defer folderChange.Unlock()
		if now != folderChange.last {
			folderChange.last, folderChange.at = now, time.Now()
		}
	})
}

// forgetFolderChange takes the folder the dialog shows now as no change.
func forgetFolderChange(p fyne.Preferences) {
	folderChange.Lock()
	defer folderChange.Unlock()
	folderChange.last, folderChange.at = p.String(lastFolderKey), time.Time{}
}

// justChangedFolder reports whether a file dialog changed folder less
// than a double-click interval ago.
func justChangedFolder() bool {
	folderChange.Lock()
	at := folderChange.at
	folderChange.Unlock()
	return time.Since(at) < fyne.CurrentApp().Driver().DoubleTapDelay()
}

// repair guards the dialog's confirm button (the only one of high
// importance) and translates its list of places.
func repair(ui fyne.CanvasObject) {
	walk(ui, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Button:
			if o.Importance == widget.HighImportance && o.OnTapped != nil {
				confirm := o.OnTapped
				o.OnTapped = func() {
					if justChangedFolder() {
						return
					}
					confirm()
				}
			}
		case *container.Split:
			if places, ok := o.Leading.(*widget.List); ok && places.UpdateItem != nil {
				update := places.UpdateItem
				places.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
					update(id, item)
					walk(item, func(o fyne.CanvasObject) {
						if l, ok := o.(*widget.Label); ok {
							if name := PlaceName(l.Text); name != l.Text {
								l.SetText(name)
							}
						}
					})
				}
				places.Refresh()
			}
		}
	})
	// The items took the confirm function when they were last updated;
	// entering a folder updates them all again, and only then can the
	// double click go wrong, but refresh them now all the same.
	walk(ui, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.GridWrap:
			o.Refresh()
		case *widget.List:
			o.Refresh()
		}
	})
}

// replaceNewFolder gives the dialog's "New folder" button our own form:
// Fyne's reports a failure in English ("folder cannot be created") and
// takes a name with slashes for a path. The new folder is then shown.
func replaceNewFolder(ui fyne.CanvasObject, d *dialog.FileDialog, win fyne.Window) {
	icon := theme.FolderNewIcon().Name()
	walk(ui, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Icon != nil && b.Icon.Name() == icon {
			b.OnTapped = func() { askNewFolder(d, win) }
		}
	})
}

// askNewFolder asks for a name and makes the folder in the one the
// dialog shows (which Fyne records as lastFolderKey).
func askNewFolder(d *dialog.FileDialog, win fyne.Window) {
	u, err := storage.ParseURI(fyne.CurrentApp().Preferences().String(lastFolderKey))
	if err != nil || u.Scheme() != "file" {
		keys.ShowError(errors.New(lang.L("A new folder cannot be made here. Go to a folder on this computer first.")), win)
		return
	}
	parent := u.Path()
	name := vnentry.New() // passes Escape on
	keys.NewForm(lang.L("New Folder"), lang.L("Create Folder"), lang.L("Cancel"),
		[]*widget.FormItem{{Text: lang.X("file.name", "Name"), Widget: name}}, func(ok bool) {
			if !ok {
				return
			}
			dir, err := makeFolder(parent, name.Text)
			if err != nil {
				keys.ShowError(err, win)
				return
			}
			if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
				d.SetLocation(l)
			}
		}, win).Show()
	win.Canvas().Focus(name)
}

// makeFolder makes the folder name (one name, not a path) in parent and
// returns its path; the error says what to do.
func makeFolder(parent, name string) (string, error) {
	name = norm.NFC.String(strings.TrimSpace(name))
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) {
		return "", errors.New(lang.L("Write a folder name without / or \\, e.g. Báo cáo 2016."))
	}
	dir := filepath.Join(parent, name)
	if err := os.Mkdir(dir, 0o755); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", errors.New(lang.L("Something named “{{.Name}}” is already in this folder. Choose another name.", map[string]any{"Name": name}))
		}
		return "", fmt.Errorf(lang.L("The folder “{{.Name}}” could not be made here. Choose another folder, for example your documents.", map[string]any{"Name": name})+" (%w)", err)
	}
	return dir, nil
}

// walk calls fn for o and every object in the containers, scrolls and
// splits under it (the file dialog's layout; widgets are not opened).
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			walk(child, fn)
		}
	case *container.Scroll:
		walk(c.Content, fn)
	case *container.Split:
		walk(c.Leading, fn)
		walk(c.Trailing, fn)
	}
}

// PlaceName translates the name Fyne's file dialog gives a place (it does
// not look them up through lang); other names are returned unchanged.
func PlaceName(name string) string {
	switch name {
	case "Home":
		return lang.X("file.place.home", "Home")
	case "App Files":
		return lang.X("file.place.appFiles", "App Files")
	case "Computer":
		return lang.X("file.place.computer", "Computer")
	case "Desktop":
		return lang.X("file.place.desktop", "Desktop")
	case "Documents":
		return lang.X("file.place.documents", "Documents")
	case "Downloads":
		return lang.X("file.place.downloads", "Downloads")
	case "Music":
		return lang.X("file.place.music", "Music")
	case "Pictures":
		return lang.X("file.place.pictures", "Pictures")
	case "Videos":
		return lang.X("file.place.videos", "Videos")
	case "Movies":
		return lang.X("file.place.movies", "Movies")
	}
	return name
}
