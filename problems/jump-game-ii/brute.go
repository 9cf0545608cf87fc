//go:build ignore

package main

// jump fills a table of the fewest jumps to each cell: for every cell it
// looks back at every earlier cell whose jump reaches it.
func jump(nums []int) int {
	const unreachable = 1 << 30
	best := make([]int, len(nums))
	for i := 1; i < len(nums); i++ {
		best[i] = unreachable
		for j := 0; j < i; j++ {
			if j+nums[j] >= i && best[j]+1 < best[i] {
				best[i] = best[j] + 1
			}
		}
	}
	return best[len(nums)-1]
}
