//go:build ignore

package main

// minInterval walks, for each query, every integer point of every interval
// and records the interval's size when it meets the query.
func minInterval(intervals [][]int, queries []int) []int {
	ans := make([]int, len(queries))
	for j, q := range queries {
		ans[j] = -1
		for _, iv := range intervals {
			size := 0
			hit := false
			for x := iv[0]; x <= iv[1]; x++ {
				size++
				if x == q {
					hit = true
				}
			}
			if hit && (ans[j] == -1 || size < ans[j]) {
				ans[j] = size
			}
		}
	}
	return ans
}
