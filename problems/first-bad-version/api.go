//go:build ignore

package main

// firstBad is the first bad version of the current test: the judge passes
// the test's hidden "bad" to apiSetup before each call.
var firstBad int

// isBadVersion is the API the solution is given: version v is bad from
// the first bad version on.
func isBadVersion(version int) bool {
	return version >= firstBad
}

func apiSetup(bad int) { firstBad = bad }
