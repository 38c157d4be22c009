package preview

import "golang.org/x/sys/windows"

var setThreadPriority = windows.NewLazySystemDLL("kernel32.dll").NewProc("SetThreadPriority")

// threadPriorityBelowNormal is THREAD_PRIORITY_BELOW_NORMAL.
const threadPriorityBelowNormal = ^uintptr(0) // -1

// lowerThreadPriority lowers the calling thread below normal priority.
func lowerThreadPriority() {
	h, err := windows.GetCurrentThread()
	if err != nil {
		return
	}
	_, _, _ = setThreadPriority.Call(uintptr(h), threadPriorityBelowNormal) // best effort
}
