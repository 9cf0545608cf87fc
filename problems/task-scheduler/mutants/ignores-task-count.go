//go:build ignore

package main

// Mutant: returns the frame formula alone, forgetting that with many
// different labels the schedule needs no idling and is as long as the task
// list, which can exceed the formula.
func leastInterval(tasks []byte, n int) int {
	var count [26]int
	top := 0
	for _, t := range tasks {
		count[t-'A']++
		top = max(top, count[t-'A'])
	}
	atTop := 0
	for _, c := range count {
		if c == top {
			atTop++
		}
	}
	return (top-1)*(n+1) + atTop
}
