//go:build ignore

package main

// Mutant: counts arr[i] - i numbers missing before arr[i], one too many,
// so the search stops an index early whenever the count is exactly k - 1.
// verdict: wrong_answer
func findKthPositive(arr []int, k int) int {
	lo, hi := 0, len(arr)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if arr[mid]-mid < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo + k
}
