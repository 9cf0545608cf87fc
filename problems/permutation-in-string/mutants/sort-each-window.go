//go:build ignore

package main

import "sort"

// Mutant: sorts every window of s2 and compares it with s1 sorted; correct,
// but each of the n windows costs O(m log m).
// verdict: time_limit_exceeded
func checkInclusion(s1 string, s2 string) bool {
	sorted := func(s string) string {
		b := []byte(s)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		return string(b)
	}
	want := sorted(s1)
	for i := 0; i+len(s1) <= len(s2); i++ {
		if sorted(s2[i:i+len(s1)]) == want {
			return true
		}
	}
	return false
}
