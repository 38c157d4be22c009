package preview

import "runtime"

// Background runs f on a new goroutine whose operating-system thread has a
// lower scheduling priority than the program's other threads, so that slow
// work started at program start (compiling PDFium) does not take the
// processor from the window or from typing. The thread is never handed
// back to the Go runtime: it ends with the goroutine, so no other
// goroutine inherits its priority. done, if not nil, is closed when f
// returns.
func Background(f func(), done chan<- struct{}) {
	go func() {
		runtime.LockOSThread() // not unlocked: the thread exits with us
		lowerThreadPriority()
		f()
		if done != nil {
			close(done)
		}
	}()
}
