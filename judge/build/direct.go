package build

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/gods"
	"github.com/judgehq/judge/judge/home"
)

// The direct build calls the compiler and the linker themselves, as go
// build would, with an importcfg naming the export file of every package
// the program imports: the standard library's from the build cache, as
// `go list -export` reports them, and the support package's and
// github.com/emirpasic/gods's, compiled once (the library's on its first
// use). It skips what go build does before any work (running the go
// command, identifying the tools, hashing every dependency), which is
// most of a small program's build. The importcfg is cached, and used only
// while it holds: made by the same toolchain for the same support package
// and the same copy of the library, every package the program imports in
// it, every export file still in the build cache (Go trims it). Anything
// else, go build serves, and the cache is made anew from what it
// compiled; the first build of all makes it first.

// toolchain is the Go toolchain a build uses, as `go env` reports it: the
// variables that decide what the compiler and the linker make, which they
// also get in their environment, as the go command gives them.
type toolchain map[string]string

// toolchainVars are the variables toolchain holds.
var toolchainVars = []string{
	"GOVERSION", "GOROOT", "GOTOOLDIR", "GOCACHE", "GOOS", "GOARCH", "GOEXPERIMENT", "GOFIPS140", "GODEBUG",
	"GOAMD64", "GOARM", "GOARM64", "GO386", "GOMIPS", "GOMIPS64", "GOPPC64", "GORISCV64", "GOWASM",
}

// currentToolchain asks the go command which toolchain it runs, with the
// judge's settings.
func currentToolchain(ctx context.Context) (toolchain, error) {
	cmd, err := goCommand(ctx, os.TempDir(), append([]string{"env", "-json"}, toolchainVars...)...)
	if err != nil {
		return nil, err
	}
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go env: %w", err)
	}
	tc := toolchain{}
	if err := json.Unmarshal(out, &tc); err != nil {
		return nil, fmt.Errorf("go env: %w", err)
	}
	return tc, nil
}

// fingerprint is what the go command's answers to currentToolchain
// depend on, read without running it: the go binary (a toolchain installed
// anew changes it), the environment's Go variables and those that locate
// go env's file and the build cache, and that file. Where it is as
// the cache recorded, the cache's toolchain is the current one, and a
// build saves the go command's start.
func fingerprint() string {
	h := sha256.New()
	stat := func(file string) {
		if fi, err := os.Stat(file); err == nil {
			fmt.Fprintf(h, "%s %d %d\n", file, fi.Size(), fi.ModTime().UnixNano())
		} else {
			fmt.Fprintf(h, "%s none\n", file)
		}
	}
	if gobin, err := GoTool(); err == nil {
		stat(gobin)
	}
	for _, kv := range env() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "GO") || slices.Contains(goenvReads, k) {
			fmt.Fprintf(h, "%s\n", kv)
		}
	}
	goenv := os.Getenv("GOENV")
	if dir, err := os.UserConfigDir(); goenv == "" && err == nil {
		goenv = filepath.Join(dir, "go", "env")
	}
	stat(goenv)
	return hex.EncodeToString(h.Sum(nil))
}

// goenvReads are the variables go env reads besides its own (GO...): the
// ones that locate its file and the build cache.
var goenvReads = []string{"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA", "home"}

// toolchain is the toolchain builds use now: c's when its fingerprint
// says nothing changed since it was recorded, else the go command's.
func (c *importcfg) toolchain(ctx context.Context) (toolchain, error) {
	fp := fingerprint()
	if c != nil && c.Fingerprint == fp {
		return c.Toolchain, nil
	}
	tc, err := currentToolchain(ctx)
	if err != nil {
		return nil, err
	}
	if c != nil && maps.Equal(c.Toolchain, tc) {
		// Nothing that matters changed: remember the new fingerprint.
		c.Fingerprint = fp
		_ = c.save()
	}
	return tc, nil
}

// env is the environment of the compiler and the linker.
func (tc toolchain) env() []string {
	out := env()
	for _, k := range slices.Sorted(maps.Keys(tc)) {
		out = slices.DeleteFunc(out, func(kv string) bool { return strings.HasPrefix(kv, k+"=") })
		out = append(out, k+"="+tc[k])
	}
	return out
}

// goModVersion is the toolchain's version as a go.mod's go line writes
// it, "" if its version does not say.
func (tc toolchain) goModVersion() string {
	v, ok := strings.CutPrefix(tc["GOVERSION"], "go")
	if !ok || v == "" || v[0] < '0' || v[0] > '9' {
		return ""
	}
	return v
}

