package command

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/judgehq/judge/problems"
)

// TestBankLoadsLazily: a command that needs one problem parses one
// package, not the whole bank; listing them all still gives every one.
func TestBankLoadsLazily(t *testing.T) {
	b, err := LoadBank(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.bySlug) != 0 {
		t.Errorf("listing the bank loaded %d problems", len(b.bySlug))
	}
	p, err := b.Find("two-sum")
	if err != nil || p.Slug != "two-sum" {
		t.Fatalf("Find(two-sum) = %v, %v", p, err)
	}
	if len(b.bySlug) != 1 {
		t.Errorf("finding one problem loaded %d", len(b.bySlug))
	}
	if _, err := b.Find("two-summ"); err == nil {
		t.Error("Find of a slug not in the bank succeeded")
	}
	entries, err := fs.Glob(problems.FS(), "*/problem.json")
	if err != nil {
		t.Fatal(err)
	}
	var slugs []string
	for _, p := range b.All() {
		slugs = append(slugs, p.Slug)
	}
	if len(slugs) != len(entries) || !slices.IsSorted(slugs) {
		t.Errorf("All() gave %d problems (sorted: %v); the bank holds %d", len(slugs), slices.IsSorted(slugs), len(entries))
	}
}

// TestBankExtraReplacesEmbedded: a package of an extra folder with an
// embedded slug is the one found, and listed once.
func TestBankExtraReplacesEmbedded(t *testing.T) {
	dir := t.TempDir()
	src, err := fs.Sub(problems.FS(), "two-sum")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(dir, "two-sum"), src); err != nil {
		t.Fatal(err)
	}
	title := []byte(`"title": "Two Sum, my own"`)
	meta := filepath.Join(dir, "two-sum", "problem.json")
	b, err := os.ReadFile(meta)
	if err != nil {
		t.Fatal(err)
	}
	b = regexpTitle.ReplaceAll(b, title)
	if err := os.WriteFile(meta, b, 0o644); err != nil {
		t.Fatal(err)
	}
	bank, err := LoadBank([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	p, err := bank.Find("two-sum")
	if err != nil || p.Title != "Two Sum, my own" {
		t.Errorf("Find(two-sum) = %+v, %v; want the extra folder's", p, err)
	}
	n := 0
	for _, p := range bank.All() {
		if p.Slug == "two-sum" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("All() lists two-sum %d times", n)
	}
}

var regexpTitle = regexp.MustCompile(`"title": *"[^"]*"`)
