package editlog

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWatcherSeesSaves: an editor's save (a new file renamed over the
// old one) and a plain write are both told, with fsnotify and by polling
// alone; a file beside the notepad is not. (The waits only bound a
// failure; nothing here measures time.)
func TestWatcherSeesSaves(t *testing.T) {
	for _, poll := range []bool{false, true} {
		name := map[bool]string{false: "fsnotify", true: "polling"}[poll]
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "solution.go")
			os.WriteFile(file, []byte("a"), 0o644)
			w := &Watcher{Files: map[string]string{file: "k"}, Quiet: 20 * time.Millisecond, Poll: 50 * time.Millisecond, NoNotify: poll}
			if !poll {
				// The poll only as a safety net, too slow to be what
				// this test sees.
				w.Poll = time.Hour
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			told := make(chan string, 100)
			done := make(chan error)
			go func() { done <- w.Run(ctx, func(k string) { told <- k }) }()
			wait := func(what string) {
				t.Helper()
				select {
				case k := <-told:
					if k != "k" {
						t.Fatalf("%s: told %q", what, k)
					}
				case <-time.After(10 * time.Second):
					t.Fatalf("%s: not told in 10 s", what)
				}
			}
			// Let the watch begin before the first change.
			time.Sleep(100 * time.Millisecond)
			os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
			select {
			case k := <-told:
				t.Fatalf("told %q for another file", k)
			case <-time.After(300 * time.Millisecond):
			}
			tmp := filepath.Join(dir, ".solution.go.swp")
			os.WriteFile(tmp, []byte("bb"), 0o644)
			os.Rename(tmp, file)
			wait("a save by rename")
			os.WriteFile(file, []byte("ccc"), 0o644)
			wait("a write")
			cancel()
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			if w.Polling != poll {
				t.Errorf("polling = %v", w.Polling)
			}
		})
	}
}
