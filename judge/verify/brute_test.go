package verify_test

import (
	"context"
	"encoding/json"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/verify"
	"github.com/judgehq/judge/problems"
)

const bruteTwoSum = `//go:build ignore

package main

// twoSum tries every pair.
func twoSum(nums []int, target int) []int {
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				return []int{i, j}
			}
		}
	}
	return nil
}
`

// TestBruteChecksExpectedOutputs: with brute.go, a hand-written expected
// output that the independent solution disagrees with is a finding naming
// the test; agreeing ones are not.
func TestBruteChecksExpectedOutputs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	fsys := fstest.MapFS{}
	for _, name := range []string{"problem.json", "statement.md", "stub.go", "solution.go", "tests.json", "gen.go", "writeup.md", "mutants/same-index.go", "mutants/sorted-indices.go"} {
		b, err := fs.ReadFile(problems.FS(), "two-sum/"+name)
		if err != nil {
			t.Fatal(err)
		}
		fsys["two-sum/"+name] = &fstest.MapFile{Data: b}
	}
	fsys["two-sum/brute.go"] = &fstest.MapFile{Data: []byte(bruteTwoSum)}
	var tests []map[string]any
	if err := json.Unmarshal(fsys["two-sum/tests.json"].Data, &tests); err != nil {
		t.Fatal(err)
	}
	wrong := tests[len(tests)-1]["name"].(string)
	tests[len(tests)-1]["output"] = []int{-1, -1}
	b, _ := json.Marshal(tests)
	fsys["two-sum/tests.json"] = &fstest.MapFile{Data: b}

	p, err := problem.Load(fsys, "two-sum")
	if err != nil {
		t.Fatal(err)
	}
	r := verify.Problem(context.Background(), &judge.Judge{CacheDir: t.TempDir()}, p, verify.Gate{})
	var brute []string
	for _, f := range r.Findings {
		if strings.Contains(f, "brute.go") {
			brute = append(brute, f)
		}
	}
	if len(brute) != 1 || !strings.Contains(brute[0], "test "+wrong+" expects [-1,-1], but brute.go answers") {
		t.Errorf("brute findings %q; want one naming test %s", brute, wrong)
	}
}
