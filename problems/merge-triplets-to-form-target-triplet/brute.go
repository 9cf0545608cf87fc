//go:build ignore

package main

// mergeTriplets tries every non-empty subset of the triplets: merging a
// subset into one of its members gives the coordinate-wise maximum of the
// subset, and any reachable entry is such a maximum.
func mergeTriplets(triplets [][]int, target []int) bool {
	n := len(triplets)
	for mask := 1; mask < 1<<n; mask++ {
		var m [3]int
		for i := 0; i < n; i++ {
			if mask&(1<<i) != 0 {
				for k := 0; k < 3; k++ {
					m[k] = max(m[k], triplets[i][k])
				}
			}
		}
		if m[0] == target[0] && m[1] == target[1] && m[2] == target[2] {
			return true
		}
	}
	return false
}
