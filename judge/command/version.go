package command

import (
	"fmt"
	"runtime/debug"
)

// version describes the build for `judge --version`: the module's version,
// the commit it was built from and the Go toolchain. A build from source
// without VCS stamping (go run, go test, -buildvcs=false) has no commit,
// and says so.
func version(info *debug.BuildInfo, ok bool) string {
	if !ok {
		return "unknown (built without module information)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return fmt.Sprintf("%s, commit not recorded (a go run, go test or -buildvcs=false build), %s", v, info.GoVersion)
	}
	commit := "commit " + rev[:min(len(rev), 12)]
	if modified {
		commit += " with uncommitted changes"
	}
	if at != "" {
		commit += " of " + at
	}
	return fmt.Sprintf("%s, %s, %s", v, commit, info.GoVersion)
}
