//go:build ignore

package main

// findClosestElements binary searches the start of the answer, a block of k
// consecutive elements. The blocks starting at mid and mid+1 differ only in
// arr[mid] and arr[mid+k]; when arr[mid+k] is strictly closer to x, the
// block must start after mid. Otherwise (ties keep the smaller element) it
// starts at mid or earlier.
func findClosestElements(arr []int, k int, x int) []int {
	lo, hi := 0, len(arr)-k
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
