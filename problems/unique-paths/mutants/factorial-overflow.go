//go:build ignore

package main

// Mutant: evaluates (m+n-2)! / ((m-1)! (n-1)!) with full factorials, which
// overflow int64 once m+n-2 exceeds 20.
func uniquePaths(m int, n int) int {
	fact := func(k int) int {
		f := 1
		for i := 2; i <= k; i++ {
			f *= i
		}
		return f
	}
	return fact(m+n-2) / (fact(m-1) * fact(n-1))
}
