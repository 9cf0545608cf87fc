//go:build ignore

package main

// Mutant: computes the plain cheapest route with no limit on the number of
// stops.
func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	const inf = 1 << 62
	price := make([]int, n)
	for i := range price {
		price[i] = inf
	}
	price[src] = 0
	for range n {
		for _, f := range flights {
			if price[f[0]] < inf && price[f[0]]+f[2] < price[f[1]] {
				price[f[1]] = price[f[0]] + f[2]
			}
		}
	}
	if price[dst] == inf {
		return -1
	}
	return price[dst]
}
