package support

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// decodeEncode runs a decoder and the matching encoder, as the driver does
// for an input that is also the output (in-place problems, round trips).
func mustJSON(t *testing.T, v any) string {
	t.Helper()
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
			out, err := _jEncTree(_jDecTree(json.RawMessage(tc.in)))
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
	in := _jDecTree(json.RawMessage(`[1,2,3]`))
	nodes := _jTreeNodes(in)
	if _, err := _jEncTreeAvoiding(&TreeNode{Val: 9, Left: in.Left}, nodes); err == nil {
		t.Error("a tree reusing an input node was accepted")
	}
	if _, err := _jEncMember(&TreeNode{Val: 2}, nodes); err == nil {
		t.Error("a copy of a node was accepted as the tree's own node")
	}
	if v, err := _jEncMember(in.Right, nodes); err != nil || v != 3 {
		t.Errorf("member = %v, %v; want 3, nil", v, err)
	}
}

func TestNodeOf(t *testing.T) {
	root := _jDecTree(json.RawMessage(`[3,5,1,6,2,0,8]`))
	if n := _jNodeOf(root, json.RawMessage(`2`)); n != root.Left.Right {
		t.Errorf("node of 2 = %p, want the tree's own node %p", n, root.Left.Right)
	}
	defer func() {
		if _, ok := recover().(_jBadInput); !ok {
			t.Error("a value not in the tree did not panic with _jBadInput")
		}
	}()
	_jNodeOf(root, json.RawMessage(`42`))
}

func TestListCycle(t *testing.T) {
	head := _jDecListCycle(json.RawMessage(`[3,2,0,-4]`), json.RawMessage(`1`))
	if head.Next.Next.Next.Next != head.Next {
		t.Fatal("the tail does not link back to index 1")
	}
	if _, err := _jEncList(head); err == nil {
		t.Error("encoding a cyclic list did not fail")
	}
	if head := _jDecListCycle(json.RawMessage(`[1,2]`), json.RawMessage(`-1`)); head.Next.Next != nil {
		t.Error("pos -1 made a cycle")
	}
	lists, err := _jEncLists(_jDecLists(json.RawMessage(`[[1,4,5],[],[2]]`)))
	if err != nil || mustJSON(t, lists) != `[[1,4,5],[],[2]]` {
		t.Errorf("lists round trip = %s, %v", mustJSON(t, lists), err)
	}
}

func TestGraph(t *testing.T) {
	in := json.RawMessage(`[[2,4],[1,3],[2,4],[1,3]]`)
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
	if out, err := _jEncGraph(_jDecGraph(json.RawMessage(`[]`))); err != nil || mustJSON(t, out) != `[]` {
		t.Errorf("empty graph = %s, %v", mustJSON(t, out), err)
	}
}

func TestBytes(t *testing.T) {
	g := _jDecBytesList(json.RawMessage(`[["1","0"],["0","1"]]`))
	if g[0][0] != '1' || g[1][0] != '0' {
		t.Fatalf("grid = %q", g)
	}
	out, _ := _jEncBytesList(g)
	if got := mustJSON(t, out); got != `[["1","0"],["0","1"]]` {
		t.Errorf("grid round trip = %s", got)
	}
	defer func() {
		if _, ok := recover().(_jBadInput); !ok {
			t.Error("a two-character byte did not panic with _jBadInput")
		}
	}()
	_jDecBytes(json.RawMessage(`["ab"]`))
}

// decodes reports whether dec accepts raw, turning _jBadInput panics into
// false and letting any other panic through.
func decodes(dec func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(_jBadInput); !bad {
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
		if !decodes(func() { root = _jDecTree(json.RawMessage(s)) }) {
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
		posJSON := json.RawMessage(mustJSON(t, pos))
		if !decodes(func() { head = _jDecListCycle(json.RawMessage(s), posJSON) }) {
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
		if !decodes(func() { g = _jDecGraph(json.RawMessage(s)) }) {
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

func TestScalars(t *testing.T) {
	if b := _jDecByte(json.RawMessage(`"x"`)); b != 'x' {
		t.Errorf("byte = %q", b)
	}
	if v, _ := _jEncByte('x'); v != "x" {
		t.Errorf("encoded byte = %v", v)
	}
	if v, _ := _jSame(42); v != 42 {
		t.Errorf("same = %v", v)
	}
	out, err := _jEncList(_jDecList(json.RawMessage(`[1,2,3]`)))
	if err != nil || mustJSON(t, out) != `[1,2,3]` {
		t.Errorf("list round trip = %v, %v", out, err)
	}
	if out, _ := _jEncList(_jDecList(json.RawMessage(`[]`))); mustJSON(t, out) != `[]` {
		t.Errorf("empty list = %s", mustJSON(t, out))
	}
}
