//go:build ignore

package main

// Mutant: moves right on a tie (>= instead of >), so of two equally distant
// elements it keeps the larger one.
// (No time-limit mutant: at 10^4 elements even sorting by distance, or
// picking the closest remaining element k times, is inside the limit.)
// verdict: wrong_answer
func findClosestElements(arr []int, k int, x int) []int {
	lo, hi := 0, len(arr)-k
	for lo < hi {
		mid := lo + (hi-lo)/2
		if x-arr[mid] >= arr[mid+k]-x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return append([]int(nil), arr[lo:lo+k]...)
}
