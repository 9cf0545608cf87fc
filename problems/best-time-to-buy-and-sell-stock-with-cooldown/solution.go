//go:build ignore

package main

import "math"

// maxProfit follows three running totals through the days: the best profit
// while holding a share, right after selling one today, and while free to
// buy (not holding, not cooling down). All three move to the next day at
// once, so a sale can only lead to a purchase through the free state, a day
// later.
func maxProfit(prices []int) int {
	hold, sold, free := math.MinInt/2, 0, 0
	for _, p := range prices {
		hold, sold, free = max(hold, free-p), hold+p, max(free, sold)
	}
	return max(sold, free)
}
