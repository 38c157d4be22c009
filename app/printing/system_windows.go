package printing

import (
	"fmt"
	"os/exec"
	"syscall"

	"golang.org/x/sys/windows"
)

// shellExecute calls the shell's ShellExecuteW, as a double click or the
// "Print" item of Explorer's context menu do.
func shellExecute(verb, file string) error { return shellExecuteParams(verb, file, "") }

// shellExecuteParams is shellExecute with parameters for the verb (the
// "printto" verb takes the printer's name).
func shellExecuteParams(verb, file, params string) error {
	v, err := windows.UTF16PtrFromString(verb)
	if err != nil {
		return err
	}
	f, err := windows.UTF16PtrFromString(file)
	if err != nil {
		return err
	}
	var args *uint16
	if params != "" {
		if args, err = windows.UTF16PtrFromString(params); err != nil {
			return err
		}
	}
	if err := windows.ShellExecute(0, v, f, args, nil, windows.SW_SHOWNORMAL); err != nil {
		return fmt.Errorf("ShellExecute %s: %w", verb, err)
	}
	return nil
}

// hideWindow keeps console programs from flashing a window.
func hideWindow(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{HideWindow: true}
}
