//go:build unix

// What the system gives the judged program: its CPU time and its file
// descriptors.

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

func read(fd int, b []byte) (int, error)  { return syscall.Read(fd, b) }
func write(fd int, b []byte) (int, error) { return syscall.Write(fd, b) }

// closeOnExec keeps fd from the programs the solution may start.
func closeOnExec(fd int) { syscall.CloseOnExec(fd) }