// importcfg is the cached list of export files.
type importcfg struct {
	Toolchain toolchain `json:"toolchain"`
	// Fingerprint is the fingerprint when Toolchain was read.
	Fingerprint string `json:"fingerprint"`
	// Support is the hash of the support package's source.
	Support string `json:"support"`
	// Gods is the hash of github.com/emirpasic/gods's source once
	// Packages hold the library's packages (a program has used it), else
	// "": a build that does not use the library never hashes it.
	Gods string `json:"gods,omitempty"`
	// Packages are the export files by import path: every package a
	// program may import without a fallback, and all they import.
	Packages map[string]string `json:"packages"`
}

// cacheMu keeps one process from making the cache twice at once; other
// processes may, and each write replaces the file whole.
var cacheMu sync.Mutex

// importcfgPath is the cache's file.
func importcfgPath() (string, error) {
	dir, err := home.CacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "build", "importcfg.json"), nil
}

// loadImportcfg reads the cache; a missing or unreadable one is nil.
func loadImportcfg() *importcfg {
	file, err := importcfgPath()
	if err != nil {
		return nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var c importcfg
	if json.Unmarshal(b, &c) != nil || c.Packages == nil {
		return nil
	}
	return &c
}

func (c *importcfg) save() error {
	file, err := importcfgPath()
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(c, "", "\t")
	if err != nil {
		return err
	}
	return home.WriteFileAtomic(file, b)
}

// staleness says why c cannot build prog with tc, or "" when it can;
// lacks is true when the only reason is an import c lacks.
func (c *importcfg) staleness(tc toolchain, prog *driver.Program) (why string, lacks bool) {
	if c == nil {
		return "no importcfg cached yet", false
	}
	if !maps.Equal(c.Toolchain, tc) {
		if c.Toolchain["GOVERSION"] != tc["GOVERSION"] {
			return fmt.Sprintf("the importcfg was made by %s, not %s", c.Toolchain["GOVERSION"], tc["GOVERSION"]), false
		}
		return "the importcfg was made for another Go environment", false
	}
	if _, hash := driver.Support(); c.Support != hash {
		return "the importcfg was made for another support package", false
	}
	if c.Gods != "" {
		if _, hash := gods.Source(); c.Gods != hash {
			return "the importcfg was made for another copy of " + gods.Module, false
		}
	}
	now := time.Now()
	for _, p := range slices.Sorted(maps.Keys(c.Packages)) {
		fi, err := os.Stat(c.Packages[p])
		if err != nil {
			return "the export file of " + p + " is gone from the build cache", false
		}
		// Go trims the entries of its cache unused for five days, and
		// knows an entry used by its modification time, which this build
		// sets as the go command would (failing, it costs a later build a
		// fallback).
		if now.Sub(fi.ModTime()) > markUsed {
			_ = os.Chtimes(c.Packages[p], now, now)
		}
	}
	for _, p := range prog.Imports {
		if p == "unsafe" {
			continue
		}
		if _, ok := c.Packages[p]; !ok || !importable(p) {
			return "the importcfg lacks " + p, true
		}
	}
	return "", false
}

// markUsed is how old an export file's modification time may be before a
// build that uses it sets it to now.
const markUsed = 24 * time.Hour

// importable reports whether package main may import p: the go command
// refuses internal and vendored packages of the standard library, which
// the importcfg holds as others' dependencies.
func importable(p string) bool {
	if p == driver.SupportPath || gods.Has(p) {
		return true
	}
	for _, elem := range strings.Split(p, "/") {
		if elem == "internal" || elem == "vendor" {
			return false
		}
	}
	return true
}

// text is c as the compiler and the linker read it.
func (c *importcfg) text() []byte {
	var b bytes.Buffer
	for _, p := range slices.Sorted(maps.Keys(c.Packages)) {
		fmt.Fprintf(&b, "packagefile %s=%s\n", p, c.Packages[p])
	}
	return b.Bytes()
}

// errFallback is a failure of the direct build that go build may not
// share: a missing or damaged file, a tool that failed on its own.
var errFallback = errors.New("the direct build failed")

// direct builds prog, whose files are in dir, with c.
func direct(ctx context.Context, tc toolchain, c *importcfg, prog *driver.Program, dir string) (string, error) {
	if err := os.WriteFile(filepath.Join(dir, "importcfg"), c.text(), 0o644); err != nil {
		return "", err
	}
	names := slices.Sorted(maps.Keys(prog.Files))
	tool := func(name string, args ...string) ([]byte, error) {
		cmd := exec.CommandContext(ctx, filepath.Join(tc["GOTOOLDIR"], name), args...)
		// No garbage collection in the compiler and the linker: for one
		// small package and its link they allocate tens of megabytes, and
		// the collector's cycles were 3-5 ms of a 75-90 ms warm submit.
		cmd.Dir, cmd.Env = dir, append(tc.env(), "GOGC=off")
		ownGroup(cmd)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		return out.Bytes(), err
	}
	args := append([]string{"-o", "main.a", "-p", "main", "-complete", "-nolocalimports", "-pack",
		"-trimpath", dir + "=>", "-importcfg", "importcfg"}, names...)
	if out, err := tool("compile", args...); err != nil {
		var ee *exec.ExitError
		if ctx.Err() != nil || !errors.As(err, &ee) || bytes.Contains(out, []byte("could not import")) {
			return "", fmt.Errorf("%w: compile: %v\n%s", errFallback, err, out)
		}
		return "", &driver.CompileError{Msg: compilerMessage(string(out))}
	}
	if out, err := tool("link", "-o", Binary, "-importcfg", "importcfg", "-buildmode=exe", "-s", "-w", "main.a"); err != nil {
		// Code can fail to link (a forbidden go:linkname, say), but
		// rarely: go build says so as well as it says the rest.
		return "", fmt.Errorf("%w: link: %v\n%s", errFallback, err, out)
	}
	return filepath.Join(dir, Binary), nil
}

// writeModule makes dir a module holding the support package, where go
// build and go list find it under its import path, and, withGods,
// requiring github.com/emirpasic/gods from its copy in dir (godsDir): no
// module cache, no network.
func writeModule(dir string, tc toolchain, withGods bool) error {
	mod := "module " + modulePath + "\n"
	if v := tc.goModVersion(); v != "" {
		mod += "\ngo " + v + "\n"
	}
	if withGods {
		mod += "\nrequire " + gods.Module + " " + gods.Version + "\n\nreplace " + gods.Module + " => ./" + godsDir + "\n"
		files, _ := gods.Source()
		if err := writeFiles(filepath.Join(dir, godsDir), files); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		return err
	}
	files, _ := driver.Support()
	return writeFiles(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(driver.SupportPath, modulePath+"/"))), files)
}

