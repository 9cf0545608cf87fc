//go:build ignore

package main

// Mutant: compares |x - arr[mid]| with |arr[mid+k] - x| in the search. When
// both ends lie on the same side of x (with duplicates, say) equal absolute
// distances no longer mean a tie, and the search goes left wrongly.
// verdict: wrong_answer
func findClosestElements(arr []int, k int, x int) []int {
	abs := func(v int) int {
		if v < 0 {
			return -v
		}
		return v
	}
	lo, hi := 0, len(arr)-k
	for lo < hi {
		mid := lo + (hi-lo)/2
		if abs(x-arr[mid]) > abs(arr[mid+k]-x) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return append([]int(nil), arr[lo:lo+k]...)
}
