//go:build ignore

package main

// canFinish runs Kahn's algorithm: repeatedly take a course with no
// prerequisites left and release the courses that depend on it. Every course
// gets taken exactly when the dependency graph has no cycle.
func canFinish(numCourses int, prerequisites [][]int) bool {
	next := make([][]int, numCourses)
	indegree := make([]int, numCourses)
	for _, p := range prerequisites {
		course, before := p[0], p[1]
		next[before] = append(next[before], course)
		indegree[course]++
	}
	ready := make([]int, 0, numCourses)
	for c, d := range indegree {
		if d == 0 {
			ready = append(ready, c)
		}
	}
	taken := 0
	for len(ready) > 0 {
		c := ready[len(ready)-1]
		ready = ready[:len(ready)-1]
		taken++
		for _, n := range next[c] {
			indegree[n]--
			if indegree[n] == 0 {
				ready = append(ready, n)
			}
		}
	}
	return taken == numCourses
}
