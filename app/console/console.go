// Package console gives the command line its terminal back on Windows.
//
// The Windows program is linked as a GUI program (no console window flashes
// up when an official double-clicks it), so Windows does not connect it to
// the terminal it was started from; "baocao validate draft.json" typed in
// cmd.exe would print nothing. Attach connects standard input, output and
// error to the parent's console when they are not already redirected. On
// other systems it does nothing.
package console
