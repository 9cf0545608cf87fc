//go:build ignore

package main

// findCheapestPrice runs k + 1 rounds of Bellman-Ford. After round r, price[c]
// is the cheapest way to reach c with at most r flights. Each round relaxes
// every flight from the previous round's prices, so a round adds at most one
// flight to any route.
func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	const inf = 1 << 62
	price := make([]int, n)
	for i := range price {
		price[i] = inf
	}
	price[src] = 0
	next := make([]int, n)
	for range k + 1 {
		copy(next, price)
		for _, f := range flights {
			if price[f[0]] < inf && price[f[0]]+f[2] < next[f[1]] {
				next[f[1]] = price[f[0]] + f[2]
			}
		}
		price, next = next, price
	}
	if price[dst] == inf {
		return -1
	}
	return price[dst]
}
