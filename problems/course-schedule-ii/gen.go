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

// generate builds inputs at 2,000 courses: a dense random acyclic graph
// (150,000 pairs, the longest path through all courses), the same kind of
// graph closed into a 2,000-course cycle, a chain that runs against the
// course numbers (course i needs course i+1, so repeated scans in index
// order take one course per pass), and a ladder of two-course levels with
// 2^1000 paths.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(55, 89))
	dense := genDAG(r, r.Perm(genCourses), 150_000)
	rank := r.Perm(genCourses)
	cyclic := genDAG(r, rank, 20_000)
	cyclic = append(cyclic, []int{rank[0], rank[genCourses-1]})
	var backwards [][]int
	for i := 0; i+1 < genCourses; i++ {
		backwards = append(backwards, []int{i, i + 1})
	}
	ids := r.Perm(genCourses)
	var ladder [][]int
	for level := 0; level+1 < genCourses/2; level++ {
		for _, a := range ids[2*level+2 : 2*level+4] {
			for _, b := range ids[2*level : 2*level+2] {
				ladder = append(ladder, []int{a, b})
			}
		}
	}
	return []GenCase{
		{Name: "large-dense-dag", Input: map[string]any{"numCourses": genCourses, "prerequisites": dense}},
		{Name: "large-long-cycle", Input: map[string]any{"numCourses": genCourses, "prerequisites": cyclic}},
		{Name: "large-backwards-chain", Input: map[string]any{"numCourses": genCourses, "prerequisites": backwards}},
		{Name: "large-ladder", Input: map[string]any{"numCourses": genCourses, "prerequisites": ladder}},
	}
}

// sized is n courses where course i needs courses i+1 and i+2, the pairs
// in shuffled order: the only order runs against the numbering, so a
// solver that sweeps the courses in index order takes one course per sweep.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(n), 89))
	pre := [][]int{}
	for i := 0; i+1 < n; i++ {
		pre = append(pre, []int{i, i + 1})
		if i+2 < n {
			pre = append(pre, []int{i, i + 2})
		}
	}
	r.Shuffle(len(pre), func(i, j int) { pre[i], pre[j] = pre[j], pre[i] })
	return map[string]any{"numCourses": n, "prerequisites": pre}
}
