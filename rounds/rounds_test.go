package rounds

import (
	"testing"

	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
)

// The bank's least size, as issue 14 asks.
const (
	minPrompts   = 20
	minQuestions = 30
)

// TestDesignBank runs `judge verify`'s checks on every embedded prompt.
func TestDesignBank(t *testing.T) {
	ps, err := Design()
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < minPrompts {
		t.Errorf("%d design prompts, want at least %d", len(ps), minPrompts)
	}
	for _, p := range ps {
		for _, f := range design.Check(p) {
			t.Errorf("%s: %s", p.Slug, f)
		}
	}
}

// TestBehavioralBank runs `judge verify`'s checks on the questions.
func TestBehavioralBank(t *testing.T) {
	qs, err := Questions()
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < minQuestions {
		t.Errorf("%d behavioral questions, want at least %d", len(qs), minQuestions)
	}
	for _, f := range behavioral.Check(qs, true) {
		t.Error(f)
	}
}
