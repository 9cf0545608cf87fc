//go:build ignore

package main

// copyRandomList lists the original nodes in order and makes a copy of
// each; for every Random it finds the target's position by scanning the
// list of originals from the start, and points at the copy in that
// position. Quadratic, and plainly right.
func copyRandomList(head *Node) *Node {
	var orig []*Node
	for n := head; n != nil; n = n.Next {
		orig = append(orig, n)
	}
	copies := make([]*Node, len(orig))
	for i, n := range orig {
		copies[i] = &Node{Val: n.Val}
	}
	for i := range orig {
		if i+1 < len(copies) {
			copies[i].Next = copies[i+1]
		}
		if orig[i].Random == nil {
			continue
		}
		for j := range orig {
			if orig[j] == orig[i].Random {
				copies[i].Random = copies[j]
				break
			}
		}
	}
	if len(copies) == 0 {
		return nil
	}
	return copies[0]
}
