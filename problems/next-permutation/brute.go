//go:build ignore

package main

// nextPermutation tries every ordering of the values (Heap's algorithm) and
// keeps the smallest one that is lexicographically greater than the input,
// falling back to the smallest ordering of all when none is greater.
func nextPermutation(nums []int) {
	less := func(a, b []int) bool {
		for k := range a {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return false
	}
	orig := append([]int(nil), nums...)
	work := append([]int(nil), nums...)
	var best, least []int
	var permute func(k int)
	permute = func(k int) {
		if k == 1 {
			if least == nil || less(work, least) {
				least = append([]int(nil), work...)
			}
			if less(orig, work) && (best == nil || less(work, best)) {
				best = append([]int(nil), work...)
			}
			return
		}
		permute(k - 1)
		for c := 0; c < k-1; c++ {
			if k%2 == 0 {
				work[c], work[k-1] = work[k-1], work[c]
			} else {
				work[0], work[k-1] = work[k-1], work[0]
			}
			permute(k - 1)
		}
	}
	permute(len(work))
	if best == nil {
		best = least
	}
	copy(nums, best)
}
