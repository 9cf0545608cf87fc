//go:build ignore

package main

// maxProfit tries every sequence of trades: from a given first allowed day,
// either stop trading, or pick any buy day and any later sell day, and carry
// on from two days after the sale.
func maxProfit(prices []int) int {
	var best func(from int) int
	best = func(from int) int {
		res := 0
		for b := from; b < len(prices); b++ {
			for s := b + 1; s < len(prices); s++ {
				res = max(res, prices[s]-prices[b]+best(s+2))
			}
		}
		return res
	}
	return best(0)
}
