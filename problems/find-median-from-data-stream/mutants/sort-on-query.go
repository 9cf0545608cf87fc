//go:build ignore

package main

import "sort"

// Mutant: keeps every number in a slice and sorts it in place on each
// findMedian: far more work per query than O(log n) per insertion, but
// Go's pdqsort is quick on an almost sorted slice, so no verdict is declared.
type MedianFinder struct {
	nums []int
}

func Constructor() MedianFinder {
	return MedianFinder{}
}

func (this *MedianFinder) AddNum(num int) {
	this.nums = append(this.nums, num)
}

func (this *MedianFinder) FindMedian() float64 {
	sort.Ints(this.nums)
	n := len(this.nums)
	if n%2 == 1 {
		return float64(this.nums[n/2])
	}
	return float64(this.nums[n/2-1]+this.nums[n/2]) / 2
}
