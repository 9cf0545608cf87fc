//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Mutant: writes only the preorder values, without null markers, and rebuilds
// by inserting them into a binary search tree: right only when the tree
// happens to be a BST (the trick from the BST version of this problem).
type Codec struct {
}

func Constructor() Codec {
	return Codec{}
}

func (this *Codec) serialize(root *TreeNode) string {
	var parts []string
	var walk func(n *TreeNode)
	walk = func(n *TreeNode) {
		if n == nil {
			return
		}
		parts = append(parts, strconv.Itoa(n.Val))
		walk(n.Left)
		walk(n.Right)
	}
	walk(root)
	return strings.Join(parts, ",")
}

func (this *Codec) deserialize(data string) *TreeNode {
	if data == "" {
		return nil
	}
	var root *TreeNode
	for _, p := range strings.Split(data, ",") {
		v, _ := strconv.Atoi(p)
		node := &TreeNode{Val: v}
		if root == nil {
			root = node
			continue
		}
		for cur := root; ; {
			if v < cur.Val {
				if cur.Left == nil {
					cur.Left = node
					break
				}
				cur = cur.Left
			} else {
				if cur.Right == nil {
					cur.Right = node
					break
				}
				cur = cur.Right
			}
		}
	}
	return root
}
