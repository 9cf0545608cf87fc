//go:build ignore

package main

// getSum starts from a and steps one unit at a time, |b| times, up for a
// positive b and down for a negative one.
func getSum(a int, b int) int {
	for ; b > 0; b-- {
		a++
	}
	for ; b < 0; b++ {
		a--
	}
	return a
}
