//go:build unix

package editlog

import (
	"errors"
	"os"
	"syscall"
)

// lockFile holds an flock(2) on f until the returned func is called; the
// kernel drops it if the process dies.
func lockFile(f *os.File) (func(), error) {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err == nil {
			return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }, nil
		}
		if !errors.Is(err, syscall.EINTR) {
			return nil, err
		}
	}
}
