//go:build ignore

package main

// Mutant: a breadth-first search gets rows right but leaves nodes on the
// same spot in left-to-right order instead of sorting them by value.
// (No time-limit mutant: 1000 nodes leave no slower approach to catch.)
// verdict: wrong_answer
func verticalTraversal(root *TreeNode) [][]int {
	type item struct {
		node *TreeNode
		col  int
	}
	cols := map[int][]int{}
	lo, hi := 0, 0
	queue := []item{{root, 0}}
	for i := 0; i < len(queue); i++ {
		it := queue[i]
		cols[it.col] = append(cols[it.col], it.node.Val)
		lo, hi = min(lo, it.col), max(hi, it.col)
		if it.node.Left != nil {
			queue = append(queue, item{it.node.Left, it.col - 1})
		}
		if it.node.Right != nil {
			queue = append(queue, item{it.node.Right, it.col + 1})
		}
	}
	var out [][]int
	for c := lo; c <= hi; c++ {
		out = append(out, cols[c])
	}
	return out
}
