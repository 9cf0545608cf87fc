//go:build ignore

package main

// judgeDotProduct uses the solution's SparseVector as LeetCode's template
// says it is used: two vectors built, then one asked for its product with
// the other. It is the judge's to call, not the solution's to write.
func judgeDotProduct(nums1 []int, nums2 []int) int {
	v1 := Constructor(nums1)
	v2 := Constructor(nums2)
	return v1.dotProduct(v2)
}
