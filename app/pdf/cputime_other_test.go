//go:build !unix

package pdf

// cpuTime is not measured on this system.
func cpuTime() float64 { return 0 }
