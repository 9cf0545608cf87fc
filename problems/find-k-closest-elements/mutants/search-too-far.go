//go:build ignore

package main

// Mutant: searches starts up to n-1 instead of n-k, so arr[mid+k] runs off
// the end when x lies above most of the array.
// verdict: runtime_error
func findClosestElements(arr []int, k int, x int) []int {
	lo, hi := 0, len(arr)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if x-arr[mid] > arr[mid+k]-x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return append([]int(nil), arr[lo:lo+k]...)
}
