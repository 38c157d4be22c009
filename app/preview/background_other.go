//go:build !linux && !windows

package preview

// lowerThreadPriority does nothing here: the work only competes with the
// window at normal priority.
func lowerThreadPriority() {}
