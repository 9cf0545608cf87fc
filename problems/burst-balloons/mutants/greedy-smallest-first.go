//go:build ignore

package main

// Mutant: greedy, always bursting the smallest balloon still standing so
// the big ones stay around as neighbours; some rows need a different order.
func maxCoins(nums []int) int {
	row := append([]int(nil), nums...)
	total := 0
	for len(row) > 0 {
		k := 0
		for i, v := range row {
			if v < row[k] {
				k = i
			}
		}
		left, right := 1, 1
		if k > 0 {
			left = row[k-1]
		}
		if k < len(row)-1 {
			right = row[k+1]
		}
		total += left * row[k] * right
		row = append(row[:k], row[k+1:]...)
	}
	return total
}
