// Package build compiles a judged program with the Go toolchain: offline,
// without cgo, reusing the user's build cache, calling the compiler and
// the linker directly where it can and go build where it cannot, and turns
// compiler output into messages about the user's own file.
package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/gods"
)

var errTooSlow = errors.New("build timeout")

// Binary is the name of the compiled program in the build folder.
const Binary = "prog"

// GoTool finds the go command: $PATH first, then the usual install places.
var GoTool = sync.OnceValues(func() (string, error) {
	if p, err := exec.LookPath("go"); err == nil {
		return p, nil
	}
	for _, p := range []string{"/usr/local/go/bin/go", "/usr/lib/go/bin/go", "/opt/homebrew/bin/go"} {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", errors.New("the Go toolchain was not found: install Go (https://go.dev/dl) and put it on PATH")
})

// Timeout bounds one build. A warm build takes well under a second and a
// cold one (empty build cache) about ten; code made to be slow to compile
// (exponential generic instantiations, say) is stopped here and judged a
// compile error.
var Timeout = 2 * time.Minute

// env is the build's environment: the user's, with everything that could
// reach the network, use cgo, run other tools or change the toolchain or
// the target turned off, whatever the environment or go env's file says.
func env() []string {
	forced := map[string]string{
		"GOFLAGS":      "-buildvcs=false",
		"GOPROXY":      "off",
		"GOTOOLCHAIN":  "local",
		"CGO_ENABLED":  "0",
		"GOWORK":       "off",
		"GO111MODULE":  "on",
		"GOOS":         runtime.GOOS,
		"GOARCH":       runtime.GOARCH,
		"GOEXPERIMENT": "",
	}
	var out []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if _, ok := forced[k]; ok || strings.HasPrefix(k, "GOAMD64") || strings.HasPrefix(k, "GOARM") {
			continue
		}
		out = append(out, kv)
	}
	for k, v := range forced {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

// goCommand is the go command run in dir with the judge's settings
// (env). The go command runs the compiler and linker as its children: one
// stopped midway takes them all down with it.
func goCommand(ctx context.Context, dir string, args ...string) (*exec.Cmd, error) {
	gobin, err := GoTool()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, gobin, args...)
	cmd.Dir = dir
	cmd.Env = env()
	ownGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	return cmd, nil
}

// Compile writes prog into dir and builds it there, returning the binary's
// path. A *driver.CompileError means the user's code does not compile.
func Compile(ctx context.Context, prog *driver.Program, dir string) (string, error) {
	bin, _, err := compile(ctx, prog, dir)
	return bin, err
}

// compile is Compile, which also says why it fell back to go build, or
// "" when the direct build served.
func compile(ctx context.Context, prog *driver.Program, dir string) (bin, fellBack string, err error) {
	for name, src := range prog.Files {
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			return "", "", err
		}
	}
	tctx, cancel := context.WithTimeoutCause(ctx, Timeout, errTooSlow)
	defer cancel()
	failed := func(err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(context.Cause(tctx), errTooSlow) {
			return &driver.CompileError{Msg: fmt.Sprintf("the build took longer than %s and was stopped: "+
				"something in the code is too slow to compile (generic types instantiated in an explosion, huge constants?)", Timeout)}
		}
		return err
	}
	c := loadImportcfg()
	tc, err := c.toolchain(tctx)
	if err != nil {
		return "", "", failed(err)
	}
	if c == nil {
		// The first build of all makes the cache before building: go list
		// compiles the packages go build would (the driver's beside the
		// program's, in parallel), and the direct build serves.
		if refresh(tctx, tc, dir, prog.Imports) == nil {
			c = loadImportcfg()
		}
	}
	fellBack, lacks := c.staleness(tc, prog)
	if fellBack == "" {
		bin, err = direct(tctx, tc, c, prog, dir)
		if !errors.Is(err, errFallback) || tctx.Err() != nil {
			return bin, "", failed(err)
		}
		fellBack = err.Error()
	}
	if err := writeModule(dir, tc, gods.Uses(prog.Imports)); err != nil {
		return "", fellBack, err
	}
	bin, err = goBuild(tctx, prog, dir)
	// Made anew, the cache serves the next build: with the program's own
	// imports once go build has shown them to be available.
	// A cache that cannot be made costs later builds a fallback, no more.
	var more []string
	if err == nil {
		more = prog.Imports
	}
	if err == nil || !lacks {
		_ = refresh(tctx, tc, dir, more)
	}
	return bin, fellBack, failed(err)
}

// goBuild builds prog with go build in dir, a module made by writeModule.
func goBuild(ctx context.Context, prog *driver.Program, dir string) (string, error) {
	names := slices.Sorted(maps.Keys(prog.Files))
	args := append([]string{"build", "-o", Binary, "-ldflags=-s -w"}, names...)
	cmd, err := goCommand(ctx, dir, args...)
	if err != nil {
		return "", err
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if ctx.Err() == nil && errors.As(err, &ee) {
			return "", &driver.CompileError{Msg: compilerMessage(out.String())}
		}
		return "", fmt.Errorf("go build: %w", err)
	}
	return filepath.Join(dir, Binary), nil
}

// compilerMessage keeps the compiler's lines about the user's code and says
// plainly what the rest mean.
func compilerMessage(out string) string {
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		l = strings.TrimPrefix(l, "./")
		switch {
		case strings.HasPrefix(l, "# "):
			continue
		case strings.HasPrefix(l, "0judge_"):
			// The driver only fails to compile when the user's code
			// redeclares one of its names or changes a predefined type.
			l = "(judge's driver) " + l
		case strings.Contains(l, "no required module provides package"),
			strings.Contains(l, "is not in std"),
			strings.Contains(l, "cannot find module providing package"):
			l += "\n\tonly the Go standard library is available, as in the interview"
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n")
}

// Warm compiles the standard-library packages pkgs into the build cache
// with Compile's settings, and caches their export files for the direct
// build, so that a later build finds them there: the first solution to use
// container/heap or math/big would otherwise wait while they compile,
// seconds each on an empty cache.
func Warm(ctx context.Context, pkgs []string) error {
	tc, err := currentToolchain(ctx)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "judge-build-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	return refresh(ctx, tc, dir, pkgs)
}

// Cold lists the packages of pkgs that the build cache does not hold yet
// under Compile's settings: those a build would have to compile first.
func Cold(ctx context.Context, pkgs []string) ([]string, error) {
	args := append([]string{"list", "-f", "{{.ImportPath}} {{.Stale}}"}, pkgs...)
	cmd, err := goCommand(ctx, os.TempDir(), args...)
	if err != nil {
		return nil, err
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list %s: %w\n%s", strings.Join(pkgs, " "), err, stderr.String())
	}
	cold := []string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if path, stale, ok := strings.Cut(line, " "); ok && stale == "true" {
			cold = append(cold, path)
		}
	}
	return cold, nil
}
