// Package posixlocale keeps Fyne from logging an error at start-up on
// systems whose locale is the POSIX one written with a charset ("C.UTF-8",
// the default of Debian containers and many servers).
//
// Fyne's lang package reads the locale while it initialises and cannot
// parse "C" as a language tag, so every run of the command line would print
// "Fyne error: Error parsing user locale C" to the user. Importing this
// package (blank import in package main) sets LANGUAGE for this process
// before Fyne initialises: Go initialises packages in import-path order
// once their own imports are ready, and "baocao/…" sorts before
// "fyne.io/…". The window picks its own language anyway, and gettext in
// child processes ignores LANGUAGE under the C locale, so nothing else
// changes.
package posixlocale

import (
	"os"
	"strings"
)

func init() { Fix(os.Getenv, os.Setenv) }

// Fix sets LANGUAGE to "vi" when the effective locale (LC_ALL, LC_MESSAGES
// or LANG, the first one set) is the POSIX locale with a charset suffix and
// LANGUAGE is empty. It reports whether it set anything.
func Fix(getenv func(string) string, setenv func(string, string) error) bool {
	if getenv("LANGUAGE") != "" {
		return false
	}
	loc := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = getenv(name); loc != "" {
			break
		}
	}
	base, _, hasCharset := strings.Cut(loc, ".")
	if !hasCharset || (base != "C" && base != "POSIX") {
		return false
	}
	return setenv("LANGUAGE", "vi") == nil
}
