//go:build ignore

package main

// Mutant: merges from the back only while both arrays have values left, and
// forgets to copy what remains of nums2 when nums1 runs out first.
func merge(nums1 []int, m int, nums2 []int, n int) {
	i, j, k := m-1, n-1, m+n-1
	for i >= 0 && j >= 0 {
		if nums1[i] > nums2[j] {
			nums1[k] = nums1[i]
			i--
		} else {
			nums1[k] = nums2[j]
			j--
		}
		k--
	}
}
