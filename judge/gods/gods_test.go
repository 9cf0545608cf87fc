package gods

import (
	"go/parser"
	"go/token"
	"path"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSource checks the embedded module is whole: its licence, its
// go.mod, no tests or examples, and every file's package clause names its
// folder, as Packages and ByName assume.
func TestSource(t *testing.T) {
	files, hash := Source()
	for _, name := range []string{"LICENSE", "go.mod", "trees/redblacktree/redblacktree.go", "utils/comparator.go"} {
		if len(files[name]) == 0 {
			t.Errorf("the module lacks %s", name)
		}
	}
	if !strings.Contains(string(files["LICENSE"]), "Copyright (c) 2015, Emir Pasic") {
		t.Errorf("LICENSE is not the library's")
	}
	if len(hash) != 16 {
		t.Errorf("hash %q", hash)
	}
	fset := token.NewFileSet()
	for name, b := range files {
		if !strings.HasSuffix(name, ".go") {
			continue
		}
		if strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, "examples/") {
			t.Errorf("%s: tests and examples are not carried", name)
		}
		f, err := parser.ParseFile(fset, name, b, parser.PackageClauseOnly)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := f.Name.Name, path.Base(path.Dir(name)); got != want {
			t.Errorf("%s: package %s, in folder %s", name, got, want)
		}
	}
}

func TestPackages(t *testing.T) {
	pkgs := Packages()
	if len(pkgs) != 29 {
		t.Errorf("%d packages, want the library's 29: %v", len(pkgs), pkgs)
	}
	names := map[string]string{}
	for _, p := range pkgs {
		name := path.Base(p)
		if other, ok := names[name]; ok {
			t.Errorf("%s and %s are both package %s", p, other, name)
		}
		names[name] = p
	}
	var got []string
	for _, p := range []string{Module + "/trees/redblacktree", Module + "/utils", Module, Module + "/v2/utils", "container/heap", Module + "/examples/customcomparator"} {
		if Has(p) {
			got = append(got, p)
		}
	}
	if diff := cmp.Diff([]string{Module + "/trees/redblacktree", Module + "/utils"}, got); diff != "" {
		t.Errorf("Has (-want +got):\n%s", diff)
	}
	if !Uses([]string{"fmt", Module + "/maps/treemap"}) || Uses([]string{"fmt", "sort"}) || Uses(nil) {
		t.Error("Uses: wrong")
	}
}

func TestByName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"redblacktree", Module + "/trees/redblacktree"},
		{"treemap", Module + "/maps/treemap"},
		{"treeset", Module + "/sets/treeset"},
		{"priorityqueue", Module + "/queues/priorityqueue"},
		{"arraystack", Module + "/stacks/arraystack"},
		{"utils", Module + "/utils"},
		{"maps", Module + "/maps"}, // the caller gives the standard library's first
		{"heap", ""},
		{"gods", ""},
	} {
		got, ok := ByName(tc.name)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("ByName(%q) = %q, %v; want %q", tc.name, got, ok, tc.want)
		}
	}
}
