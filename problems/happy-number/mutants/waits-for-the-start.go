//go:build ignore

package main

// Mutant: assumes an unhappy sequence comes back to n itself, but the loop
// it falls into need not contain n (2 leads into the cycle through 4 and
// never returns to 2), so it runs forever.
func isHappy(n int) bool {
	v := n
	for {
		s := 0
		for ; v > 0; v /= 10 {
			s += (v % 10) * (v % 10)
		}
		v = s
		if v == 1 {
			return true
		}
		if v == n {
			return false
		}
	}
}
