//go:build ignore

package main

// permute fills the positions left to right. used marks the indices already
// placed; each unused one is tried in the next position, and the choice is
// undone before the next is tried. A full arrangement is saved as a copy.
func permute(nums []int) [][]int {
	n := len(nums)
	var res [][]int
	path := make([]int, 0, n)
	used := make([]bool, n)
	var walk func()
	walk = func() {
		if len(path) == n {
			res = append(res, append([]int(nil), path...))
			return
		}
		for i, v := range nums {
			if used[i] {
				continue
			}
			used[i] = true
			path = append(path, v)
			walk()
			path = path[:len(path)-1]
			used[i] = false
		}
	}
	walk()
	return res
}
