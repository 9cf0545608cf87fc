//go:build ignore

package main

// Mutant: the stack scan never empties the stack after the last bar, so
// bars that no lower bar followed (a rising histogram) are never measured.
func largestRectangleArea(heights []int) int {
	stack := []int{}
	best := 0
	for i, h := range heights {
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
