//go:build !linux

package session

import (
	"errors"
	"io/fs"
	"os"
	"time"
)

// staleLock is the age past which a lock file is taken to be left by a
// judge that died: without flock, nothing else tells.
const staleLock = 15 * time.Minute

// lock creates path+".held" exclusively, waiting while another judge holds
// it; the returned func removes it.
func lock(path string) (func(), error) {
	for {
		release, err := tryLock(path)
		if !errors.Is(err, fs.ErrExist) {
			return release, err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// tryLock is lock without the wait: it fails at once while another holds
// the lock, this process included.
func tryLock(path string) (func(), error) {
	held := path + ".held"
	if fi, err := os.Stat(held); err == nil && time.Since(fi.ModTime()) > staleLock {
		os.Remove(held)
	}
	f, err := os.OpenFile(held, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	f.Close()
	return func() { os.Remove(held) }, nil
}
