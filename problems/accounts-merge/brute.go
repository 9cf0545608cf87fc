//go:build ignore

package main

import "sort"

// accountsMerge compares every pair of accounts email by email to build a
// graph of accounts that share an address, then collects each connected
// group of accounts with a breadth-first search and lists its distinct
// emails, sorted.
func accountsMerge(accounts [][]string) [][]string {
	n := len(accounts)
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
	adj := make([][]int, n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if shares(accounts[i], accounts[j]) {
				adj[i] = append(adj[i], j)
				adj[j] = append(adj[j], i)
			}
		}
	}
	seen := make([]bool, n)
	out := [][]string{}
	for s := 0; s < n; s++ {
		if seen[s] {
			continue
		}
		seen[s] = true
		queue := []int{s}
		set := map[string]bool{}
		for i := 0; i < len(queue); i++ {
			for _, e := range accounts[queue[i]][1:] {
				set[e] = true
			}
			for _, t := range adj[queue[i]] {
				if !seen[t] {
					seen[t] = true
					queue = append(queue, t)
				}
			}
		}
		var emails []string
		for e := range set {
			emails = append(emails, e)
		}
		sort.Strings(emails)
		out = append(out, append([]string{accounts[s][0]}, emails...))
	}
	return out
}
