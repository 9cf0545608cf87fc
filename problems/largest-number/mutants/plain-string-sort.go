//go:build ignore

package main

import (
	"sort"
	"strconv"
	"strings"
)

// Mutant: sorts the strings in plain descending lexicographic order, which
// puts "20" before "2".
func largestNumber(nums []int) string {
	strs := make([]string, len(nums))
	for i, n := range nums {
		strs[i] = strconv.Itoa(n)
	}
	sort.Slice(strs, func(i, j int) bool { return strs[i] > strs[j] })
	if strs[0] == "0" {
		return "0"
	}
	return strings.Join(strs, "")
}
