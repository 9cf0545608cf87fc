package inapi

import (
	"encoding/json"
	"reflect"
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

// FuzzNested: any input either decodes into a nested list that writes
// back as the same value, or is refused as bad input.
func FuzzNested(f *testing.F) {
	for _, s := range []string{`[]`, `[1,[4,[6]]]`, `[[],[[]]]`, `[1.5]`, `3`, `{}`, `[[1,1],2,[1,1]]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var l []*NestedInteger
		ok := func() (ok bool) {
			defer func() {
				if r := recover(); r != nil {
					if _, bad := r.(_j.BadInput); !bad {
						t.Fatalf("panicked with %v, not BadInput", r)
					}
					ok = false
				}
			}()
			l = _jDecNestedList(_j.Raw(s))
			return true
		}()
		if !ok {
			return
		}
		out, err := _jEncNestedList(l)
		if err != nil {
			t.Fatal(err)
		}
		var in, back any
		if json.Unmarshal([]byte(s), &in) != nil || json.Unmarshal(out, &back) != nil {
			t.Fatalf("%s decoded (written back as %s), but is not JSON", s, out)
		}
		if !reflect.DeepEqual(in, back) && !(s == "null" && string(out) == "[]") {
			t.Errorf("round trip of %s = %s", s, out)
		}
	})
}
