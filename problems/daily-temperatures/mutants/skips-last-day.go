//go:build ignore

package main

// Mutant: stops the loop one day early ("the last day's answer is always
// 0"), forgetting that the last day can still be the warmer day for others.
func dailyTemperatures(temperatures []int) []int {
	n := len(temperatures)
	answer := make([]int, n)
	var stack []int
	for i := 0; i < n-1; i++ {
		for len(stack) > 0 && temperatures[stack[len(stack)-1]] < temperatures[i] {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			answer[j] = i - j
		}
		stack = append(stack, i)
	}
	return answer
}
