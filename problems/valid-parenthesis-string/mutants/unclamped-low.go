//go:build ignore

package main

// Mutant: tracks the low and high open counts but lets the low one drop
// below zero, so stars that should have meant nothing are counted as ')'.
func checkValidString(s string) bool {
	lo, hi := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			lo++
			hi++
		case ')':
			lo--
			hi--
		default:
			lo--
			hi++
		}
		if hi < 0 {
			return false
		}
	}
	return lo == 0
}
