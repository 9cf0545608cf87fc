//go:build ignore

package main

// Mutant: assumes only one label has the highest count, so the last frame
// always gets a single slot even when several labels tie for the top.
func leastInterval(tasks []byte, n int) int {
	var count [26]int
	top := 0
	for _, t := range tasks {
		count[t-'A']++
		top = max(top, count[t-'A'])
	}
	return max(len(tasks), (top-1)*(n+1)+1)
}
