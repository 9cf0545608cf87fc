//go:build ignore

package main

func checkInclusion(s1 string, s2 string) bool {
	return false
}
