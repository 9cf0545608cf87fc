// Binary trees, in LeetCode's level order with nulls, for problems that
// predefine TreeNode.

package inmain

import (
	_errors "errors"
	_strconv "strconv"

	_j "github.com/judgehq/judge/judge/driver/support"
)

func _jDecTree(raw _j.Raw) *TreeNode {
	return _j.LevelOrder(_j.DecIntOrNulls(raw), func(v int, _ *TreeNode) *TreeNode { return &TreeNode{Val: v} }, _jTreeKids)
}

func _jTreeKids(n *TreeNode) (left, right **TreeNode) { return &n.Left, &n.Right }

// _jTreeNodes is the set of a tree's nodes.
func _jTreeNodes(root *TreeNode) map[*TreeNode]bool { return _j.TreeNodes(root, _jTreeKids) }

// _jNodeOf finds the node of root holding the value in raw.
func _jNodeOf(root *TreeNode, raw _j.Raw) *TreeNode {
	v := _j.DecIntOrNull(raw)
	if v == nil {
		return nil
	}
	for n := range _jTreeNodes(root) {
		if n.Val == *v {
			return n
		}
	}
	panic(_j.BadInput("decoding input: no node with value " + _strconv.Itoa(*v) + " in the tree"))
}

func _jEncTree(root *TreeNode) (_j.Raw, error) {
	return _jEncTreeAvoiding(root, nil)
}

// _jEncTreeAvoiding encodes a tree that must share no node with avoid.
func _jEncTreeAvoiding(root *TreeNode, avoid map[*TreeNode]bool) (_j.Raw, error) {
	out := []*int{}
	seen := map[*TreeNode]bool{}
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == nil {
			out = append(out, nil)
			continue
		}
		if seen[n] {
			return nil, _errors.New("the returned tree reaches one node twice (a cycle or a shared subtree)")
		}
		if avoid[n] {
			return nil, _errors.New("the returned tree reuses a node of the input tree; build new nodes")
		}
		seen[n] = true
		out = append(out, &n.Val)
		queue = append(queue, n.Left, n.Right)
	}
	for len(out) > 0 && out[len(out)-1] == nil {
		out = out[:len(out)-1]
	}
	return _j.EncIntOrNulls(out)
}

// _jEncMember judges a returned node by its value, after checking it is a
// node of the given tree and not a copy.
func _jEncMember(n *TreeNode, of map[*TreeNode]bool) (_j.Raw, error) {
	if n == nil {
		return _j.EncIntOrNull(nil)
	}
	if !of[n] {
		return nil, _errors.New("the returned node (value " + _strconv.Itoa(n.Val) + ") is not a node of the input tree; return the tree's own node")
	}
	return _j.EncInt(n.Val)
}
