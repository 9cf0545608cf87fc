//go:build ignore

package main

// hole stands for a missing child in a preorder listing; no value reaches it.
const hole = 1 << 40

// isSubtree lists both trees in preorder, with a hole for every missing
// child. That listing determines a tree completely, and a subtree's listing
// is a contiguous run inside its tree's listing, so subRoot occurs in root
// exactly when its listing occurs in root's. The Knuth-Morris-Pratt search
// finds it in linear time.
func isSubtree(root *TreeNode, subRoot *TreeNode) bool {
	text, pattern := preorder(root, nil), preorder(subRoot, nil)
	// border[i] is the length of the longest proper prefix of pattern[:i+1]
	// that is also its suffix.
	border := make([]int, len(pattern))
	for i, k := 1, 0; i < len(pattern); i++ {
		for k > 0 && pattern[i] != pattern[k] {
			k = border[k-1]
		}
		if pattern[i] == pattern[k] {
			k++
		}
		border[i] = k
	}
	for i, k := 0, 0; i < len(text); i++ {
		for k > 0 && text[i] != pattern[k] {
			k = border[k-1]
		}
		if text[i] == pattern[k] {
			k++
		}
		if k == len(pattern) {
			return true
		}
	}
	return false
}

// preorder appends node's listing to out: its value, then its left and its
// right subtree, a hole standing for each missing child.
func preorder(node *TreeNode, out []int) []int {
	if node == nil {
		return append(out, hole)
	}
	out = append(out, node.Val)
	out = preorder(node.Left, out)
	return preorder(node.Right, out)
}
