package command

import (
	"context"
	"errors"
	"maps"
	"strings"
	"sync"
	"testing"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/verify"
)

// TestVerifyChecksUnsteadyLaddersAgainAlone: a package whose only finding
// is a ladder class is checked once more after the others, and passes or
// fails on that second check, whose line says what the first one read; a
// package with any other finding fails at once.
func TestVerifyChecksUnsteadyLaddersAgainAlone(t *testing.T) {
	ps := []*problem.Problem{{Slug: "steady"}, {Slug: "noisy"}, {Slug: "slow"}, {Slug: "broken"}}
	const noise = "ladder: solution.go measures O(n^2), want O(n) or O(n log n)"
	var mu sync.Mutex
	calls := map[string]int{}
	var order []string
	check := func(p *problem.Problem) *verify.Result {
		mu.Lock()
		calls[p.Slug]++
		n := calls[p.Slug]
		order = append(order, p.Slug)
		mu.Unlock()
		r := &verify.Result{Slug: p.Slug}
		switch {
		case p.Slug == "noisy" && n == 1, p.Slug == "slow":
			r.Findings, r.Unsteady = []string{noise}, true
		case p.Slug == "broken":
			r.Findings = []string{"solution.go: the reference gets wrong_answer"}
		}
		return r
	}
	var out strings.Builder
	err := verifyEach(context.Background(), &out, ps, 2, check)
	var ee *exitError
	if !errors.As(err, &ee) || !strings.Contains(err.Error(), "2 problems fail") {
		t.Fatalf("verifyEach = %v, want 2 problems failing (slow, broken)", err)
	}
	if want := map[string]int{"steady": 1, "noisy": 2, "slow": 2, "broken": 1}; !maps.Equal(calls, want) {
		t.Errorf("checks per package = %v, want %v", calls, want)
	}
	// The second checks come after every first check.
	if last := order[len(order)-2:]; !(strings.Join(last, ",") == "noisy,slow" || strings.Join(last, ",") == "slow,noisy") {
		t.Errorf("order of checks = %v, want noisy and slow checked again last", order)
	}
	text := out.String()
	for _, want := range []string{"ok   noisy", "FAIL slow", "FAIL broken", "ok   steady", "checked again alone", "2 of 4 problems pass"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if strings.Count(text, "checked again alone") != 2 {
		t.Errorf("want the two packages checked again to say so:\n%s", text)
	}
	// The first reading of noisy is shown with its second, passing line.
	noisy := text[strings.Index(text, "ok   noisy"):]
	if i := strings.Index(noisy[1:], "\nok  "); i >= 0 {
		noisy = noisy[:i+1]
	}
	if !strings.Contains(noisy, noise) {
		t.Errorf("noisy's passing line does not show the first reading %q:\n%s", noise, noisy)
	}
}
