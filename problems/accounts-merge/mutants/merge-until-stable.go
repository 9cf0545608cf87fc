//go:build ignore

package main

import "sort"

// Mutant: keeps merging any two accounts that share an email, comparing
// their lists email by email, until no two do. Correct, but a merged
// account's list grows with every merge and is compared against every
// other account again and again: far beyond linear on long chains.
// verdict: time_limit_exceeded
func accountsMerge(accounts [][]string) [][]string {
	groups := make([][]string, len(accounts))
	for i, acc := range accounts {
		groups[i] = append([]string(nil), acc...)
	}
	shares := func(a, b []string) bool {
		for _, x := range a[1:] {
			for _, y := range b[1:] {
				if x == y {
					return true
				}
			}
		}
		return false
	}
	for merged := true; merged; {
		merged = false
		for i := 0; i < len(groups); i++ {
			for j := i + 1; j < len(groups); j++ {
				if shares(groups[i], groups[j]) {
					groups[i] = append(groups[i], groups[j][1:]...)
					groups = append(groups[:j], groups[j+1:]...)
					j--
					merged = true
				}
			}
		}
	}
	out := [][]string{}
	for _, g := range groups {
		seen := map[string]bool{}
		var emails []string
		for _, e := range g[1:] {
			if !seen[e] {
				seen[e] = true
				emails = append(emails, e)
			}
		}
		sort.Strings(emails)
		out = append(out, append([]string{g[0]}, emails...))
	}
	return out
}
