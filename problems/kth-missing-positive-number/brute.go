//go:build ignore

package main

// findKthPositive counts up from 1, skipping the numbers in arr, until the
// k-th missing one.
func findKthPositive(arr []int, k int) int {
	in := map[int]bool{}
	for _, v := range arr {
		in[v] = true
	}
	for x := 1; ; x++ {
		if !in[x] {
			k--
			if k == 0 {
				return x
			}
		}
	}
}
