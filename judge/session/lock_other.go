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
	held := path + ".held"
	for {
		f, err := os.OpenFile(held, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			f.Close()
			return func() { os.Remove(held) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, err
		}
		if fi, err := os.Stat(held); err == nil && time.Since(fi.ModTime()) > staleLock {
			os.Remove(held)
			continue
		}
		time.Sleep(100 * time.Millisecond)
	}
}
