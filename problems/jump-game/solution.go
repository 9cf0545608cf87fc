//go:build ignore

package main

// canJump keeps the furthest index reachable so far. Every index up to that
// reach can be stood on, so the walk fails only when it arrives at an index
// beyond it.
func canJump(nums []int) bool {
	reach := 0
	for i, v := range nums {
		if i > reach {
			return false
		}
		reach = max(reach, i+v)
		if reach >= len(nums)-1 {
			return true
		}
	}
	return true
}
