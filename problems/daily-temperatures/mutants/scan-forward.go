//go:build ignore

package main

// Mutant: for each day scans forward until a warmer day turns up. Correct,
// but O(n^2): on a long run of equal temperatures every scan reaches the end.
// verdict: time_limit_exceeded
func dailyTemperatures(temperatures []int) []int {
	n := len(temperatures)
	answer := make([]int, n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if temperatures[j] > temperatures[i] {
				answer[i] = j - i
				break
			}
		}
	}
	return answer
}
