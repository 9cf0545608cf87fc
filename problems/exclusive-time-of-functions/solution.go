//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// exclusiveTime replays the logs with a stack of running calls. prev is the
// first unit not yet credited to anyone; every log closes the stretch since
// prev and credits it to the call on top of the stack.
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
				res[stack[len(stack)-1]] += ts - prev // the caller pauses
			}
			stack = append(stack, id)
			prev = ts
		} else {
			res[stack[len(stack)-1]] += ts - prev + 1 // unit ts is included
			stack = stack[:len(stack)-1]
			prev = ts + 1
		}
	}
	return res
}
