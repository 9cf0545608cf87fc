// message: not a node of the input tree
func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	if root == nil || root == p || root == q {
		if root == nil {
			return nil
		}
		return &TreeNode{Val: root.Val}
	}
	l := lowestCommonAncestor(root.Left, p, q)
	r := lowestCommonAncestor(root.Right, p, q)
	if l != nil && r != nil {
		return &TreeNode{Val: root.Val}
	}
	if l != nil {
		return l
	}
	return r
}
