//go:build ignore

package main

// Mutant: remembers the values it has seen instead of the nodes, so any list
// with a repeated value is reported as having a loop.
func hasCycle(head *ListNode) bool {
	seen := map[int]bool{}
	for n := head; n != nil; n = n.Next {
		if seen[n.Val] {
			return true
		}
		seen[n.Val] = true
	}
	return false
}
