package build

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
)

// twice is a problem whose solution doubles an int.
var twice = &problem.Problem{Sig: problem.Signature{Function: &problem.Function{
	Name: "twice", Params: []problem.Param{{Name: "n", Type: "int"}}, Returns: "int",
}}}

func program(t *testing.T, code string) *driver.Program {
	t.Helper()
	prog, err := driver.New(twice, driver.Source{Name: "solution.go", Code: code}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return prog
}

// build compiles code in a folder of its own and says why it fell back to
// go build, "" if it did not.
func build(t *testing.T, code string) (bin, fellBack string, err error) {
	t.Helper()
	return compile(context.Background(), program(t, code), t.TempDir())
}

func mustBuild(t *testing.T, code string) (bin, fellBack string) {
	t.Helper()
	bin, fellBack, err := build(t, code)
	if err != nil {
		t.Fatal(err)
	}
	return bin, fellBack
}

// emptyCache gives the test a calibration and importcfg cache of its own.
func emptyCache(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	t.Setenv("JUDGE_CACHE", t.TempDir())
}

const double = "func twice(n int) int { return 2 * n }\n"

// TestDirectBuild checks that the first build makes the importcfg and is
// served, as the next, by the compiler and the linker called directly, and
// that their program runs the tests on the judge's channel.
func TestDirectBuild(t *testing.T) {
	emptyCache(t)
	if _, fellBack := mustBuild(t, double); fellBack != "" {
		t.Errorf("the first build fell back: %s", fellBack)
	}
	if loadImportcfg() == nil {
		t.Fatal("the first build made no importcfg")
	}
	bin, fellBack := mustBuild(t, double+"// changed\n")
	if fellBack != "" {
		t.Fatalf("the second build fell back: %s", fellBack)
	}
	lines := runDriver(t, bin, `[{"n": 21}, {"n": -4}]`)
	want := []string{`{"b":0}`, `{"e":0,"out":42,"ns":`, `{"b":1}`, `{"e":1,"out":-8,"ns":`, `{"done":true}`}
	if len(lines) != len(want) {
		t.Fatalf("the program wrote %q, want lines like %q", lines, want)
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, want[i]) {
			t.Errorf("line %d = %s, want %s...", i, l, want[i])
		}
	}
}

// runDriver runs a judged program outside the sandbox and returns what it
// wrote on the judge's channel.
func runDriver(t *testing.T, bin, stdin string) []string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cmd := exec.Command(bin)
	cmd.Env = []string{driver.ArgsEnv + "=-mem=64"}
	cmd.Stdin = strings.NewReader(stdin)
	cmd.ExtraFiles = []*os.File{w}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	var lines []string
	for sc := bufio.NewScanner(r); sc.Scan(); {
		lines = append(lines, sc.Text())
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v\n%s", err, stderr.Bytes())
	}
	return lines
}

// TestFallbacks checks that every importcfg that cannot serve a build
// sends it to go build, which succeeds, and is made anew for the next.
func TestFallbacks(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spoil func(c *importcfg)
		code  string
		want  string
	}{
		{"missing export file", func(c *importcfg) { c.Packages["strconv"] = "/nonexistent/go-build/strconv-d" }, double,
			"the export file of strconv is gone from the build cache"},
		// A toolchain installed anew, or go env's settings changed, change
		// the fingerprint: go env says what changed.
		{"changed toolchain version", func(c *importcfg) { c.Toolchain["GOVERSION"], c.Fingerprint = "go1.0", "" }, double,
			"the importcfg was made by go1.0"},
		{"changed Go environment", func(c *importcfg) { c.Toolchain["GOAMD64"], c.Fingerprint = "v9", "" }, double,
			"another Go environment"},
		{"changed support package", func(c *importcfg) { c.Support = "0000" }, double,
			"another support package"},
		{"a package the importcfg lacks", func(*importcfg) {}, "func twice(n int) int { return ring.New(n).Len() * 2 }\n",
			"the importcfg lacks container/ring"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			emptyCache(t)
			mustBuild(t, double)
			c := loadImportcfg()
			if c == nil {
				t.Fatal("the first build made no importcfg")
			}
			tc.spoil(c)
			if err := c.save(); err != nil {
				t.Fatal(err)
			}
			if _, fellBack := mustBuild(t, tc.code); !strings.Contains(fellBack, tc.want) {
				t.Errorf("fell back because %q, want %q", fellBack, tc.want)
			}
			if _, fellBack := mustBuild(t, tc.code+"// again\n"); fellBack != "" {
				t.Errorf("the build after the fallback fell back too: %s", fellBack)
			}
		})
	}
}

