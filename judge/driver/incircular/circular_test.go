package incircular

import (
	"strings"
	"testing"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func TestCircular(t *testing.T) {
	for _, in := range []string{`[3,4,1]`, `[1]`, `[]`} {
		out, err := _jEncCircular(_jDecCircular(_j.Raw(in)))
		if err != nil || string(out) != in {
			t.Errorf("%s came back as %s (%v)", in, out, err)
		}
	}
	n := _jDecCircular(_j.Raw(`[1,2,3]`))
	n.Next.Next.Next = nil
	if _, err := _jEncCircular(n); err == nil || !strings.Contains(err.Error(), "not circular") {
		t.Errorf("an open list passed: %v", err)
	}
	n = _jDecCircular(_j.Raw(`[1,2,3]`))
	n.Next.Next.Next = n.Next
	if _, err := _jEncCircular(n); err == nil || !strings.Contains(err.Error(), "loops back") {
		t.Errorf("a loop missing the start passed: %v", err)
	}
}
