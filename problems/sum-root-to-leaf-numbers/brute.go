//go:build ignore

package main

import "strconv"

// sumNumbers writes out every root-to-leaf path as a string of digits, then
// parses each string and adds the numbers.
func sumNumbers(root *TreeNode) int {
	var paths []string
	var walk func(n *TreeNode, s string)
	walk = func(n *TreeNode, s string) {
		s += strconv.Itoa(n.Val)
		if n.Left == nil && n.Right == nil {
			paths = append(paths, s)
			return
		}
		if n.Left != nil {
			walk(n.Left, s)
		}
		if n.Right != nil {
			walk(n.Right, s)
		}
	}
	walk(root, "")
	total := 0
	for _, p := range paths {
		v, err := strconv.Atoi(p)
		if err != nil {
			panic(err)
		}
		total += v
	}
	return total
}
