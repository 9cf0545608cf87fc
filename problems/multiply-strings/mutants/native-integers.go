//go:build ignore

package main

import "strconv"

// Mutant: reads both numbers into int and multiplies natively, which
// overflows silently once the product passes 2^63 - 1.
func multiply(num1 string, num2 string) string {
	a, b := 0, 0
	for _, c := range num1 {
		a = a*10 + int(c-'0')
	}
	for _, c := range num2 {
		b = b*10 + int(c-'0')
	}
	return strconv.Itoa(a * b)
}
