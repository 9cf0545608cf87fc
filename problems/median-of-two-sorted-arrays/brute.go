//go:build ignore

package main

// findMedianSortedArrays copies both arrays into one, sorts it by repeated
// selection of the smallest remaining value, and reads the middle.
func findMedianSortedArrays(nums1 []int, nums2 []int) float64 {
	all := append(append([]int(nil), nums1...), nums2...)
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			if all[j] < all[i] {
				all[i], all[j] = all[j], all[i]
			}
		}
	}
	k := len(all)
	if k%2 == 1 {
		return float64(all[k/2])
	}
	return (float64(all[k/2-1]) + float64(all[k/2])) / 2
}
