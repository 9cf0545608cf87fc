//go:build ignore

package main

// checkValidString keeps the exact set of open-bracket counts that some
// choice of the stars so far can leave, expanding every star into all
// three of its meanings and dropping counts that go negative.
func checkValidString(s string) bool {
	counts := map[int]bool{0: true}
	for _, c := range s {
		next := map[int]bool{}
		for k := range counts {
			var options []int
			switch c {
			case '(':
				options = []int{k + 1}
			case ')':
				options = []int{k - 1}
			default:
				options = []int{k + 1, k, k - 1}
			}
			for _, o := range options {
				if o >= 0 {
					next[o] = true
				}
			}
		}
		counts = next
	}
	return counts[0]
}
