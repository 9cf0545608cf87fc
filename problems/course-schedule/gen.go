//go:build ignore

package main

import "math/rand/v2"

const genCourses = 2000

// genDAG returns m distinct prerequisite pairs, starting with a chain through
// all courses in rank order; every pair points from a later to an earlier
// course of the ranking, so the pairs never form a cycle.
func genDAG(r *rand.Rand, rank []int, m int) [][]int {
	seen := map[[2]int]bool{}
	var pre [][]int
	add := func(i, j int) {
		a, b := rank[i], rank[j]
		if !seen[[2]int{a, b}] {
			seen[[2]int{a, b}] = true
			pre = append(pre, []int{a, b})
		}
	}
	for i := 1; i < genCourses; i++ {
		add(i, i-1)
	}
	for len(pre) < m {
		i, j := r.IntN(genCourses), r.IntN(genCourses)
		if i > j {
			add(i, j)
		} else if j > i {
			add(j, i)
		}
	}
	r.Shuffle(len(pre), func(i, j int) { pre[i], pre[j] = pre[j], pre[i] })
	return pre
}

// generate builds inputs at 2,000 courses: a ladder of 1,000 two-course
// levels where each course needs both courses of the level below (2^1000
// paths, so a depth-first search without memory of finished courses never
// ends), a 2,000-course cycle, random acyclic graphs with 5,000 pairs, with
// and without one extra pair closing a long cycle, and no pairs at all.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(21, 34))
	ids := r.Perm(genCourses)
	var ladder [][]int
	for level := 0; level+1 < genCourses/2; level++ {
		for _, a := range ids[2*level+2 : 2*level+4] {
			for _, b := range ids[2*level : 2*level+2] {
				ladder = append(ladder, []int{a, b})
			}
		}
	}
	var cycle [][]int
	for i := range genCourses {
		cycle = append(cycle, []int{ids[(i+1)%genCourses], ids[i]})
	}
	dag := genDAG(r, r.Perm(genCourses), 5000)
	rank := r.Perm(genCourses)
	cyclic := genDAG(r, rank, 4999)
	// The first course of the ranking now needs the last: the chain through
	// every course becomes one 2,000-course cycle.
	cyclic = append(cyclic, []int{rank[0], rank[genCourses-1]})
	return []GenCase{
		{Name: "large-ladder", Input: map[string]any{"numCourses": genCourses, "prerequisites": ladder}},
		{Name: "large-one-cycle", Input: map[string]any{"numCourses": genCourses, "prerequisites": cycle}},
		{Name: "large-random-dag", Input: map[string]any{"numCourses": genCourses, "prerequisites": dag}},
		{Name: "large-random-with-cycle", Input: map[string]any{"numCourses": genCourses, "prerequisites": cyclic}},
		{Name: "large-no-prerequisites", Input: map[string]any{"numCourses": genCourses, "prerequisites": [][]int{}}},
	}
}

// sized is a ladder of n courses (n even): n/2 levels of two courses, each
// needing both courses of the level below, under shuffled course numbers.
// It has no cycle, so every course is taken, and it has 2^(n/2) paths, so a
// search that forgets finished courses never ends.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(n), 34))
	ids := r.Perm(n)
	pre := [][]int{}
	for level := 0; 2*level+4 <= n; level++ {
		for _, a := range ids[2*level+2 : 2*level+4] {
			for _, b := range ids[2*level : 2*level+2] {
				pre = append(pre, []int{a, b})
			}
		}
	}
	r.Shuffle(len(pre), func(i, j int) { pre[i], pre[j] = pre[j], pre[i] })
	return map[string]any{"numCourses": n, "prerequisites": pre}
}
