//go:build ignore

package main

// Mutant: merges from the front straight into nums1, overwriting values of
// nums1 that have not been read yet.
func merge(nums1 []int, m int, nums2 []int, n int) {
	i, j, k := 0, 0, 0
	for i < m && j < n {
		if nums1[i] <= nums2[j] {
			nums1[k] = nums1[i]
			i++
		} else {
			nums1[k] = nums2[j]
			j++
		}
		k++
	}
	for j < n {
		nums1[k] = nums2[j]
		j++
		k++
	}
}
