//go:build ignore

package main

// characterReplacement slides a window that never shrinks: it grows by one on
// the right, and when the letters other than its most frequent one exceed k,
// it also drops one letter on the left. Its final length is the answer.
func characterReplacement(s string, k int) int {
	var count [26]int
	maxCount := 0 // largest count of one letter in any window so far
	left := 0
	for right := 0; right < len(s); right++ {
		c := s[right] - 'A'
		count[c]++
		maxCount = max(maxCount, count[c])
		if right-left+1-maxCount > k {
			count[s[left]-'A']--
			left++
		}
	}
	return len(s) - left
}
