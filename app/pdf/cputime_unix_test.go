//go:build unix

package pdf

import "syscall"

// cpuTime returns the CPU time the process has used, in seconds, so that
// benchmarks on a busy shared machine can report work done rather than
// time waited.
func cpuTime() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	sec := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return sec(ru.Utime) + sec(ru.Stime)
}
