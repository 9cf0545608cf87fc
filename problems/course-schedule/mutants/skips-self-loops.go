//go:build ignore

package main

// Mutant: Kahn's algorithm that drops pairs [a, a] as meaningless, although
// a course that requires itself can never be taken.
func canFinish(numCourses int, prerequisites [][]int) bool {
	next := make([][]int, numCourses)
	indegree := make([]int, numCourses)
	for _, p := range prerequisites {
		if p[0] == p[1] {
			continue
		}
		next[p[1]] = append(next[p[1]], p[0])
		indegree[p[0]]++
	}
	var queue []int
	for c, d := range indegree {
		if d == 0 {
			queue = append(queue, c)
		}
	}
	taken := 0
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		taken++
		for _, n := range next[c] {
			if indegree[n]--; indegree[n] == 0 {
				queue = append(queue, n)
			}
		}
	}
	return taken == numCourses
}
