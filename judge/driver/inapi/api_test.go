package inapi

import (
	"testing"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func TestNestedRoundTrip(t *testing.T) {
	for _, in := range []string{`[]`, `[1]`, `[[1,1],2,[1,1]]`, `[1,[4,[6]]]`, `[[],[[]]]`, `[-3,[0]]`} {
		out, err := _jEncNestedList(_jDecNestedList(_j.Raw(in)))
		if err != nil || string(out) != in {
			t.Errorf("%s came back as %s (%v)", in, out, err)
		}
	}
}

func TestNestedAPI(t *testing.T) {
	l := _jDecNestedList(_j.Raw(`[[1,1],2]`))
	if l[0].IsInteger() || len(l[0].GetList()) != 2 || !l[1].IsInteger() || l[1].GetInteger() != 2 {
		t.Errorf("the API reads the list wrong")
	}
	var n NestedInteger
	n.Add(*l[1])
	n.SetInteger(7)
	if !n.IsInteger() || n.GetInteger() != 7 || len(n.GetList()) != 0 {
		t.Errorf("SetInteger after Add: %+v", n)
	}
}

func TestIterator(t *testing.T) {
	it := _jDecIterator(_j.Raw(`[1,2,3]`))
	var got []int
	for it.hasNext() {
		got = append(got, it.next())
	}
	if len(got) != 3 || got[2] != 3 {
		t.Errorf("iterated %v", got)
	}
	if out, _ := _jEncIterator(it); string(out) != "[]" {
		t.Errorf("left %s", out)
	}
}
