//go:build ignore

package main

// Mutant: counts nodes and calls it a loop once it has seen 10^4 of them,
// forgetting that a list without a loop may hold exactly 10^4 nodes.
func hasCycle(head *ListNode) bool {
	steps := 0
	for n := head; n != nil; n = n.Next {
		steps++
		if steps >= 10000 {
			return true
		}
	}
	return false
}
