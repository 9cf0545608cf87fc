//go:build ignore

package main

// dailyTemperatures keeps a stack of the days still waiting for a warmer one;
// their temperatures decrease from bottom to top. Each new day settles every
// waiting day that is strictly colder, then waits itself. Every day is pushed
// and popped at most once: O(n).
func dailyTemperatures(temperatures []int) []int {
	answer := make([]int, len(temperatures))
	waiting := make([]int, 0, len(temperatures))
	for i, t := range temperatures {
		for len(waiting) > 0 && temperatures[waiting[len(waiting)-1]] < t {
			j := waiting[len(waiting)-1]
			waiting = waiting[:len(waiting)-1]
			answer[j] = i - j
		}
		waiting = append(waiting, i)
	}
	return answer
}
