//go:build ignore

package main

// Mutant: runs k rounds instead of k + 1, reading k stops as k flights.
func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	const inf = 1 << 62
	price := make([]int, n)
	for i := range price {
		price[i] = inf
	}
	price[src] = 0
	for range k {
		next := append([]int(nil), price...)
		for _, f := range flights {
			if price[f[0]] < inf && price[f[0]]+f[2] < next[f[1]] {
				next[f[1]] = price[f[0]] + f[2]
			}
		}
		price = next
	}
	if price[dst] == inf {
		return -1
	}
	return price[dst]
}
