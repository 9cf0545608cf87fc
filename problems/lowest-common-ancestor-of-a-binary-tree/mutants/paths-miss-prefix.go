//go:build ignore

package main

// Mutant: compares the root-to-p and root-to-q paths and returns the node
// before the first difference, but when one path is a prefix of the other
// (p above q, or q above p) it falls back to the root.
func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	pathP := pathTo(root, p, nil)
	pathQ := pathTo(root, q, nil)
	for i := 0; i < len(pathP) && i < len(pathQ); i++ {
		if pathP[i] != pathQ[i] {
			return pathP[i-1]
		}
	}
	return root
}

func pathTo(node, target *TreeNode, path []*TreeNode) []*TreeNode {
	if node == nil {
		return nil
	}
	path = append(path, node)
	if node == target {
		return path
	}
	if found := pathTo(node.Left, target, path); found != nil {
		return found
	}
	return pathTo(node.Right, target, path)
}
