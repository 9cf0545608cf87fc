//go:build ignore

package main

// Mutant: greedy, always moving to the cheaper of the next two steps; a
// cheap step now can lead into a stretch of expensive ones.
func minCostClimbingStairs(cost []int) int {
	n := len(cost)
	at := 0
	if cost[1] < cost[0] {
		at = 1
	}
	total := 0
	for {
		total += cost[at]
		if at+2 >= n { // the top is one move away
			return total
		}
		if cost[at+1] < cost[at+2] {
			at++
		} else {
			at += 2
		}
	}
	return total
}
