package problems

import (
	"testing"

	"github.com/judgehq/judge/judge/problem"
)

// TestBankLoads checks every embedded package loads and carries only known
// topics; `judge verify` checks the rest.
func TestBankLoads(t *testing.T) {
	ps, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) == 0 {
		t.Fatal("the bank is empty")
	}
	for _, p := range ps {
		if len(p.Mutants) < 2 {
			t.Errorf("%s: %d mutants, want at least 2", p.Slug, len(p.Mutants))
		}
		for _, topic := range p.Topics {
			found := false
			for _, known := range problem.Topics {
				found = found || known == topic
			}
			if !found {
				t.Errorf("%s: unknown topic %q", p.Slug, topic)
			}
		}
	}
}
