//go:build ignore

package main

func merge(nums1 []int, m int, nums2 []int, n int) {

}
