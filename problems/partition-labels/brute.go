//go:build ignore

package main

import "strings"

// partitionLabels tries every cut position: a cut after index i is allowed
// when no letter occurs on both sides of it. Allowed cuts never interfere
// with each other, so making all of them gives the most pieces.
func partitionLabels(s string) []int {
	var sizes []int
	start := 0
	for i := 0; i < len(s); i++ {
		left, right := s[:i+1], s[i+1:]
		shared := false
		for _, c := range left {
			if strings.ContainsRune(right, c) {
				shared = true
				break
			}
		}
		if !shared {
			sizes = append(sizes, i+1-start)
			start = i + 1
		}
	}
	return sizes
}
