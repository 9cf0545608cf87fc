//go:build ignore

package main

// findCheapestPrice follows every route of at most k + 1 flights from src by
// depth-first search and keeps the cheapest that ends at dst.
func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	best := -1
	var walk func(city, flown, cost int)
	walk = func(city, flown, cost int) {
		if city == dst && (best < 0 || cost < best) {
			best = cost
		}
		if flown == k+1 {
			return
		}
		for _, f := range flights {
			if f[0] == city {
				walk(f[1], flown+1, cost+f[2])
			}
		}
	}
	walk(src, 0, 0)
	return best
}
