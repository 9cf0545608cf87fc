//go:build ignore

package main

// minCostClimbingStairs walks every possible route: from each position it
// tries both moves, adding up the fees of the steps it stands on, and keeps
// the cheapest total that reaches the top exactly or by jumping past it.
func minCostClimbingStairs(cost []int) int {
	n := len(cost)
	best := -1
	var walk func(at, paid int)
	walk = func(at, paid int) {
		if at >= n {
			if best < 0 || paid < best {
				best = paid
			}
			return
		}
		walk(at+1, paid+cost[at])
		walk(at+2, paid+cost[at])
	}
	walk(0, 0)
	walk(1, 0)
	return best
}
