//go:build ignore

package main

import "strconv"

// numDecodings tries every way to cut s into pieces of one or two digits and
// counts the cuttings whose every piece is the decimal form of a number from
// 1 to 26 (so no piece has a leading zero).
func numDecodings(s string) int {
	letters := map[string]bool{}
	for k := 1; k <= 26; k++ {
		letters[strconv.Itoa(k)] = true
	}
	var cut func(rest string) int
	cut = func(rest string) int {
		if rest == "" {
			return 1
		}
		total := 0
		for size := 1; size <= 2 && size <= len(rest); size++ {
			if letters[rest[:size]] {
				total += cut(rest[size:])
			}
		}
		return total
	}
	return cut(s)
}
