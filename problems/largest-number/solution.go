//go:build ignore

package main

import (
	"sort"
	"strconv"
	"strings"
)

// largestNumber sorts the numbers' decimal strings so that a comes before b
// whenever a+b > b+a (an ordering that is transitive), concatenates them, and
// collapses an all-zero result to "0".
func largestNumber(nums []int) string {
	strs := make([]string, len(nums))
	for i, n := range nums {
		strs[i] = strconv.Itoa(n)
	}
	sort.Slice(strs, func(i, j int) bool { return strs[i]+strs[j] > strs[j]+strs[i] })
	if strs[0] == "0" {
		return "0"
	}
	return strings.Join(strs, "")
}
