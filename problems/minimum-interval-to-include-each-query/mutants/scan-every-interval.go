//go:build ignore

package main

// Mutant: scans every interval for every query; right, but O(n*q), about
// 10^10 checks with 10^5 of each.
// verdict: time_limit_exceeded
func minInterval(intervals [][]int, queries []int) []int {
	ans := make([]int, len(queries))
	for j, q := range queries {
		best := -1
		for _, iv := range intervals {
			if iv[0] <= q && q <= iv[1] {
				if size := iv[1] - iv[0] + 1; best == -1 || size < best {
					best = size
				}
			}
		}
		ans[j] = best
	}
	return ans
}
