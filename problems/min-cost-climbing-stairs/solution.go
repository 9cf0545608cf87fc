//go:build ignore

package main

// minCostClimbingStairs tracks, for the last two positions, the least fee
// paid to stand there. Position i is entered either from i-1 (paying
// cost[i-1]) or from i-2 (paying cost[i-2]); positions 0 and 1 are free, and
// the answer is the figure for position n, the top.
func minCostClimbingStairs(cost []int) int {
	twoBack, oneBack := 0, 0 // least fee to stand on positions i-2 and i-1
	for i := 2; i <= len(cost); i++ {
		twoBack, oneBack = oneBack, min(oneBack+cost[i-1], twoBack+cost[i-2])
	}
	return oneBack
}
