//go:build ignore

package main

// largestRectangleArea keeps a stack of bar indices whose heights increase.
// A lower bar (or the zero-height sentinel past the end) pops every taller
// bar: the popped bar's rectangle ends just before the current index and
// starts just after the bar now on top of the stack.
func largestRectangleArea(heights []int) int {
	n := len(heights)
	stack := make([]int, 0, n)
	best := 0
	for i := 0; i <= n; i++ {
		h := 0
		if i < n {
			h = heights[i]
		}
		for len(stack) > 0 && heights[stack[len(stack)-1]] >= h {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			left := -1
			if len(stack) > 0 {
				left = stack[len(stack)-1]
			}
			best = max(best, heights[top]*(i-left-1))
		}
		stack = append(stack, i)
	}
	return best
}
