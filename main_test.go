package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/judgehq/judge/judge/command"
	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"judge": func() { os.Exit(command.Main(os.Args, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: each runs
// judge as a user would and checks its output and exit status.
func TestScripts(t *testing.T) {
	gocache := goEnv(t, "GOCACHE")
	// Calibrations are shared by all scripts: they depend on the problem
	// and the machine, not on the script.
	cache := t.TempDir()
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("JUDGE_HOME", env.WorkDir+"/.judge")
			env.Setenv("JUDGE_CACHE", cache)
			env.Setenv("GOCACHE", gocache)
			env.Setenv("NO_COLOR", "1")
			// No background warm-up or edit watcher: a script must not
			// leave processes running. Scripts fix the clock with
			// JUDGE_NOW.
			env.Setenv("JUDGE_NO_WARM", "1")
			env.Setenv("JUDGE_NO_WATCH", "1")
			return nil
		},
	})
}

func goEnv(t *testing.T, key string) string {
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", key, err)
	}
	return strings.TrimSpace(string(out))
}
