// The runtime settings a judged program needs, reached without the
// packages that export them: runtime/debug would bring fmt, os, reflect and
// time into every judged program, and with them most of an empty build
// cache's compile time and of every link.

package support

import _ "unsafe" // for go:linkname

// setMaxStack is runtime/debug.SetMaxStack: the runtime defines it under
// that name for runtime/debug (a push linkname), which lets other packages
// refer to it too.
//
//go:linkname setMaxStack runtime/debug.setMaxStack
func setMaxStack(bytes int) int

// setMemoryLimit is runtime/debug.SetMemoryLimit, reached the same way.
//
//go:linkname setMemoryLimit runtime/debug.setMemoryLimit
func setMemoryLimit(limit int64) int64

// setGCPercent is runtime/debug.SetGCPercent, reached the same way.
//
//go:linkname setGCPercent runtime/debug.setGCPercent
func setGCPercent(in int32) (out int32)

// nanotime is the runtime's monotonic clock, which the Go team keeps
// reachable by this name for the packages that use it (go.dev/issue/67401);
// the time package would cost every judged program its compile and link.
//
//go:linkname nanotime runtime.nanotime
func nanotime() int64
