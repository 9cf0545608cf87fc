package session

import (
	"errors"
	"os"
	"syscall"
)

// lock holds an flock(2) on path until the returned func is called or the
// process ends.
func lock(path string) (func(), error) {
	return flock(path, syscall.LOCK_EX)
}

// tryLock is lock without the wait: it fails at once while another holds
// the lock, this process included.
func tryLock(path string) (func(), error) {
	return flock(path, syscall.LOCK_EX|syscall.LOCK_NB)
}

func flock(path string, how int) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
