//go:build ignore

package main

// Mutant: starts the holding state at 0 instead of impossible, as if a share
// bought for nothing were already in hand, so it can be sold without a
// purchase.
func maxProfit(prices []int) int {
	hold, sold, free := 0, 0, 0
	for _, p := range prices {
		hold, sold, free = max(hold, free-p), hold+p, max(free, sold)
	}
	return max(sold, free)
}
