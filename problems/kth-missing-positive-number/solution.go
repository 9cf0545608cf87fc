//go:build ignore

package main

// findKthPositive binary searches for the first index lo whose value has at
// least k missing numbers below it (arr[i] - i - 1 counts them). The answer
// then lies after exactly lo array values, so it is lo + k.
func findKthPositive(arr []int, k int) int {
	lo, hi := 0, len(arr) // the first such index is in [0, len(arr)]
	for lo < hi {
		mid := lo + (hi-lo)/2
		if arr[mid]-mid-1 < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo + k
}
