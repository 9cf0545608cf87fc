//go:build ignore

package main

// Mutant: cuts the array at its zeros and solves each piece, but never
// counts a zero itself as a candidate run, so [-5,0,-6] answers -5.
func maxProduct(nums []int) int {
	best, found := 0, false
	hi, lo, open := 0, 0, false
	for _, v := range nums {
		if v == 0 {
			open = false
			continue
		}
		if !open {
			hi, lo, open = v, v, true
		} else {
			a, b := hi*v, lo*v
			hi = max(v, a, b)
			lo = min(v, a, b)
		}
		if !found || hi > best {
			best, found = hi, true
		}
	}
	return best
}
