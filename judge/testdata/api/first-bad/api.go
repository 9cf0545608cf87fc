//go:build ignore

package main

var badFrom, calls int

// isBad is the API the solution is given.
func isBad(version int) bool {
	calls++
	return version >= badFrom
}

func apiSetup(bad int) { badFrom, calls = bad, 0 }
