type Codec struct{}

func Constructor() Codec { return Codec{} }

// Serializes a tree to a single string.
func (this *Codec) serialize(root *TreeNode) string {
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
	walk(root)
	return b.String()
}

// Deserializes your encoded data to tree.
func (this *Codec) deserialize(data string) *TreeNode {
	parts := strings.Split(data, ",")
	i := 0
	var build func() *TreeNode
	build = func() *TreeNode {
		p := parts[i]
		i++
		if p == "#" {
			return nil
		}
		v, _ := strconv.Atoi(p)
		n := &TreeNode{Val: v}
		n.Left = build()
		n.Right = build()
		return n
	}
	return build()
}
