// Package problems is the embedded problem bank: one folder per problem,
// named by its LeetCode slug, in the format problems/README.md describes.
package problems

import (
	"embed"
	"io/fs"

	"github.com/judgehq/judge/judge/problem"
)

//go:embed */problem.json */statement.md */stub.go */solution.go */tests.json */gen.go */mutants/*.go */writeup.md */brute.go */checker.go */api.go
var bank embed.FS

//go:embed plans.json
var plans []byte

// Plans are the practice plans: the roadmap, the company's questions, the
// design questions and the bank topic by topic (see problem.Plan).
func Plans() ([]problem.Plan, error) { return problem.ParsePlans(plans) }

// FS is the bank as a file system: a folder per problem at its root.
func FS() fs.FS { return bank }

// Load loads every problem of the bank.
func Load() ([]*problem.Problem, error) { return problem.LoadAll(bank, ".") }

// BySlug loads every problem of the bank, keyed by slug.
func BySlug() (map[string]*problem.Problem, error) {
	ps, err := Load()
	if err != nil {
		return nil, err
	}
	m := make(map[string]*problem.Problem, len(ps))
	for _, p := range ps {
		m[p.Slug] = p
	}
	return m, nil
}
