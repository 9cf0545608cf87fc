//go:build ignore

package main

// leastInterval counts the tasks. The most frequent label, say f times, needs
// f-1 full frames of n+1 intervals followed by one last slot for each label
// that also occurs f times. Other tasks fill the idle gaps; if there are too
// many to fit, no idling is needed at all and the answer is the task count.
func leastInterval(tasks []byte, n int) int {
	var count [26]int
	top := 0
	for _, t := range tasks {
		count[t-'A']++
		top = max(top, count[t-'A'])
	}
	atTop := 0
	for _, c := range count {
		if c == top {
			atTop++
		}
	}
	return max(len(tasks), (top-1)*(n+1)+atTop)
}
