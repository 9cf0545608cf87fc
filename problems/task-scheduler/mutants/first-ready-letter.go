//go:build ignore

package main

// Mutant: simulates the CPU but, at each interval, runs the ready label that
// comes first in the alphabet instead of the one with the most tasks left.
func leastInterval(tasks []byte, n int) int {
	var left, readyAt [26]int
	for _, t := range tasks {
		left[t-'A']++
	}
	remaining := len(tasks)
	time := 0
	for remaining > 0 {
		for c := 0; c < 26; c++ {
			if left[c] > 0 && readyAt[c] <= time {
				left[c]--
				readyAt[c] = time + n + 1
				remaining--
				break
			}
		}
		time++
	}
	return time
}
