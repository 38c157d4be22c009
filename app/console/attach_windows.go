//go:build windows

package console

import (
	"os"
	"syscall"
)

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = ^uint32(0)

var procAttachConsole = syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")

// Attach connects the standard streams that are not redirected to the
// console of the process that started the program, if it has one.
func Attach() {
	if procAttachConsole.Find() != nil {
		return
	}
	if ok, _, _ := procAttachConsole.Call(uintptr(attachParentProcess)); ok == 0 {
		return // started from Explorer: there is no console to attach to
	}
	if !usable(os.Stdout) || !usable(os.Stderr) {
		if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			if !usable(os.Stdout) {
				os.Stdout = out
			}
			if !usable(os.Stderr) {
				os.Stderr = out
			}
		}
	}
	if !usable(os.Stdin) {
		if in, err := os.OpenFile("CONIN$", os.O_RDONLY, 0); err == nil {
			os.Stdin = in
		}
	}
}

// usable reports whether f is a stream the caller redirected.
func usable(f *os.File) bool {
	if f == nil {
		return false
	}
	_, err := f.Stat()
	return err == nil
}
