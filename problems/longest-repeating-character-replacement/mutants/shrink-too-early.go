//go:build ignore

package main

// Mutant: shrinks the window as soon as it needs k changes (>= k) instead of
// more than k, so windows that use the whole budget are never counted.
func characterReplacement(s string, k int) int {
	var count [26]int
	maxCount, left, best := 0, 0, 0
	for right := 0; right < len(s); right++ {
		c := s[right] - 'A'
		count[c]++
		maxCount = max(maxCount, count[c])
		if right-left+1-maxCount >= k && left <= right {
			count[s[left]-'A']--
			left++
		}
		best = max(best, right-left+1)
	}
	return best
}
