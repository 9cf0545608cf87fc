//go:build ignore

package main

// Mutant: merges correctly but lists each person's emails in the order
// they were first seen, not sorted.
// verdict: wrong_answer
func accountsMerge(accounts [][]string) [][]string {
	id := map[string]int{}
	var parent []int
	var emails []string
	var name []string
	find := func(x int) int {
		for parent[x] != x {
			x = parent[x]
		}
		return x
	}
	for _, acc := range accounts {
		first := -1
		for _, email := range acc[1:] {
			e, ok := id[email]
			if !ok {
				e = len(parent)
				id[email] = e
				parent = append(parent, e)
				emails = append(emails, email)
				name = append(name, acc[0])
			}
			if first < 0 {
				first = e
			} else if a, b := find(first), find(e); a != b {
				parent[b] = a
			}
		}
	}
	groups := map[int][]string{}
	var roots []int
	for e, email := range emails {
		r := find(e)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], email)
	}
	out := [][]string{}
	for _, r := range roots {
		out = append(out, append([]string{name[r]}, groups[r]...))
	}
	return out
}
