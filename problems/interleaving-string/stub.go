//go:build ignore

package main

func isInterleave(s1 string, s2 string, s3 string) bool {
	return false
}
