//go:build ignore

package main

// insert reads the ring's values from the given node, then tries putting
// x after each position in turn and keeps the first result whose values
// rise all the way round but for at most one drop; it returns a new ring
// of those values, starting where the given node does.
func insert(aNode *Node, x int) *Node {
	var vals []int
	if aNode != nil {
		for n := aNode; ; {
			vals = append(vals, n.Val)
			n = n.Next
			if n == aNode {
				break
			}
		}
	}
	best := []int{x}
	for i := range vals {
		try := append(append(append([]int{}, vals[:i+1]...), x), vals[i+1:]...)
		drops := 0
		for k := range try {
			if try[k] > try[(k+1)%len(try)] {
				drops++
			}
		}
		if drops <= 1 {
			best = try
			break
		}
	}
	nodes := make([]*Node, len(best))
	for i, v := range best {
		nodes[i] = &Node{Val: v}
	}
	for i, n := range nodes {
		n.Next = nodes[(i+1)%len(nodes)]
	}
	return nodes[0]
}
