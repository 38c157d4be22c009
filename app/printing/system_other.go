//go:build !windows

package printing

import (
	"errors"
	"os/exec"
)

func shellExecute(verb, file string) error {
	return errors.New("ShellExecute chỉ có trên Windows")
}

func shellExecuteParams(verb, file, params string) error { return shellExecute(verb, file) }

func hideWindow(*exec.Cmd) {}
