//go:build ignore

package main

// longestConsecutive puts the values in a set, then walks upward only from
// values that start a run (x-1 absent), so each value is stepped over once.
func longestConsecutive(nums []int) int {
	set := make(map[int]struct{}, len(nums))
	for _, v := range nums {
		set[v] = struct{}{}
	}
	best := 0
	for x := range set {
		if _, ok := set[x-1]; ok {
			continue // not the start of a run
		}
		end := x + 1
		for {
			if _, ok := set[end]; !ok {
				break
			}
			end++
		}
		best = max(best, end-x)
	}
	return best
}
