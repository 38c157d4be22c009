package printing

import (
	"context"
	"os/exec"
)

// System is the real Runner.
type System struct{}

// LookPath implements Runner with exec.LookPath.
func (System) LookPath(file string) (string, error) { return exec.LookPath(file) }

// Run implements Runner with exec.CommandContext.
func (System) Run(ctx context.Context, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	hideWindow(cmd)
	return cmd.CombinedOutput()
}

// ShellExecute implements Runner; see shellExecute.
func (System) ShellExecute(verb, file string) error { return shellExecute(verb, file) }

// ShellExecuteParams implements ParamsRunner; see shellExecute.
func (System) ShellExecuteParams(verb, file, params string) error {
	return shellExecuteParams(verb, file, params)
}
