// Package inparent is the driver's code for problems whose Node is a
// binary tree node with a parent pointer (lowest-common-ancestor-of-a-
// binary-tree-iii), compiled into package main like inmain's: the tree
// comes in level order, and the nodes the function receives are found in
// it by value.
package inparent

import (
	_errors "errors"
	_strconv "strconv"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func _jDecParentTree(raw _j.Raw) *Node {
	return _j.LevelOrder(_j.DecIntOrNulls(raw), func(v int, parent *Node) *Node { return &Node{Val: v, Parent: parent} }, _jParentKids)
}

func _jParentKids(n *Node) (left, right **Node) { return &n.Left, &n.Right }

// _jParentNodes is the set of a tree's nodes.
func _jParentNodes(root *Node) map[*Node]bool { return _j.TreeNodes(root, _jParentKids) }

// _jParentNodeOf finds the node of root holding the value in raw.
func _jParentNodeOf(root *Node, raw _j.Raw) *Node {
	v := _j.DecIntOrNull(raw)
	if v == nil {
		return nil
	}
	for n := range _jParentNodes(root) {
		if n.Val == *v {
			return n
		}
	}
	panic(_j.BadInput("decoding input: no node with value " + _strconv.Itoa(*v) + " in the tree"))
}

// _jEncParentTree writes a tree in level order, trailing nulls dropped.
func _jEncParentTree(root *Node) (_j.Raw, error) {
	var out []*int
	queue := []*Node{root}
	seen := map[*Node]bool{}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == nil {
			out = append(out, nil)
			continue
		}
		if seen[n] {
			return nil, _errors.New("the tree has a cycle: node " + _strconv.Itoa(n.Val) + " is reached twice")
		}
		seen[n] = true
		v := n.Val
		out = append(out, &v)
		queue = append(queue, n.Left, n.Right)
	}
	for len(out) > 0 && out[len(out)-1] == nil {
		out = out[:len(out)-1]
	}
	return _j.EncIntOrNulls(out)
}

// _jEncParentMember judges a returned node by its value, after checking
// it is a node of the given tree.
func _jEncParentMember(n *Node, of map[*Node]bool) (_j.Raw, error) {
	if n == nil {
		return _j.EncIntOrNull(nil)
	}
	if !of[n] {
		return nil, _errors.New("the returned node (value " + _strconv.Itoa(n.Val) + ") is not a node of the input tree; return the tree's own node")
	}
	return _j.EncInt(n.Val)
}
