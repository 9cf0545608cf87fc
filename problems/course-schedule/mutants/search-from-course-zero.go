//go:build ignore

package main

// Mutant: a correct three-colour cycle search, but started only from course
// 0, as if the graph were connected; cycles elsewhere go unnoticed.
func canFinish(numCourses int, prerequisites [][]int) bool {
	next := make([][]int, numCourses)
	for _, p := range prerequisites {
		next[p[1]] = append(next[p[1]], p[0])
	}
	state := make([]int, numCourses) // 0 new, 1 on path, 2 done
	var hasCycle func(c int) bool
	hasCycle = func(c int) bool {
		switch state[c] {
		case 1:
			return true
		case 2:
			return false
		}
		state[c] = 1
		for _, n := range next[c] {
			if hasCycle(n) {
				return true
			}
		}
		state[c] = 2
		return false
	}
	return !hasCycle(0)
}
