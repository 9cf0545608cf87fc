//go:build ignore

package main

import "sort"

// canPartition tries every way to put the numbers into the first group,
// value by value: for each distinct value, every count of its copies from
// none to all of them, and checks whether that group holds half the total.
func canPartition(nums []int) bool {
	copies := map[int]int{}
	total := 0
	for _, v := range nums {
		copies[v]++
		total += v
	}
	values := make([]int, 0, len(copies))
	for v := range copies {
		values = append(values, v)
	}
	sort.Ints(values)
	var try func(k, sum int) bool
	try = func(k, sum int) bool {
		if k == len(values) {
			return 2*sum == total
		}
		for c := 0; c <= copies[values[k]]; c++ {
			if try(k+1, sum+c*values[k]) {
				return true
			}
		}
		return false
	}
	return try(0, 0)
}
