//go:build ignore

package main

// numDistinct tries every set of len(t) positions of s, in increasing order,
// and counts the sets whose letters spell t.
func numDistinct(s string, t string) int {
	picked := make([]byte, 0, len(t))
	var count func(from int) int
	count = func(from int) int {
		if len(picked) == len(t) {
			if string(picked) == t {
				return 1
			}
			return 0
		}
		total := 0
		for k := from; k <= len(s)-(len(t)-len(picked)); k++ {
			picked = append(picked, s[k])
			total += count(k + 1)
			picked = picked[:len(picked)-1]
		}
		return total
	}
	return count(0)
}
