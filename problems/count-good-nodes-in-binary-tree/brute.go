//go:build ignore

package main

// goodNodes records every node's parent with a breadth-first walk, then, for
// each node separately, climbs to the root looking for a larger value.
func goodNodes(root *TreeNode) int {
	parent := map[*TreeNode]*TreeNode{root: nil}
	queue := []*TreeNode{root}
	for i := 0; i < len(queue); i++ {
		for _, c := range []*TreeNode{queue[i].Left, queue[i].Right} {
			if c != nil {
				parent[c] = queue[i]
				queue = append(queue, c)
			}
		}
	}
	good := 0
	for _, n := range queue {
		ok := true
		for a := parent[n]; a != nil; a = parent[a] {
			if a.Val > n.Val {
				ok = false
			}
		}
		if ok {
			good++
		}
	}
	return good
}
