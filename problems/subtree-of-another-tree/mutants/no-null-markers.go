//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Mutant: serializes both trees in preorder without marking missing
// children, then tests text containment, so a subtree of another shape with
// the same preorder matches.
func isSubtree(root *TreeNode, subRoot *TreeNode) bool {
	return strings.Contains(","+encode(root), ","+encode(subRoot))
}

func encode(t *TreeNode) string {
	if t == nil {
		return ""
	}
	return strconv.Itoa(t.Val) + "," + encode(t.Left) + encode(t.Right)
}
