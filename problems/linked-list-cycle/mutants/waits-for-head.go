//go:build ignore

package main

// Mutant: assumes a loop must come back to head, so it walks until it meets
// head again; a loop that starts further down the list is walked forever.
// verdict: time_limit_exceeded
func hasCycle(head *ListNode) bool {
	for n := head; n != nil; n = n.Next {
		if n.Next == head {
			return true
		}
	}
	return false
}
