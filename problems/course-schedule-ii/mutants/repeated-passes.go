//go:build ignore

package main

// Mutant: sweeps the courses over and over, taking any course whose
// prerequisites (found by scanning the whole list) are all taken. A chain
// against the numbering takes one course per sweep: O(V^2·E).
// verdict: time_limit_exceeded
func findOrder(numCourses int, prerequisites [][]int) []int {
	taken := make([]bool, numCourses)
	order := make([]int, 0, numCourses)
	for len(order) < numCourses {
		progress := false
		for c := 0; c < numCourses; c++ {
			if taken[c] {
				continue
			}
			ready := true
			for _, p := range prerequisites {
				if p[0] == c && !taken[p[1]] {
					ready = false
					break
				}
			}
			if ready {
				taken[c] = true
				order = append(order, c)
				progress = true
			}
		}
		if !progress {
			return []int{}
		}
	}
	return order
}
