//go:build ignore

package main

import (
	"os"
	"strconv"
)

// _jFirstBad is the first bad version of the current test: the judge
// passes the test's hidden "bad" to apiSetup before each call. (The
// package's names start with _j, as the judge's own do, so that none
// collides with a solution's.)
var _jFirstBad int

// _jCalls counts the current test's calls of isBadVersion. A solution that
// calls it too often runs out of time; every 2^24 calls it says how many
// it has made, on stderr, which the report of a failing test shows.
var _jCalls int

// isBadVersion is the API the solution is given: version v is bad from
// the first bad version on.
func isBadVersion(version int) bool {
	_jCalls++
	if _jCalls&(1<<24-1) == 0 {
		os.Stderr.WriteString("isBadVersion called " + strconv.Itoa(_jCalls) + " times so far in this test (a binary search needs about 31)\n")
	}
	return version >= _jFirstBad
}

func apiSetup(bad int) { _jFirstBad, _jCalls = bad, 0 }
