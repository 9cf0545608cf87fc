//go:build ignore

package main

import "strconv"

// Mutant: converts both strings to uint64 and adds them, which overflows (or
// fails to parse, giving 0) once a number has more than about 19 digits.
func addStrings(num1 string, num2 string) string {
	a, _ := strconv.ParseUint(num1, 10, 64)
	b, _ := strconv.ParseUint(num2, 10, 64)
	return strconv.FormatUint(a+b, 10)
}
