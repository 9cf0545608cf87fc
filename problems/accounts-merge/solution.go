//go:build ignore

package main

import "sort"

// accountsMerge joins, with union-find, every email with the first email of
// each account it appears in; a person is then one set of emails. Each set
// is sorted and given the name of an account it came from.
func accountsMerge(accounts [][]string) [][]string {
	id := map[string]int{} // email -> index into parent
	var parent []int
	var name []string // name of the account each email came from
	var find func(x int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]] // path halving
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
	for email, e := range id {
		r := find(e)
		groups[r] = append(groups[r], email)
	}
	out := make([][]string, 0, len(groups))
	for r, emails := range groups {
		sort.Strings(emails)
		out = append(out, append([]string{name[r]}, emails...))
	}
	return out
}