// godsDir is the folder of a build's module where writeModule puts its
// copy of github.com/emirpasic/gods.
const godsDir = "gods"

// writeFiles writes files, by slash-separated path, under dir.
func writeFiles(dir string, files map[string][]byte) error {
	for _, name := range slices.Sorted(maps.Keys(files)) {
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(file, files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// modulePath is the module of the fallback's build: the one
// driver.SupportPath lies in.
const modulePath = "github.com/judgehq/judge"

// refresh makes the cache anew in dir, which it makes a module
// (writeModule): the export files of the support package, of the packages
// the driver's own files import, of those the previous cache held if the
// toolchain is the same, and of more. `go list -export` compiles what the
// build cache lacks.
func refresh(ctx context.Context, tc toolchain, dir string, more []string) error {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	_, hash := driver.Support()
	roots := map[string]bool{driver.SupportPath: true}
	for _, p := range append(driver.OwnImports(), more...) {
		roots[p] = true
	}
	if old := loadImportcfg(); old != nil && maps.Equal(old.Toolchain, tc) {
		for p := range old.Packages {
			roots[p] = true
		}
	}
	delete(roots, "unsafe")
	// A program's first use of the library compiles it whole: the next
	// to use another of its packages is served at once.
	withGods := gods.Uses(slices.Collect(maps.Keys(roots)))
	if withGods {
		for _, p := range gods.Packages() {
			roots[p] = true
		}
	}
	if err := writeModule(dir, tc, withGods); err != nil {
		return err
	}
	args := append([]string{"list", "-export", "-deps", "-f", "{{if .Export}}{{.ImportPath}}={{.Export}}{{end}}"}, slices.Sorted(maps.Keys(roots))...)
	cmd, err := goCommand(ctx, dir, args...)
	if err != nil {
		return err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list -export: %w\n%s", err, stderr.Bytes())
	}
	c := &importcfg{Toolchain: tc, Fingerprint: fingerprint(), Support: hash, Packages: map[string]string{}}
	if withGods {
		_, c.Gods = gods.Source()
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if p, file, ok := strings.Cut(line, "="); ok {
			c.Packages[p] = file
		}
	}
	if _, ok := c.Packages[driver.SupportPath]; !ok {
		return fmt.Errorf("go list -export: no export file for the support package\n%s", stderr.Bytes())
	}
	return c.save()
}