// TestCompileErrors checks the direct build's compile errors are the
// user's, in the user's file and lines, and what go build refuses still
// is refused.
func TestCompileErrors(t *testing.T) {
	emptyCache(t)
	mustBuild(t, double)
	for _, tc := range []struct {
		name, code, want string
		direct           bool
	}{
		{"type error", "func twice(n int) int {\n\treturn \"2\" * n\n}\n", "solution.go:2:", true},
		{"driver name redeclared", double + "func _jTest() {}\n", "solution.go:2:6: _jTest redeclared in this block", true},
		{"internal package", "import \"internal/cpu\"\n\nfunc twice(n int) int { _ = cpu.X86; return 2 * n }\n", "use of internal package internal/cpu not allowed", false},
		{"not in std", "import \"notstd/pkg\"\n\nfunc twice(n int) int { return pkg.Two * n }\n", "only the Go standard library is available", false},
		{"go:embed", "import _ \"embed\"\n\n//go:embed /etc/passwd\nvar passwd string\n\n" + double, "pattern /etc/passwd: invalid pattern syntax", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, fellBack, err := build(t, tc.code)
			var ce *driver.CompileError
			if !errors.As(err, &ce) || !strings.Contains(ce.Msg, tc.want) {
				t.Fatalf("error %v, want a compile error saying %q", err, tc.want)
			}
			if direct := fellBack == ""; direct != tc.direct {
				t.Errorf("fell back: %q; want the direct build to serve: %v", fellBack, tc.direct)
			}
		})
	}
}

func TestImportable(t *testing.T) {
	var got []string
	for _, p := range []string{"sort", "internal/cpu", "math/rand/v2", "vendor/golang.org/x/net/dns", "crypto/internal/fips140", driver.SupportPath, godsPackage, "github.com/emirpasic/gods/internal/x"} {
		if importable(p) {
			got = append(got, p)
		}
	}
	if diff := cmp.Diff([]string{"sort", "math/rand/v2", driver.SupportPath, godsPackage}, got); diff != "" {
		t.Errorf("importable (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(driver.SupportPath, modulePath+"/") {
		t.Errorf("the support package %s lies outside the fallback's module %s", driver.SupportPath, modulePath)
	}
}

// TestFingerprint: while nothing go env reads changes, a build trusts the
// cache's toolchain without asking go env (a change elsewhere in the
// environment is nothing to it); a change in what go env reads makes it
// ask.
func TestFingerprint(t *testing.T) {
	emptyCache(t)
	mustBuild(t, double)
	c := loadImportcfg()
	// A version go env would deny, under the fingerprint of now.
	c.Toolchain["GOVERSION"] = "go1.0"
	if err := c.save(); err != nil {
		t.Fatal(err)
	}
	if _, fellBack := mustBuild(t, double+"// 1\n"); fellBack != "" {
		t.Errorf("with its fingerprint unchanged, the cache fell back: %s", fellBack)
	}
	t.Setenv("PWD", "/elsewhere") // nothing go env reads
	if _, fellBack := mustBuild(t, double+"// 2\n"); fellBack != "" {
		t.Errorf("with the working folder changed, the cache fell back: %s", fellBack)
	}
	t.Setenv("GOENV", filepath.Join(t.TempDir(), "env"))
	if _, fellBack := mustBuild(t, double+"// 3\n"); !strings.Contains(fellBack, "made by go1.0") {
		t.Errorf("with the environment changed, fell back because %q, want go env's version to differ", fellBack)
	}
}

// TestMarksExportFilesUsed: a direct build marks the export files it uses
// as Go marks its cache's entries, so that Go's trimming, which drops
// entries unused for five days, leaves them to the judge.
func TestMarksExportFilesUsed(t *testing.T) {
	emptyCache(t)
	mustBuild(t, double)
	c := loadImportcfg()
	b, err := os.ReadFile(c.Packages["strconv"])
	if err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(t.TempDir(), "strconv-d")
	if err := os.WriteFile(old, b, 0o644); err != nil {
		t.Fatal(err)
	}
	then := time.Now().Add(-48 * time.Hour)
	if err := os.Chtimes(old, then, then); err != nil {
		t.Fatal(err)
	}
	c.Packages["strconv"] = old
	if err := c.save(); err != nil {
		t.Fatal(err)
	}
	if _, fellBack := mustBuild(t, double+"// again\n"); fellBack != "" {
		t.Fatalf("fell back: %s", fellBack)
	}
	fi, err := os.Stat(old)
	if err != nil {
		t.Fatal(err)
	}
	if age := time.Since(fi.ModTime()); age > time.Hour {
		t.Errorf("the export file used was last modified %s ago", age.Round(time.Minute))
	}
}

// TestFirstBuildFallsBack: a first build whose cache cannot be made (an
// import go list cannot find) falls back to go build, which says why, and
// leaves the cache made for the next.
func TestFirstBuildFallsBack(t *testing.T) {
	emptyCache(t)
	_, fellBack, err := build(t, "import \"notstd/pkg\"\n\nfunc twice(n int) int { return pkg.Two * n }\n")
	var ce *driver.CompileError
	if !errors.As(err, &ce) || !strings.Contains(ce.Msg, "only the Go standard library is available") {
		t.Fatalf("error %v, want a compile error saying only the standard library is available", err)
	}
	if !strings.Contains(fellBack, "no importcfg") {
		t.Errorf("fell back because %q, want: no importcfg", fellBack)
	}
	if _, fellBack := mustBuild(t, double); fellBack != "" {
		t.Errorf("the next build fell back: %s", fellBack)
	}
}
