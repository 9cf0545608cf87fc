//go:build ignore

package main

// Mutant: XORs all letters of both strings and checks for zero, which pairs
// cancel even when they differ from the other string's ("aa" vs "bb").
func isAnagram(s string, t string) bool {
	if len(s) != len(t) {
		return false
	}
	var x byte
	for i := 0; i < len(s); i++ {
		x ^= s[i] ^ t[i]
	}
	return x == 0
}
