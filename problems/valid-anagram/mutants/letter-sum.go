//go:build ignore

package main

// Mutant: compares lengths and the sums of the letters' codes, which
// collide ("ad" and "bc").
func isAnagram(s string, t string) bool {
	if len(s) != len(t) {
		return false
	}
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i]) - int(t[i])
	}
	return sum == 0
}
