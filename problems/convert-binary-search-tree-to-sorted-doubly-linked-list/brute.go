//go:build ignore

package main

import "sort"

// treeToDoublyList gathers every node breadth-first, sorts the nodes by
// value, and links neighbours in that order, the last back to the first.
func treeToDoublyList(root *Node) *Node {
	if root == nil {
		return nil
	}
	nodes := []*Node{root}
	for i := 0; i < len(nodes); i++ {
		for _, c := range []*Node{nodes[i].Left, nodes[i].Right} {
			if c != nil {
				nodes = append(nodes, c)
			}
		}
	}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].Val < nodes[j].Val })
	for i, n := range nodes {
		n.Right = nodes[(i+1)%len(nodes)]
		n.Left = nodes[(i+len(nodes)-1)%len(nodes)]
	}
	return nodes[0]
}
