//go:build ignore

package main

import "strings"

// Mutant: parses the numbers by hand, digit by digit, and skips the minus
// sign, so every negative value comes back positive.
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
			parts = append(parts, "n")
			return
		}
		parts = append(parts, itoa(n.Val))
		walk(n.Left)
		walk(n.Right)
	}
	walk(root)
	return strings.Join(parts, " ")
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b []byte
	for ; v > 0; v /= 10 {
		b = append([]byte{byte('0' + v%10)}, b...)
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

func (this *Codec) deserialize(data string) *TreeNode {
	parts := strings.Fields(data)
	i := 0
	var build func() *TreeNode
	build = func() *TreeNode {
		p := parts[i]
		i++
		if p == "n" {
			return nil
		}
		v := 0
		for _, c := range p {
			if c >= '0' && c <= '9' {
				v = v*10 + int(c-'0')
			}
		}
		return &TreeNode{Val: v, Left: build(), Right: build()}
	}
	return build()
}
