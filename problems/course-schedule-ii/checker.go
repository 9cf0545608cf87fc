//go:build ignore

package main

// check accepts any order of all the courses that takes every
// prerequisite b of a pair [a, b] before a, and [] only when no order
// exists (the expected answer is [] then).
func check(numCourses int, prerequisites [][]int, want, got []int) string {
	if len(want) == 0 {
		if len(got) != 0 {
			return "the prerequisites have a cycle: no order exists, so the answer is []"
		}
		return ""
	}
	if len(got) != numCourses {
		return fmt.Sprintf("the order has %d courses; want all %d", len(got), numCourses)
	}
	pos := make([]int, numCourses)
	for i := range pos {
		pos[i] = -1
	}
	for i, c := range got {
		if c < 0 || c >= numCourses || pos[c] >= 0 {
			return fmt.Sprintf("position %d: %d is not a course, or is listed twice", i, c)
		}
		pos[c] = i
	}
	for _, p := range prerequisites {
		if pos[p[1]] > pos[p[0]] {
			return fmt.Sprintf("course %d comes before its prerequisite %d", p[0], p[1])
		}
	}
	return ""
}
