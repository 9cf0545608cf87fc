//go:build ignore

package main

import (
	"sort"
	"strconv"
	"strings"
)

// Mutant: right order, but returns "00" instead of "0" when every number is
// zero.
func largestNumber(nums []int) string {
	strs := make([]string, len(nums))
	for i, n := range nums {
		strs[i] = strconv.Itoa(n)
	}
	sort.Slice(strs, func(i, j int) bool { return strs[i]+strs[j] > strs[j]+strs[i] })
	return strings.Join(strs, "")
}
