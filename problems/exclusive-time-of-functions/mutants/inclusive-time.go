//go:build ignore

package main

import (
	"strconv"
	"strings"
)

// Mutant: credits each call with its whole length, end - start + 1, without
// pausing it while its callees run.
// verdict: wrong_answer
func exclusiveTime(n int, logs []string) []int {
	res := make([]int, n)
	var starts []int
	for _, l := range logs {
		parts := strings.Split(l, ":")
		id, _ := strconv.Atoi(parts[0])
		ts, _ := strconv.Atoi(parts[2])
		if parts[1] == "start" {
			starts = append(starts, ts)
		} else {
			res[id] += ts - starts[len(starts)-1] + 1
			starts = starts[:len(starts)-1]
		}
	}
	return res
}
