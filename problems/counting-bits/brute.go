//go:build ignore

package main

// countBits counts the ones of each number separately, reading its base-2
// digits by repeated division.
func countBits(n int) []int {
	ans := []int{}
	for i := 0; i <= n; i++ {
		ones := 0
		for v := i; v > 0; v /= 2 {
			if v%2 == 1 {
				ones++
			}
		}
		ans = append(ans, ones)
	}
	return ans
}
