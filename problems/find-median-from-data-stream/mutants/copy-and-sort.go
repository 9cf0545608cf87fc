//go:build ignore

package main

import "sort"

// Mutant: keeps the numbers in arrival order and, on every findMedian, sorts a
// fresh copy: O(n log n) per query on unsorted data.
// verdict: time_limit_exceeded
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
	sorted := append([]int(nil), this.nums...)
	sort.Ints(sorted)
	n := len(sorted)
	if n%2 == 1 {
		return float64(sorted[n/2])
	}
	return float64(sorted[n/2-1]+sorted[n/2]) / 2
}
