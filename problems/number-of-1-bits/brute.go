//go:build ignore

package main

import "strconv"

// hammingWeight writes n in base 2 and counts the '1' characters.
func hammingWeight(n int) int {
	count := 0
	for _, c := range strconv.FormatInt(int64(n), 2) {
		if c == '1' {
			count++
		}
	}
	return count
}
