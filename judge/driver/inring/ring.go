// Package inring is the driver's code for problems whose Node is a binary
// tree node turned, in place, into a sorted circular doubly linked list
// (convert-binary-search-tree-to-sorted-doubly-linked-list), compiled into
// package main like inmain's: the tree comes in level order; the answer
// is read from the returned head along Right (next), each step checked
// against Left (previous), around to the head again.
package inring

import (
	_errors "errors"
	_strconv "strconv"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func _jDecRingTree(raw _j.Raw) *Node {
	return _j.LevelOrder(_j.DecIntOrNulls(raw), func(v int, _ *Node) *Node { return &Node{Val: v} }, _jRingKids)
}

func _jRingKids(n *Node) (left, right **Node) { return &n.Left, &n.Right }

// _jRingNodes is the set of a tree's nodes, before it becomes a list.
func _jRingNodes(root *Node) map[*Node]bool { return _j.TreeNodes(root, _jRingKids) }

// _jEncRingWithin writes the list from head, which must be made of the
// tree's own nodes (of), all of them: the conversion is in place.
func _jEncRingWithin(head *Node, of map[*Node]bool) (_j.Raw, error) {
	out, err := _jEncRing(head)
	if err != nil {
		return nil, err
	}
	n, k := head, 0
	for ; n != nil; k++ {
		if !of[n] {
			return nil, _errors.New("the list's node " + _strconv.Itoa(k) + " (value " + _strconv.Itoa(n.Val) + ") is not a node of the tree: the conversion must be in place, relinking the tree's own nodes")
		}
		if n = n.Right; n == head {
			break
		}
	}
	held := 0
	if head != nil {
		held = k + 1
	}
	if held != len(of) {
		return nil, _errors.New("the list holds " + _strconv.Itoa(held) + " of the tree's " + _strconv.Itoa(len(of)) + " nodes")
	}
	return out, nil
}

// _jEncRing writes the circular doubly linked list from head: its values
// along Right, once around.
func _jEncRing(head *Node) (_j.Raw, error) {
	if head == nil {
		return _j.EncInts([]int{})
	}
	var vals []int
	seen := map[*Node]bool{}
	for n := head; ; {
		seen[n] = true
		vals = append(vals, n.Val)
		next := n.Right
		switch {
		case next == nil:
			return nil, _errors.New("the list does not close: node " + _strconv.Itoa(len(vals)-1) + " (value " + _strconv.Itoa(n.Val) + ") has no Right; the last node's Right must be the head")
		case next.Left != n:
			return nil, _errors.New("the node after value " + _strconv.Itoa(n.Val) + " (value " + _strconv.Itoa(next.Val) + ") does not point back to it through Left")
		case next == head:
			return _j.EncInts(vals)
		case seen[next]:
			return nil, _errors.New("the list loops back to node value " + _strconv.Itoa(next.Val) + " without returning to the head")
		}
		n = next
	}
}
