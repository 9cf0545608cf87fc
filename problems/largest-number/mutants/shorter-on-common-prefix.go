//go:build ignore

package main

import (
	"sort"
	"strconv"
	"strings"
)

// Mutant: compares digit by digit and, when one string is a prefix of the
// other, puts the shorter first; right for 3 and 30, wrong for 12 and 128.
func largestNumber(nums []int) string {
	strs := make([]string, len(nums))
	for i, n := range nums {
		strs[i] = strconv.Itoa(n)
	}
	sort.Slice(strs, func(i, j int) bool {
		a, b := strs[i], strs[j]
		if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
			return len(a) < len(b)
		}
		return a > b
	})
	if strs[0] == "0" {
		return "0"
	}
	return strings.Join(strs, "")
}
