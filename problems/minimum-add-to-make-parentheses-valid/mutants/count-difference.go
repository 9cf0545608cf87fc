//go:build ignore

package main

// Mutant: answers |opens - closes|, ignoring order, so ")(" looks balanced.
// (No time-limit mutant: at 1000 characters even deleting "()" pairs over
// and over is far inside the limit.)
// verdict: wrong_answer
func minAddToMakeValid(s string) int {
	d := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '(' {
			d++
		} else {
			d--
		}
	}
	if d < 0 {
		d = -d
	}
	return d
}
