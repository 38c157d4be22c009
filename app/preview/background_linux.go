package preview

import "golang.org/x/sys/unix"

// lowerThreadPriority gives the calling thread a nice value of 5 (a mild
// step down, so that the work is not starved by other programs): on
// Linux, setpriority with a thread id changes that thread only.
func lowerThreadPriority() {
	_ = unix.Setpriority(unix.PRIO_PROCESS, unix.Gettid(), 5) // best effort: only slower to start
}
