//go:build ignore

package main

// Mutant: saves the working slice itself instead of a copy, so every saved
// ordering shares one backing array and ends up holding the same values.
func permute(nums []int) [][]int {
	n := len(nums)
	var res [][]int
	path := make([]int, 0, n)
	used := make([]bool, n)
	var walk func()
	walk = func() {
		if len(path) == n {
			res = append(res, path)
			return
		}
		for i, v := range nums {
			if !used[i] {
				used[i] = true
				path = append(path, v)
				walk()
				path = path[:len(path)-1]
				used[i] = false
			}
		}
	}
	walk()
	return res
}
