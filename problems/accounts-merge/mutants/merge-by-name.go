//go:build ignore

package main

import "sort"

// Mutant: treats accounts with the same name as one person, merging people
// who merely share a name.
// verdict: wrong_answer
func accountsMerge(accounts [][]string) [][]string {
	byName := map[string]map[string]bool{}
	var order []string
	for _, acc := range accounts {
		set, ok := byName[acc[0]]
		if !ok {
			set = map[string]bool{}
			byName[acc[0]] = set
			order = append(order, acc[0])
		}
		for _, e := range acc[1:] {
			set[e] = true
		}
	}
	out := [][]string{}
	for _, name := range order {
		var emails []string
		for e := range byName[name] {
			emails = append(emails, e)
		}
		sort.Strings(emails)
		out = append(out, append([]string{name}, emails...))
	}
	return out
}
