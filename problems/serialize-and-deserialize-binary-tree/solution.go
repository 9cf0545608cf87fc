//go:build ignore

package main

import (
	"strconv"
	"strings"
)

/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */

// Codec writes the tree in preorder, with "#" for every missing child, as
// comma-separated tokens. Preorder with explicit nulls determines the tree
// uniquely, so deserialize rebuilds it by reading the tokens back in the
// same order. Both directions are O(n).
type Codec struct {
}

func Constructor() Codec {
	return Codec{}
}

// Serializes a tree to a single string.
func (this *Codec) serialize(root *TreeNode) string {
	var sb strings.Builder
	var walk func(n *TreeNode)
	walk = func(n *TreeNode) {
		if sb.Len() > 0 {
			sb.WriteByte(',')
		}
		if n == nil {
			sb.WriteByte('#')
			return
		}
		sb.WriteString(strconv.Itoa(n.Val))
		walk(n.Left)
		walk(n.Right)
	}
	walk(root)
	return sb.String()
}

// Deserializes your encoded data to a tree.
func (this *Codec) deserialize(data string) *TreeNode {
	tokens := strings.Split(data, ",")
	next := 0
	var build func() *TreeNode
	build = func() *TreeNode {
		tok := tokens[next]
		next++
		if tok == "#" {
			return nil
		}
		v, _ := strconv.Atoi(tok)
		n := &TreeNode{Val: v}
		n.Left = build()
		n.Right = build()
		return n
	}
	return build()
}
