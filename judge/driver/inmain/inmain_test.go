package inmain

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	_j "github.com/judgehq/judge/judge/driver/support"
)

// mustJSON is v's JSON: a Raw as it is, anything else marshalled.
func mustJSON(t *testing.T, v any) string {
	t.Helper()
	if raw, ok := v.(_j.Raw); ok {
		return string(raw)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestTreeRoundTrip(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`[]`, `[]`},
		{`[1]`, `[1]`},
		{`[3,9,20,null,null,15,7]`, `[3,9,20,null,null,15,7]`},
		{`[1,null,2,null,3]`, `[1,null,2,null,3]`},
		{`[1,2,null,null,null]`, `[1,2]`}, // trailing nulls dropped
		{`[-2147483648,2147483647]`, `[-2147483648,2147483647]`},
		{`[5,4,8,11,null,13,4,7,2,null,null,null,1]`, `[5,4,8,11,null,13,4,7,2,null,null,null,1]`},
	} {
		t.Run(tc.in, func(t *testing.T) {
			out, err := _jEncTree(_jDecTree(_j.Raw(tc.in)))
			if err != nil {
				t.Fatal(err)
			}
			if got := mustJSON(t, out); got != tc.want {
				t.Errorf("round trip of %s = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestTreeRejects(t *testing.T) {
	shared := &TreeNode{Val: 2}
	cyclic := &TreeNode{Val: 1}
	cyclic.Left = cyclic
	for name, root := range map[string]*TreeNode{
		"shared subtree": {Val: 1, Left: shared, Right: shared},
		"cycle":          cyclic,
	} {
		if _, err := _jEncTree(root); err == nil || !strings.Contains(err.Error(), "twice") {
			t.Errorf("%s: error = %v, want one saying a node is reached twice", name, err)
		}
	}
	in := _jDecTree(_j.Raw(`[1,2,3]`))
	nodes := _jTreeNodes(in)
	if _, err := _jEncTreeAvoiding(&TreeNode{Val: 9, Left: in.Left}, nodes); err == nil {
		t.Error("a tree reusing an input node was accepted")
	}
	if _, err := _jEncMember(&TreeNode{Val: 2}, nodes); err == nil {
		t.Error("a copy of a node was accepted as the tree's own node")
	}
	if v, err := _jEncMember(in.Right, nodes); err != nil || string(v) != "3" {
		t.Errorf("member = %v, %v; want 3, nil", v, err)
	}
}

func TestNodeOf(t *testing.T) {
	root := _jDecTree(_j.Raw(`[3,5,1,6,2,0,8]`))
	if n := _jNodeOf(root, _j.Raw(`2`)); n != root.Left.Right {
		t.Errorf("node of 2 = %p, want the tree's own node %p", n, root.Left.Right)
	}
	defer func() {
		if _, ok := recover().(_j.BadInput); !ok {
			t.Error("a value not in the tree did not panic with _j.BadInput")
		}
	}()
	_jNodeOf(root, _j.Raw(`42`))
}

func TestListCycle(t *testing.T) {
	head := _jDecListCycle(_j.Raw(`[3,2,0,-4]`), _j.Raw(`1`))
	if head.Next.Next.Next.Next != head.Next {
		t.Fatal("the tail does not link back to index 1")
	}
	if _, err := _jEncList(head); err == nil {
		t.Error("encoding a cyclic list did not fail")
	}
	if head := _jDecListCycle(_j.Raw(`[1,2]`), _j.Raw(`-1`)); head.Next.Next != nil {
		t.Error("pos -1 made a cycle")
	}
	lists, err := _jEncLists(_jDecLists(_j.Raw(`[[1,4,5],[],[2]]`)))
	if err != nil || mustJSON(t, lists) != `[[1,4,5],[],[2]]` {
		t.Errorf("lists round trip = %s, %v", mustJSON(t, lists), err)
	}
}

func TestGraph(t *testing.T) {
	in := _j.Raw(`[[2,4],[1,3],[2,4],[1,3]]`)
	g := _jDecGraph(in)
	out, err := _jEncGraph(g)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`[[2,4],[1,3],[2,4],[1,3]]`, mustJSON(t, out)); diff != "" {
		t.Errorf("graph round trip (-want +got):\n%s", diff)
	}
	if _, err := _jEncGraphAvoiding(g, _jGraphNodes(g)); err == nil {
		t.Error("returning the input graph itself was accepted as a clone")
	}
	if out, err := _jEncGraph(_jDecGraph(_j.Raw(`[]`))); err != nil || mustJSON(t, out) != `[]` {
		t.Errorf("empty graph = %s, %v", mustJSON(t, out), err)
	}
}

// decodes reports whether dec accepts raw, turning _j.BadInput panics into
// false and letting any other panic through.
func decodes(dec func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(_j.BadInput); !bad {
				panic(r)
			}
			ok = false
		}
	}()
	dec()
	return true
}

// FuzzTree checks that any level-order array either is rejected as bad
// input or round-trips to itself without its trailing nulls.
func FuzzTree(f *testing.F) {
	for _, s := range []string{`[]`, `[1,null,2]`, `[3,9,20,null,null,15,7]`, `[null]`, `[1,null,null,2]`, `{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var root *TreeNode
		if !decodes(func() { root = _jDecTree(_j.Raw(s)) }) {
			return
		}
		var vals []*int
		if json.Unmarshal([]byte(s), &vals) != nil {
			t.Fatalf("%s decoded, but is not a list of ints and nulls", s)
		}
		for len(vals) > 0 && vals[len(vals)-1] == nil {
			vals = vals[:len(vals)-1]
		}
		if len(vals) > 0 && vals[0] == nil {
			vals = nil // a null root is the empty tree
		}
		out, err := _jEncTree(root)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := mustJSON(t, out), mustJSON(t, append([]*int{}, vals...)); got != want {
			t.Errorf("round trip of %s = %s, want %s", s, got, want)
		}
	})
}

// FuzzList checks lists round-trip and any pos either builds a cycle the
// encoder refuses or is rejected as bad input.
func FuzzList(f *testing.F) {
	f.Add(`[1,2,3]`, 1)
	f.Add(`[]`, -1)
	f.Add(`[5]`, 0)
	f.Fuzz(func(t *testing.T, s string, pos int) {
		var head *ListNode
		posJSON := _j.Raw(mustJSON(t, pos))
		if !decodes(func() { head = _jDecListCycle(_j.Raw(s), posJSON) }) {
			return
		}
		_, err := _jEncList(head)
		if (pos >= 0) != (err != nil) {
			t.Errorf("list %s pos %d: encode error %v", s, pos, err)
		}
	})
}

// FuzzGraph checks adjacency lists either are rejected or round-trip when
// every node is reachable from node 1.
func FuzzGraph(f *testing.F) {
	f.Add(`[[2,4],[1,3],[2,4],[1,3]]`)
	f.Add(`[[]]`)
	f.Add(`[[2],[1],[4],[3]]`)
	f.Fuzz(func(t *testing.T, s string) {
		var g *Node
		if !decodes(func() { g = _jDecGraph(_j.Raw(s)) }) {
			return
		}
		var adj [][]int
		json.Unmarshal([]byte(s), &adj)
		if len(_jGraphNodes(g)) != len(adj) {
			// Part of the graph is unreachable from node 1: LeetCode's
			// graphs are connected, and values 1..k need not be reached.
			return
		}
		out, err := _jEncGraph(g)
		if err != nil {
			t.Fatal(err)
		}
		if mustJSON(t, out) != mustJSON(t, adj) {
			t.Errorf("round trip of %s = %s", s, mustJSON(t, out))
		}
	})
}

func TestListRoundTrip(t *testing.T) {
	out, err := _jEncList(_jDecList(_j.Raw(`[1,2,3]`)))
	if err != nil || mustJSON(t, out) != `[1,2,3]` {
		t.Errorf("list round trip = %s, %v", out, err)
	}
	if out, _ := _jEncList(_jDecList(_j.Raw(`[]`))); mustJSON(t, out) != `[]` {
		t.Errorf("empty list = %s", mustJSON(t, out))
	}
}
