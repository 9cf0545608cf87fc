//go:build ignore

package main

// Mutant: off by one in the frame size: uses n intervals per frame instead of
// n+1 (the task itself plus n cooling intervals).
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
	return max(len(tasks), (top-1)*n+atTop)
}
