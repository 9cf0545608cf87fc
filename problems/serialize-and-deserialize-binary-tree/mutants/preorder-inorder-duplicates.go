//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Mutant: sends the preorder and inorder value lists and rebuilds the tree
// from them, locating each root in the inorder list by value: with repeated
// values the lookup finds the wrong occurrence and the shape changes.
type Codec struct {
}

func Constructor() Codec {
	return Codec{}
}

func (this *Codec) serialize(root *TreeNode) string {
	var pre, in []string
	var walk func(n *TreeNode)
	walk = func(n *TreeNode) {
		if n == nil {
			return
		}
		pre = append(pre, strconv.Itoa(n.Val))
		walk(n.Left)
		in = append(in, strconv.Itoa(n.Val))
		walk(n.Right)
	}
	walk(root)
	return strings.Join(pre, ",") + "|" + strings.Join(in, ",")
}

func (this *Codec) deserialize(data string) *TreeNode {
	halves := strings.Split(data, "|")
	if halves[0] == "" {
		return nil
	}
	toInts := func(s string) []int {
		var out []int
		for _, p := range strings.Split(s, ",") {
			v, _ := strconv.Atoi(p)
			out = append(out, v)
		}
		return out
	}
	pre, in := toInts(halves[0]), toInts(halves[1])
	at := make(map[int]int, len(in))
	for i, v := range in {
		at[v] = i
	}
	next := 0
	var build func(lo, hi int) *TreeNode
	build = func(lo, hi int) *TreeNode {
		if lo > hi || next >= len(pre) {
			return nil
		}
		v := pre[next]
		next++
		mid := at[v]
		if mid < lo || mid > hi {
			mid = lo
		}
		n := &TreeNode{Val: v}
		n.Left = build(lo, mid-1)
		n.Right = build(mid+1, hi)
		return n
	}
	return build(0, len(in)-1)
}
