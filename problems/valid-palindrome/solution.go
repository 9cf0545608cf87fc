//go:build ignore

package main

// isPalindrome walks two indices toward each other, skipping characters that
// are not letters or digits and comparing the rest case-insensitively.
func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		for i < j && !alnum(s[i]) {
			i++
		}
		for i < j && !alnum(s[j]) {
			j--
		}
		if lower(s[i]) != lower(s[j]) {
			return false
		}
	}
	return true
}

func alnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
