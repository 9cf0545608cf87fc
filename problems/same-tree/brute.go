//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// isSameTree writes each tree out in full, preorder with a marker for every
// missing child, and compares the two texts: the text fixes both the shape
// and the values, so equal texts mean equal trees.
func isSameTree(p *TreeNode, q *TreeNode) bool {
	return bruteWrite(p) == bruteWrite(q)
}

func bruteWrite(t *TreeNode) string {
	var b strings.Builder
	var walk func(*TreeNode)
	walk = func(n *TreeNode) {
		if n == nil {
			b.WriteString("#,")
			return
		}
		b.WriteString(strconv.Itoa(n.Val) + ",")
		walk(n.Left)
		walk(n.Right)
	}
	walk(t)
	return b.String()
}
