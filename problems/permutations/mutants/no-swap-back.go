//go:build ignore

package main

// Mutant: the swap method without swapping back after the recursive call,
// so later branches start from a scrambled array and repeat some orderings
// while missing others.
func permute(nums []int) [][]int {
	a := append([]int(nil), nums...)
	var res [][]int
	var walk func(k int)
	walk = func(k int) {
		if k == len(a) {
			res = append(res, append([]int(nil), a...))
			return
		}
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			walk(k + 1)
		}
	}
	walk(0)
	return res
}
