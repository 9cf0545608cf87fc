package command

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/judgehq/judge/judge/problem"
	"github.com/urfave/cli/v2"
)

var newCommand = &cli.Command{
	Name:      "new",
	Usage:     "scaffold a problem package to fill in",
	UsageText: "judge new [--dir DIR] SLUG",
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "dir", Value: ".", Usage: "create the package under `DIR`"},
	},
	Action: func(c *cli.Context) error {
		if c.NArg() != 1 {
			return usageError("new takes one slug, e.g. `judge new two-sum`")
		}
		return New(c.App.Writer, c.String("dir"), c.Args().First())
	},
}

// New writes a package skeleton for slug under dir: it loads, and
// `judge verify` lists what is left to write.
func New(w io.Writer, dir, slug string) error {
	if !problem.IsSlug(slug) {
		return usageError("%q is not a slug: use lower-case words joined by '-', e.g. two-sum", slug)
	}
	root := filepath.Join(dir, slug)
	if _, err := os.Stat(root); err == nil {
		return usageError("%s already exists", root)
	}
	files := map[string]string{
		"problem.json": `{
  "title": "TODO Title",
  "difficulty": "easy",
  "topics": ["array"],
  "function": {
    "name": "solve",
    "params": [{"name": "nums", "type": "[]int"}],
    "returns": "int"
  },
  "compare": "exact",
  "complexity": {"time": "O(n)", "space": "O(1)"},
  "hints": ["TODO a gentle nudge, as an interviewer gives it.", "TODO the key idea, still without code."],
  "followups": ["TODO a question of the close: what if the input does not fit in memory?", "TODO another: a variant or a trade-off."],
  "ladder": {"n": "the length of nums", "min": 1024, "max": 1048576}
}
`,
		"writeup.md":            "# TODO Title: write-up\n\n## Approach\n\nTODO the key idea and why it is correct.\n\n## Complexity\n\nTODO time and space, with their reasons.\n\n## Pitfalls\n\n- TODO one line per mutant: the bug it encodes.\n",
		"statement.md":          "# TODO Title\n\nDescribe the problem in your own words.\n\n## Examples\n\n```\nInput: nums = [1,2,3]\nOutput: 6\n```\n\n## Constraints\n\n- `1 <= nums.length <= 10^5`\n",
		"stub.go":               "//go:build ignore\n\npackage main\n\nfunc solve(nums []int) int {\n\treturn 0\n}\n",
		"solution.go":           "//go:build ignore\n\npackage main\n\n// solve adds the numbers up.\nfunc solve(nums []int) int {\n\ts := 0\n\tfor _, v := range nums {\n\t\ts += v\n\t}\n\treturn s\n}\n",
		"tests.json":            "[\n  {\"name\": \"example-1\", \"sample\": true, \"input\": {\"nums\": [1, 2, 3]}, \"output\": 6}\n]\n",
		"gen.go":                "//go:build ignore\n\npackage main\n\nimport \"math/rand/v2\"\n\nfunc generate() []GenCase {\n\tr := rand.New(rand.NewPCG(1, 2))\n\tnums := make([]int, 100000)\n\tfor i := range nums {\n\t\tnums[i] = r.IntN(2001) - 1000\n\t}\n\treturn []GenCase{{Name: \"large-random\", Input: map[string]any{\"nums\": nums}}}\n}\n\n// sized is the worst-case input of size n, for measuring complexity.\nfunc sized(n int) map[string]any {\n\tr := rand.New(rand.NewPCG(uint64(n), 2))\n\tnums := make([]int, n)\n\tfor i := range nums {\n\t\tnums[i] = r.IntN(2001) - 1000\n\t}\n\treturn map[string]any{\"nums\": nums}\n}\n",
		"mutants/off-by-one.go": "//go:build ignore\n\npackage main\n\n// Mutant: skips the last element.\nfunc solve(nums []int) int {\n\ts := 0\n\tfor i := 0; i < len(nums)-1; i++ {\n\t\ts += nums[i]\n\t}\n\treturn s\n}\n",
	}
	for name, content := range files {
		path := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "created %s\nnext: edit its files (problems/README.md explains each), then run\n  judge verify %s\n", root, root)
	return nil
}
