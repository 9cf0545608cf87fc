//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Mutant: remembers one pending start time and one child total per
// function id instead of per call, so a recursive call overwrites its
// caller's bookkeeping.
// verdict: wrong_answer
func exclusiveTime(n int, logs []string) []int {
	res := make([]int, n)
	start := make([]int, n)
	child := make([]int, n)
	var stack []int
	for _, l := range logs {
		parts := strings.Split(l, ":")
		id, _ := strconv.Atoi(parts[0])
		ts, _ := strconv.Atoi(parts[2])
		if parts[1] == "start" {
			start[id], child[id] = ts, 0
			stack = append(stack, id)
		} else {
			stack = stack[:len(stack)-1]
			total := ts - start[id] + 1
			res[id] += total - child[id]
			if len(stack) > 0 {
				child[stack[len(stack)-1]] += total
			}
		}
	}
	return res
}
