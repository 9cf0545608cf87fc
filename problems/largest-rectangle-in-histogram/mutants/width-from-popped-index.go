//go:build ignore

package main

// Mutant: measures a popped bar's width from its own index to the current
// one, forgetting that it also extends left over the taller bars popped
// before it.
func largestRectangleArea(heights []int) int {
	n := len(heights)
	stack := []int{}
	best := 0
	for i := 0; i <= n; i++ {
		h := 0
		if i < n {
			h = heights[i]
		}
		for len(stack) > 0 && heights[stack[len(stack)-1]] >= h {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			best = max(best, heights[top]*(i-top))
		}
		stack = append(stack, i)
	}
	return best
}
