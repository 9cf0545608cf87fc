//go:build ignore

package main

// Mutant: for every start position, extends the window to the right until it
// covers t: correct, but O(m^2) when covering windows are long.
// verdict: time_limit_exceeded
func minWindow(s string, t string) string {
	var want [128]int
	for i := 0; i < len(t); i++ {
		want[t[i]]++
	}
	best := ""
	for start := 0; start < len(s); start++ {
		need := want
		missing := len(t)
		for end := start; end < len(s); end++ {
			if need[s[end]] > 0 {
				missing--
			}
			need[s[end]]--
			if missing == 0 {
				if best == "" || end-start+1 < len(best) {
					best = s[start : end+1]
				}
				break
			}
		}
	}
	return best
}
