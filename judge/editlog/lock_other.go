//go:build !unix

package editlog

import (
	"errors"
	"io/fs"
	"os"
	"time"
)

// staleLock is the age past which a lock file is taken to be left by a
// judge that died: without flock, nothing else tells.
const staleLock = time.Minute

// lockFile creates f's name+".held" exclusively, waiting while another
// writer holds it; the returned func removes it.
func lockFile(f *os.File) (func(), error) {
	held := f.Name() + ".held"
	for {
		if fi, err := os.Stat(held); err == nil && time.Since(fi.ModTime()) > staleLock {
			os.Remove(held)
		}
		h, err := os.OpenFile(held, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			h.Close()
			return func() { os.Remove(held) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, err
		}
		time.Sleep(20 * time.Millisecond)
	}
}
