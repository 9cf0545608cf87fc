package build

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/judgehq/judge/judge/gods"
)

// The solutions below double n through github.com/emirpasic/gods, as
// LeetCode's Go environment offers it: without an import line, or with
// one.
const (
	withTree = "func twice(n int) int {\n\tt := redblacktree.NewWithIntComparator()\n\tt.Put(n, 2*n)\n\tv, _ := t.Get(n)\n\treturn v.(int)\n}\n"
	withMap  = "func twice(n int) int {\n\tm := treemap.NewWith(utils.IntComparator)\n\tm.Put(n, n)\n\tq := priorityqueue.NewWith(utils.IntComparator)\n\tq.Enqueue(n)\n" +
		"\ts := arraystack.New()\n\ts.Push(n)\n\tk, _ := m.Min()\n\tv, _ := q.Peek()\n\treturn k.(int) + v.(int) + 0*s.Size()\n}\n"
	withImport = "import rbt \"github.com/emirpasic/gods/trees/redblacktree\"\n\n" +
		"func twice(n int) int {\n\tt := rbt.NewWithIntComparator()\n\tt.Put(2*n, n)\n\treturn t.Left().Key.(int)\n}\n"
)

// godsPackage is the package of the library the tests spoil.
const godsPackage = gods.Module + "/trees/redblacktree"

// TestGods checks the library is compiled on its first use, whole, and
// serves every later build directly, with or without import lines; and
// that a program that does not use it is built as before.
func TestGods(t *testing.T) {
	emptyCache(t)
	if _, fellBack := mustBuild(t, double); fellBack != "" {
		t.Fatalf("the first build fell back: %s", fellBack)
	}
	if c := loadImportcfg(); slices.ContainsFunc(slices.Collect(maps.Keys(c.Packages)), gods.Has) {
		t.Errorf("a program that does not use the library compiled it")
	}
	bin, fellBack := mustBuild(t, withTree)
	if want := "the importcfg lacks " + godsPackage; fellBack != want {
		t.Errorf("the library's first use fell back because %q, want %q", fellBack, want)
	}
	checkTwice(t, bin)
	c := loadImportcfg()
	for _, p := range gods.Packages() {
		if _, ok := c.Packages[p]; !ok {
			t.Errorf("after the library's first use, the importcfg lacks %s", p)
		}
	}
	for _, code := range []string{withTree + "// again\n", withMap, withImport, double + "// again\n"} {
		bin, fellBack := mustBuild(t, code)
		if fellBack != "" {
			t.Errorf("fell back: %s\n%s", fellBack, code)
		}
		checkTwice(t, bin)
	}
}

// TestGodsFirstBuild: a first build of all that uses the library makes
// the cache with it and is served directly.
func TestGodsFirstBuild(t *testing.T) {
	emptyCache(t)
	bin, fellBack := mustBuild(t, withMap)
	if fellBack != "" {
		t.Errorf("fell back: %s", fellBack)
	}
	checkTwice(t, bin)
}

// TestGodsFallback checks go build serves when the library's export files
// are gone from Go's build cache (trimmed), for a program that uses the
// library and for one that does not, and that the cache is made anew,
// the library in it, for the next build.
func TestGodsFallback(t *testing.T) {
	for name, code := range map[string]string{"uses the library": withTree, "does not": double} {
		t.Run(name, func(t *testing.T) {
			emptyCache(t)
			mustBuild(t, withImport)
			c := loadImportcfg()
			c.Packages[godsPackage] = "/nonexistent/go-build/redblacktree-d"
			if err := c.save(); err != nil {
				t.Fatal(err)
			}
			bin, fellBack := mustBuild(t, code)
			if want := "the export file of " + godsPackage + " is gone from the build cache"; fellBack != want {
				t.Errorf("fell back because %q, want %q", fellBack, want)
			}
			checkTwice(t, bin)
			bin, fellBack = mustBuild(t, withMap)
			if fellBack != "" {
				t.Errorf("the build after the fallback fell back too: %s", fellBack)
			}
			checkTwice(t, bin)
		})
	}
}

// TestGodsChanged: a judge that carries another copy of the library (a
// new version of the judge) does not trust export files compiled from the
// old one; a cache that never held the library does not care.
func TestGodsChanged(t *testing.T) {
	emptyCache(t)
	mustBuild(t, double)
	if c := loadImportcfg(); c.Gods != "" {
		t.Errorf("a cache without the library is keyed by its hash %q", c.Gods)
	}
	mustBuild(t, withTree)
	c := loadImportcfg()
	if _, hash := gods.Source(); c.Gods != hash {
		t.Errorf("the cache holding the library is keyed by %q, want its hash %q", c.Gods, hash)
	}
	c.Gods = "0000"
	if err := c.save(); err != nil {
		t.Fatal(err)
	}
	bin, fellBack := mustBuild(t, double)
	if want := "the importcfg was made for another copy of " + gods.Module; fellBack != want {
		t.Errorf("fell back because %q, want %q", fellBack, want)
	}
	checkTwice(t, bin)
	if bin, fellBack = mustBuild(t, withMap); fellBack != "" {
		t.Errorf("the build after the fallback fell back too: %s", fellBack)
	}
	checkTwice(t, bin)
}

// checkTwice runs a build of twice on 21.
func checkTwice(t *testing.T, bin string) {
	t.Helper()
	lines := runDriver(t, bin, `[{"n": 21}]`)
	if len(lines) != 3 || !strings.HasPrefix(lines[1], `{"e":0,"out":42,`) {
		t.Errorf("the program wrote %q, want 42", lines)
	}
}

// TestGodsModule checks the module written for go build is the library
// as embedded, its go.mod included, with go.mod's require and replace
// only when the program uses it.
func TestGodsModule(t *testing.T) {
	tc := toolchain{"GOVERSION": "go1.26.0"}
	for _, withGods := range []bool{false, true} {
		dir := t.TempDir()
		if err := writeModule(dir, tc, withGods); err != nil {
			t.Fatal(err)
		}
		mod, err := os.ReadFile(dir + "/go.mod")
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(mod), "require "+gods.Module+" "+gods.Version); got != withGods {
			t.Errorf("withGods %v: go.mod is\n%s", withGods, mod)
		}
		files, _ := gods.Source()
		for _, name := range []string{"go.mod", "LICENSE", "trees/redblacktree/redblacktree.go"} {
			b, err := os.ReadFile(dir + "/" + godsDir + "/" + name)
			if withGods && (err != nil || string(b) != string(files[name])) {
				t.Errorf("the module's %s: %v", name, err)
			}
			if !withGods && err == nil {
				t.Errorf("withGods false, but the module's %s was written", name)
			}
		}
	}
}
