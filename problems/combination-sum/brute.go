//go:build ignore

package main

// combinationSum fills a table, candidate by candidate, of every multiset
// summing to each amount from 0 to target (like counting coin change, but
// keeping the lists): adding candidate c extends the lists for amount t-c,
// already updated for c, so c may repeat.
func combinationSum(candidates []int, target int) [][]int {
	ways := make([][][]int, target+1)
	ways[0] = [][]int{{}}
	for _, c := range candidates {
		for t := c; t <= target; t++ {
			for _, w := range ways[t-c] {
				nw := append(append([]int{}, w...), c)
				ways[t] = append(ways[t], nw)
			}
		}
	}
	if ways[target] == nil {
		return [][]int{}
	}
	return ways[target]
}
