//go:build ignore

package main

// Mutant: chooses, triplet by triplet, whether to merge it in, exploring
// every subset with no memo; when the target is out of reach that is 2^n
// branches.
// verdict: time_limit_exceeded
func mergeTriplets(triplets [][]int, target []int) bool {
	want := [3]int{target[0], target[1], target[2]}
	var try func(i int, cur [3]int) bool
	try = func(i int, cur [3]int) bool {
		if cur == want {
			return true
		}
		if i == len(triplets) {
			return false
		}
		t := triplets[i]
		merged := [3]int{max(cur[0], t[0]), max(cur[1], t[1]), max(cur[2], t[2])}
		if merged[0] <= want[0] && merged[1] <= want[1] && merged[2] <= want[2] && try(i+1, merged) {
			return true
		}
		return try(i+1, cur)
	}
	return try(0, [3]int{})
}
