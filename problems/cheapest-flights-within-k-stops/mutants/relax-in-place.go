//go:build ignore

package main

// Mutant: Bellman-Ford that relaxes in place within a round, so one round can
// chain several flights and the stop limit is exceeded.
func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	const inf = 1 << 62
	price := make([]int, n)
	for i := range price {
		price[i] = inf
	}
	price[src] = 0
	for range k + 1 {
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
