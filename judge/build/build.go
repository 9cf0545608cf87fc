// Package build compiles a judged program with the Go toolchain: offline,
// without cgo, reusing the user's build cache, and turns compiler output
// into messages about the user's own file.
package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/judgehq/judge/judge/driver"
)

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

// env is the build's environment: the user's, with everything that could
// reach the network, use cgo or change the toolchain turned off.
func env() []string {
	var out []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "GOFLAGS", "GOPROXY", "GOTOOLCHAIN", "CGO_ENABLED", "GOWORK", "GO111MODULE", "GOOS", "GOARCH", "GOPATH_OFF":
			continue
		}
		out = append(out, kv)
	}
	return append(out, "GOFLAGS=-buildvcs=false", "GOPROXY=off", "GOTOOLCHAIN=local", "CGO_ENABLED=0", "GOWORK=off", "GO111MODULE=on")
}

// Compile writes prog into dir and builds it there, returning the binary's
// path. A *driver.CompileError means the user's code does not compile.
func Compile(ctx context.Context, prog *driver.Program, dir string) (string, error) {
	gobin, err := GoTool()
	if err != nil {
		return "", err
	}
	var names []string
	for name, src := range prog.Files {
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			return "", err
		}
		names = append(names, name)
	}
	sort.Strings(names)
	args := append([]string{"build", "-o", Binary, "-ldflags=-s -w"}, names...)
	cmd := exec.CommandContext(ctx, gobin, args...)
	cmd.Dir = dir
	cmd.Env = env()
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		var ee *exec.ExitError
		if errors.As(err, &ee) {
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
