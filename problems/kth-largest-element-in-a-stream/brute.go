//go:build ignore

package main

// KthLargest keeps every number it has seen. Each add counts, for every
// candidate value, how many stored numbers are strictly larger and how many
// are at least as large; the k-th largest is the value for which k falls
// between the two.
type KthLargest struct {
	k    int
	nums []int
}

func Constructor(k int, nums []int) KthLargest {
	return KthLargest{k: k, nums: append([]int(nil), nums...)}
}

func (this *KthLargest) Add(val int) int {
	this.nums = append(this.nums, val)
	for _, c := range this.nums {
		greater, atLeast := 0, 0
		for _, x := range this.nums {
			if x > c {
				greater++
			}
			if x >= c {
				atLeast++
			}
		}
		if greater < this.k && this.k <= atLeast {
			return c
		}
	}
	panic("no k-th largest")
}
