// Package uitext looks up the window's texts for packages that carry their
// own translation files, with the Vietnamese text written in the code as
// the fallback: a text shows in Vietnamese even when no translation file
// is registered.
package uitext

import "fyne.io/fyne/v2/lang"

// T returns the text with the given key in the user's language; vi is the
// Vietnamese text, used when no translation is registered. data fills
// {{.Name}} placeholders.
func T(key, vi string, data ...map[string]any) string {
	if len(data) > 0 {
		return lang.X(key, vi, data[0])
	}
	return lang.X(key, vi)
}

// N is T for a text that depends on a count (English "1 individual",
// "2 individuals"); the count is available as {{.Count}}.
func N(key, vi string, count int) string {
	return lang.XN(key, vi, count, map[string]any{"Count": count})
}
