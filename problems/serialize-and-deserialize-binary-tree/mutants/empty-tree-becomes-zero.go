//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Mutant: level-order codec that writes nothing for an empty tree, then
// builds a root from the first token without checking it: "" parses as 0
// (the error is ignored) and the empty tree comes back as [0].
type Codec struct {
}

func Constructor() Codec {
	return Codec{}
}

func (this *Codec) serialize(root *TreeNode) string {
	if root == nil {
		return ""
	}
	var parts []string
	q := []*TreeNode{root}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		if n == nil {
			parts = append(parts, "null")
			continue
		}
		parts = append(parts, strconv.Itoa(n.Val))
		q = append(q, n.Left, n.Right)
	}
	return strings.Join(parts, ",")
}

func (this *Codec) deserialize(data string) *TreeNode {
	parts := strings.Split(data, ",")
	v, _ := strconv.Atoi(parts[0])
	root := &TreeNode{Val: v}
	q := []*TreeNode{root}
	for i := 1; i < len(parts); i += 2 {
		n := q[0]
		q = q[1:]
		if parts[i] != "null" {
			v, _ := strconv.Atoi(parts[i])
			n.Left = &TreeNode{Val: v}
			q = append(q, n.Left)
		}
		if i+1 < len(parts) && parts[i+1] != "null" {
			v, _ := strconv.Atoi(parts[i+1])
			n.Right = &TreeNode{Val: v}
			q = append(q, n.Right)
		}
	}
	return root
}
