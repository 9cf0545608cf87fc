//go:build ignore

package main

// Mutant: tests "letter or digit" with one range '0'..'z' after lower-casing,
// which also lets through : ; < = > ? @ [ \ ] ^ _ and the backquote.
func isPalindrome(s string) bool {
	keep := func(c byte) bool { return c >= '0' && c <= 'z' }
	low := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	i, j := 0, len(s)-1
	for i < j {
		if !keep(low(s[i])) {
			i++
		} else if !keep(low(s[j])) {
			j--
		} else {
			if low(s[i]) != low(s[j]) {
				return false
			}
			i++
			j--
		}
	}
	return true
}
