//go:build ignore

package main

import "sort"

// Mutant: finds the right groups of accounts but concatenates their email
// lists without removing duplicates, so a shared email appears twice.
// verdict: wrong_answer
func accountsMerge(accounts [][]string) [][]string {
	n := len(accounts)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			x = parent[x]
		}
		return x
	}
	owner := map[string]int{}
	for i, acc := range accounts {
		for _, e := range acc[1:] {
			if j, ok := owner[e]; ok {
				parent[find(i)] = find(j)
			} else {
				owner[e] = i
			}
		}
	}
	groups := map[int][]string{}
	var roots []int
	for i, acc := range accounts {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], acc[1:]...)
	}
	out := [][]string{}
	for _, r := range roots {
		sort.Strings(groups[r])
		out = append(out, append([]string{accounts[r][0]}, groups[r]...))
	}
	return out
}
