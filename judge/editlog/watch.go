package editlog

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watcher tells when notepad files may have changed. It watches their
// folders with fsnotify (editors save by renaming a new file over the
// old one, so the folder is watched, not the file), coalescing a burst of
// events into one change; and it polls each file's size and modification
// time: the only way where fsnotify cannot watch, a safety net where it
// can.
type Watcher struct {
	// Files maps each file's path to its key.
	Files map[string]string
	// Quiet coalesces events: a change is told once the file has been
	// quiet this long. Default 100 ms.
	Quiet time.Duration
	// Poll is the polling interval: default 1 s without fsnotify, 5 s
	// beside it.
	Poll time.Duration
	// NoNotify polls only.
	NoNotify bool
	// Polling, once Run started, reports that fsnotify is not in use.
	Polling bool
}

type stamp struct {
	size, mod int64
	ok        bool
}

func stampOf(path string) stamp {
	fi, err := os.Stat(path)
	if err != nil {
		return stamp{}
	}
	return stamp{size: fi.Size(), mod: fi.ModTime().UnixNano(), ok: true}
}

// Run calls changed with a file's key each time it may have changed, from
// this goroutine, until ctx ends.
func (w *Watcher) Run(ctx context.Context, changed func(key string)) error {
	quiet := w.Quiet
	if quiet <= 0 {
		quiet = 100 * time.Millisecond
	}
	stamps := map[string]stamp{}
	for p := range w.Files {
		stamps[p] = stampOf(p)
	}
	var events <-chan fsnotify.Event
	var errs <-chan error
	if !w.NoNotify {
		if fw, err := w.notify(); err == nil {
			defer fw.Close()
			events, errs = fw.Events, fw.Errors
		}
	}
	w.Polling = events == nil
	poll := w.Poll
	if poll <= 0 {
		poll = time.Second
		if !w.Polling {
			poll = 5 * time.Second
		}
	}
	tick := time.NewTicker(poll)
	defer tick.Stop()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	pending := map[string]bool{}
	tell := func(p string) {
		stamps[p] = stampOf(p)
		changed(w.Files[p])
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-events:
			if !ok {
				events, errs = nil, nil
				continue
			}
			if _, ours := w.Files[ev.Name]; ours {
				pending[ev.Name] = true
				timer.Reset(quiet)
			}
		case <-errs:
			// An overflow or a lost folder: the poll still sees the files.
		case <-timer.C:
			for p := range pending {
				delete(pending, p)
				tell(p)
			}
		case <-tick.C:
			for p, old := range stamps {
				if now := stampOf(p); now != old && !pending[p] {
					tell(p)
				}
			}
		}
	}
}

// notify watches the folders of the files.
func (w *Watcher) notify() (*fsnotify.Watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	dirs := map[string]bool{}
	for p := range w.Files {
		dirs[filepath.Dir(p)] = true
	}
	for d := range dirs {
		if err := fw.Add(d); err != nil {
			fw.Close()
			return nil, err
		}
	}
	return fw, nil
}
