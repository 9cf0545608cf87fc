package command

import (
	"runtime/debug"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestVersion(t *testing.T) {
	vcs := func(rev, at, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.time", Value: at}, {Key: "vcs.modified", Value: modified}}
	}
	tests := []struct {
		name string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{
			name: "release",
			info: &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.4.0"}, Settings: vcs("f5aee8e91c155d774a485752fd9867d681086626", "2026-11-30T00:50:50Z", "false")},
			ok:   true,
			want: "v1.4.0, commit f5aee8e91c15 of 2026-11-30T00:50:50Z, go1.26.8",
		},
		{
			name: "built from a changed checkout",
			info: &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261130005050-f5aee8e91c15+dirty"}, Settings: vcs("f5aee8e91c155d774a485752fd9867d681086626", "2026-11-30T00:50:50Z", "true")},
			ok:   true,
			want: "v0.0.0-20261130005050-f5aee8e91c15+dirty, commit f5aee8e91c15 with uncommitted changes of 2026-11-30T00:50:50Z, go1.26.8",
		},
		{
			name: "go run",
			info: &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}},
			ok:   true,
			want: "(devel), commit not recorded (a go run, go test or -buildvcs=false build), go1.26.8",
		},
		{
			name: "go test",
			info: &debug.BuildInfo{GoVersion: "go1.26.8"},
			ok:   true,
			want: "(devel), commit not recorded (a go run, go test or -buildvcs=false build), go1.26.8",
		},
		{name: "no build information", ok: false, want: "unknown (built without module information)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, version(tt.info, tt.ok)); diff != "" {
				t.Errorf("version (-want +got):\n%s", diff)
			}
		})
	}
}
