//go:build !windows

package console

// Attach does nothing outside Windows: the terminal is already connected.
func Attach() {}
