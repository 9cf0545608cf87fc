//go:build ignore

package main

// longestOnes tries every stretch nums[i..j], counts its zeros from scratch,
// and keeps the longest with at most k of them.
func longestOnes(nums []int, k int) int {
	best := 0
	for i := range nums {
		for j := i; j < len(nums); j++ {
			zeros := 0
			for t := i; t <= j; t++ {
				if nums[t] == 0 {
					zeros++
				}
			}
			if zeros <= k && j-i+1 > best {
				best = j - i + 1
			}
		}
	}
	return best
}
