//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Mutant: treats an end timestamp as exclusive (ts - prev, prev = ts), so
// every call loses its last unit.
// (No time-limit mutant: 500 logs leave no slower approach to catch.)
// verdict: wrong_answer
func exclusiveTime(n int, logs []string) []int {
	res := make([]int, n)
	var stack []int
	prev := 0
	for _, l := range logs {
		parts := strings.Split(l, ":")
		id, _ := strconv.Atoi(parts[0])
		ts, _ := strconv.Atoi(parts[2])
		if parts[1] == "start" {
			if len(stack) > 0 {
				res[stack[len(stack)-1]] += ts - prev
			}
			stack = append(stack, id)
			prev = ts
		} else {
			res[stack[len(stack)-1]] += ts - prev
			stack = stack[:len(stack)-1]
			prev = ts
		}
	}
	return res
}
