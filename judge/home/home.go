// Package home locates the judge's state on disk: JUDGE_HOME when set,
// otherwise the platform's user data folder, with the cache beside it.
package home

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// Dir is where sessions and history live.
func Dir() (string, error) {
	if d := os.Getenv("JUDGE_HOME"); d != "" {
		return filepath.Abs(d)
	}
	if runtime.GOOS == "linux" {
		if d := os.Getenv("XDG_DATA_HOME"); d != "" {
			return filepath.Join(d, "judge"), nil
		}
		h, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(h, ".local", "share", "judge"), nil
	}
	d, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "judge"), nil
}

// CacheDir is where calibrations live: JUDGE_CACHE when set; else under
// JUDGE_HOME when that is set, so that one variable moves all state; else
// the user cache folder.
func CacheDir() (string, error) {
	if d := os.Getenv("JUDGE_CACHE"); d != "" {
		return filepath.Abs(d)
	}
	if d := os.Getenv("JUDGE_HOME"); d != "" {
		abs, err := filepath.Abs(d)
		return filepath.Join(abs, "cache"), err
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "judge"), nil
}

// WriteFileAtomic writes data to path so that readers see the old file or
// the new one, never a part: a crash midway leaves the old file intact.
func WriteFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// MoveAside renames path to path+suffix, or to path+suffix+".2" and on
// when that is taken, so that nothing kept earlier is overwritten; it
// returns the new name.
func MoveAside(path, suffix string) (string, error) {
	for i := 1; ; i++ {
		aside := path + suffix
		if i > 1 {
			aside = fmt.Sprintf("%s%s.%d", path, suffix, i)
		}
		if _, err := os.Lstat(aside); errors.Is(err, fs.ErrNotExist) {
			return aside, os.Rename(path, aside)
		}
	}
}
