package inmain

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"testing"
)

// genDecode turns a generator's tree into TreeNodes the way the judged
// program decodes a test's input.
func genDecode(t *testing.T, tr *genTree) *TreeNode {
	t.Helper()
	b, err := json.Marshal(tr.genLevelOrder())
	if err != nil {
		t.Fatal(err)
	}
	return _jDecTree(b)
}

// genCheck checks that tr is a well-formed tree of n nodes: every node has
// one parent but the root, which has none, and every node is reached from it.
func genCheck(t *testing.T, tr *genTree, n int) {
	t.Helper()
	if len(tr.val) != n || len(tr.left) != n || len(tr.right) != n {
		t.Fatalf("arrays of %d, %d, %d nodes, want %d", len(tr.val), len(tr.left), len(tr.right), n)
	}
	parents := make([]int, n)
	for i := range n {
		for _, c := range []int{tr.left[i], tr.right[i]} {
			if c == 0 || c >= n || c < -1 {
				t.Fatalf("node %d has child %d", i, c)
			}
			if c > 0 {
				parents[c]++
			}
		}
	}
	for i := 1; i < n; i++ {
		if parents[i] != 1 {
			t.Fatalf("node %d has %d parents", i, parents[i])
		}
	}
	if got := len(_jTreeNodes(genDecode(t, tr))); n > 0 && got != n {
		t.Fatalf("the tree decodes to %d nodes, want %d", got, n)
	}
}

func genInorderValues(root *TreeNode, out []int) []int {
	if root == nil {
		return out
	}
	out = genInorderValues(root.Left, out)
	out = append(out, root.Val)
	return genInorderValues(root.Right, out)
}

func genDepth(root *TreeNode) int {
	d := 0
	for level := []*TreeNode{root}; len(level) > 0 && level[0] != nil; d++ {
		var next []*TreeNode
		for _, n := range level {
			for _, c := range []*TreeNode{n.Left, n.Right} {
				if c != nil {
					next = append(next, c)
				}
			}
		}
		level = next
	}
	return d
}

func TestGenLevelOrder(t *testing.T) {
	number := func(tr *genTree) *genTree {
		for i := range tr.val {
			tr.val[i] = i + 1
		}
		return tr
	}
	for _, tc := range []struct {
		name string
		tree *genTree
		want string
	}{
		{"empty", genNewTree(0), `[]`},
		{"one node", number(genNewTree(1)), `[1]`},
		{"left chain", number(genChain(3, 0)), `[1,2,null,3]`},
		{"right chain", number(genChain(3, 1)), `[1,null,2,null,3]`},
		{"zigzag chain", number(genChain(4, 2)), `[1,2,null,null,3,4]`},
		{"complete", number(genComplete(6)), `[1,2,3,4,5,6]`},
		{"complete, last level half full", number(genComplete(5)), `[1,2,3,4,5]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.tree.genLevelOrder())
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.want {
				t.Errorf("level order = %s, want %s", b, tc.want)
			}
			// The judge's own encoder writes the decoded tree back the same.
			out, err := _jEncTree(_jDecTree(b))
			if err != nil {
				t.Fatal(err)
			}
			if got := mustJSON(t, out); got != tc.want {
				t.Errorf("round trip through the judge = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestGenShapes(t *testing.T) {
	const n = 1000
	for side := range 3 {
		tr := genChain(n, side)
		genCheck(t, tr, n)
		if d := genDepth(genDecode(t, tr)); d != n {
			t.Errorf("genChain(%d, %d) has depth %d, want %d", n, side, d, n)
		}
	}
	for _, m := range []int{0, 1, 2, 7, 8, n} {
		tr := genComplete(m)
		genCheck(t, tr, m)
		if d, want := genDepth(genDecode(t, tr)), bitsLen(m); d != want {
			t.Errorf("genComplete(%d) has depth %d, want %d", m, d, want)
		}
	}
	for _, k := range []int{1, 2, 10, n} {
		tr := genBroom(n, k)
		genCheck(t, tr, n)
		// The chain's k levels, then a complete tree of n-k+1 nodes.
		if d, want := genDepth(genDecode(t, tr)), k-1+bitsLen(n-k+1); d != want {
			t.Errorf("genBroom(%d, %d) has depth %d, want %d", n, k, d, want)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	a := genRandomShape(r, n)
	genCheck(t, a, n)
	if d := genDepth(genDecode(t, a)); d <= bitsLen(n) || d >= n {
		t.Errorf("genRandomShape(%d) has depth %d: not a random shape", n, d)
	}
	b := genRandomShape(rand.New(rand.NewPCG(1, 2)), n)
	if !slices.Equal(a.left, b.left) || !slices.Equal(a.right, b.right) {
		t.Error("genRandomShape made two shapes from the same seed")
	}
}

// bitsLen is the depth of a complete tree of n nodes.
func bitsLen(n int) int {
	d := 0
	for ; n > 0; n >>= 1 {
		d++
	}
	return d
}

func TestGenSearchTrees(t *testing.T) {
	const n = 1000
	r := rand.New(rand.NewPCG(3, 4))
	sorted := make([]int, n)
	for i := range sorted {
		sorted[i] = 3*i - 500
	}
	given := slices.Clone(sorted)
	for name, tr := range map[string]*genTree{
		"left chain":   genChain(n, 0).genInorder(sorted),
		"right chain":  genChain(n, 1).genInorder(sorted),
		"zigzag chain": genChain(n, 2).genInorder(sorted),
		"complete":     genComplete(n).genInorder(sorted),
		"random shape": genRandomShape(r, n).genInorder(sorted),
		"random BST":   genRandomBST(r, sorted),
		"empty":        genNewTree(0).genInorder(nil),
	} {
		m := len(tr.val)
		genCheck(t, tr, m)
		if got := genInorderValues(genDecode(t, tr), nil); !slices.Equal(got, sorted[:m]) {
			t.Errorf("%s: in-order values are not the sorted values given", name)
		}
	}
	// The zigzag's values close in from both ends.
	z := genChain(6, 2).genInorder([]int{1, 2, 3, 4, 5, 6})
	if want := []int{6, 1, 5, 2, 4, 3}; !slices.Equal(z.val, want) {
		t.Errorf("zigzag chain values = %v, want %v", z.val, want)
	}
	if !slices.Equal(sorted, given) {
		t.Error("the values given were changed")
	}
}

func TestGenRandomValues(t *testing.T) {
	tr := genNewTree(10_000).genRandomValues(rand.New(rand.NewPCG(5, 6)), -3, 3)
	seen := map[int]bool{}
	for _, v := range tr.val {
		if v < -3 || v > 3 {
			t.Fatalf("value %d outside [-3, 3]", v)
		}
		seen[v] = true
	}
	if len(seen) != 7 {
		t.Errorf("%d distinct values of the 7 in [-3, 3]", len(seen))
	}
}
