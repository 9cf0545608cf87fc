package inrandom

import (
	"encoding/json"
	"strings"
	"testing"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func TestRandomListRoundTrip(t *testing.T) {
	for _, in := range []string{`[]`, `[[1,null]]`, `[[7,null],[13,0],[11,4],[10,2],[1,0]]`, `[[3,null],[3,0],[3,null]]`, `[[1,1],[2,1]]`} {
		out, err := _jEncRandomList(_jDecRandomList(_j.Raw(in)))
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if string(out) != in {
			t.Errorf("%s came back as %s", in, out)
		}
	}
}

// copyList is a right deep copy.
func copyList(head *Node) *Node {
	m := map[*Node]*Node{}
	for n := head; n != nil; n = n.Next {
		m[n] = &Node{Val: n.Val}
	}
	for n := head; n != nil; n = n.Next {
		m[n].Next, m[n].Random = m[n.Next], m[n.Random]
	}
	return m[head]
}

func TestRandomListCopyJudged(t *testing.T) {
	in := _jDecRandomList(_j.Raw(`[[7,null],[13,0],[11,4],[10,2],[1,0]]`))
	avoid := _jRandomNodes(in)
	if _, err := _jEncRandomListAvoiding(copyList(in), avoid); err != nil {
		t.Errorf("a deep copy was refused: %v", err)
	}
	for name, tc := range map[string]struct {
		head *Node
		want string
	}{
		"the input itself": {in, "reuses node 0"},
		"random pointers into the input": {func() *Node {
			c := copyList(in)
			c.Next.Random = in
			return c
		}(), "points into the input"},
		"a cycle": {func() *Node {
			c := copyList(in)
			c.Next.Next.Next.Next.Next = c
			return c
		}(), "cycle"},
	} {
		_, err := _jEncRandomListAvoiding(tc.head, avoid)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error saying %q", name, err, tc.want)
		}
	}
}

func TestRandomListBadInput(t *testing.T) {
	for _, in := range []string{`[[1,5]]`, `[[1]]`, `[[1,-1]]`} {
		func() {
			defer func() {
				if _, ok := recover().(_j.BadInput); !ok {
					t.Errorf("%s decoded without a BadInput panic", in)
				}
			}()
			_jDecRandomList(_j.Raw(in))
		}()
	}
}

// decodes runs decode and reports whether it finished, failing the test
// on a panic other than BadInput.
func decodes(t *testing.T, decode func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(_j.BadInput); !bad {
				t.Fatalf("panicked with %v, not BadInput", r)
			}
			ok = false
		}
	}()
	decode()
	return true
}

// FuzzRandomList: any input either decodes into a list that writes back
// as the same pairs, or is refused as bad input.
func FuzzRandomList(f *testing.F) {
	for _, s := range []string{`[]`, `[[1,null]]`, `[[7,null],[13,0],[11,4],[10,2],[1,0]]`, `[[1,5]]`, `[[1]]`, `{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var head *Node
		if !decodes(t, func() { head = _jDecRandomList(_j.Raw(s)) }) {
			return
		}
		var pairs [][]*int
		if json.Unmarshal([]byte(s), &pairs) != nil {
			t.Fatalf("%s decoded, but is not a list of pairs", s)
		}
		out, err := _jEncRandomList(head)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(append([][]*int{}, pairs...))
		if string(out) != string(want) {
			t.Errorf("round trip of %s = %s, want %s", s, out, want)
		}
	})
}
