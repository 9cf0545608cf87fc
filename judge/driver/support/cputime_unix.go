//go:build unix

// The CPU time of the judged program, where the system tells it.

package support

import "syscall"

// cpuTime is the CPU time the process has used so far, all its threads
// together, in nanoseconds; -1 when the system does not say.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return -1
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
