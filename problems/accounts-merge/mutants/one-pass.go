//go:build ignore

package main

import "sort"

// Mutant: adds each account to the first existing group it shares an email
// with, in one pass; when a later account links two groups, they are never
// joined.
// verdict: wrong_answer
func accountsMerge(accounts [][]string) [][]string {
	type group struct {
		name   string
		emails map[string]bool
	}
	var groups []*group
	for _, acc := range accounts {
		var home *group
		for _, g := range groups {
			for _, e := range acc[1:] {
				if g.emails[e] {
					home = g
					break
				}
			}
			if home != nil {
				break
			}
		}
		if home == nil {
			home = &group{name: acc[0], emails: map[string]bool{}}
			groups = append(groups, home)
		}
		for _, e := range acc[1:] {
			home.emails[e] = true
		}
	}
	out := [][]string{}
	for _, g := range groups {
		var emails []string
		for e := range g.emails {
			emails = append(emails, e)
		}
		sort.Strings(emails)
		out = append(out, append([]string{g.name}, emails...))
	}
	return out
}
