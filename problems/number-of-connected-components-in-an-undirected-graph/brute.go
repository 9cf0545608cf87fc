//go:build ignore

package main

// countComponents gives every node its own label and keeps passing over the
// edge list, lowering both ends of each edge to the smaller of their labels,
// until a pass changes nothing. Each component ends with one label: the
// answer is the number of distinct labels.
func countComponents(n int, edges [][]int) int {
	label := make([]int, n)
	for i := range label {
		label[i] = i
	}
	for changed := true; changed; {
		changed = false
		for _, e := range edges {
			a, b := e[0], e[1]
			if label[a] != label[b] {
				low := min(label[a], label[b])
				label[a], label[b] = low, low
				changed = true
			}
		}
	}
	distinct := map[int]bool{}
	for _, l := range label {
		distinct[l] = true
	}
	return len(distinct)
}
