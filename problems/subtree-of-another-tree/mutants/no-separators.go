//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Mutant: serializes both trees in preorder with markers for missing
// children but with nothing between values, then tests text containment, so
// the 2 inside 12 counts as a match.
func isSubtree(root *TreeNode, subRoot *TreeNode) bool {
	return strings.Contains(encode(root), encode(subRoot))
}

func encode(t *TreeNode) string {
	if t == nil {
		return "#"
	}
	return strconv.Itoa(t.Val) + encode(t.Left) + encode(t.Right)
}
