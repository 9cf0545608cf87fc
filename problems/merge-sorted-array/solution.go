//go:build ignore

package main

// merge fills nums1 from the back: the larger of the two current tails goes
// into the last free slot. Writing from the back never overwrites a value of
// nums1 that is still unread. Once nums2 is used up, the rest of nums1 is
// already in place.
func merge(nums1 []int, m int, nums2 []int, n int) {
	i, j := m-1, n-1
	for k := m + n - 1; j >= 0; k-- {
		if i >= 0 && nums1[i] > nums2[j] {
			nums1[k] = nums1[i]
			i--
		} else {
			nums1[k] = nums2[j]
			j--
		}
	}
}
