// Package incircular is the driver's code for problems whose Node is the
// node of a circular singly linked list (insert-into-a-sorted-circular-
// linked-list), compiled into package main like inmain's: a list's JSON
// is its values from the given node around the ring.
package incircular

import (
	_errors "errors"
	_strconv "strconv"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func _jDecCircular(raw _j.Raw) *Node {
	vals := _j.DecInts(raw)
	if len(vals) == 0 {
		return nil
	}
	nodes := make([]*Node, len(vals))
	for i, v := range vals {
		nodes[i] = &Node{Val: v}
	}
	for i, n := range nodes {
		n.Next = nodes[(i+1)%len(nodes)]
	}
	return nodes[0]
}

// _jEncCircular writes the ring from start: its values along Next, once
// around.
func _jEncCircular(start *Node) (_j.Raw, error) {
	if start == nil {
		return _j.EncInts([]int{})
	}
	var vals []int
	seen := map[*Node]bool{}
	for n := start; ; n = n.Next {
		seen[n] = true
		vals = append(vals, n.Val)
		switch {
		case n.Next == nil:
			return nil, _errors.New("the list is not circular: node " + _strconv.Itoa(len(vals)-1) + " (value " + _strconv.Itoa(n.Val) + ") has no Next")
		case n.Next == start:
			return _j.EncInts(vals)
		case seen[n.Next]:
			return nil, _errors.New("the list loops back to value " + _strconv.Itoa(n.Next.Val) + " without returning to the node returned")
		}
	}
}
