//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Mutant: counts the end unit for the callee but then resumes the caller at
// that same unit (prev = ts instead of ts + 1), crediting it twice.
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
			res[stack[len(stack)-1]] += ts - prev + 1
			stack = stack[:len(stack)-1]
			prev = ts
		}
	}
	return res
}
