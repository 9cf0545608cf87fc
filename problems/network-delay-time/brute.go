//go:build ignore

package main

// networkDelayTime computes all-pairs shortest times with Floyd-Warshall on a
// matrix, then reads off row k.
func networkDelayTime(times [][]int, n int, k int) int {
	const inf = 1 << 40
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, n+1)
		for j := range d[i] {
			if i != j {
				d[i][j] = inf
			}
		}
	}
	for _, t := range times {
		d[t[0]][t[1]] = min(d[t[0]][t[1]], t[2])
	}
	for m := 1; m <= n; m++ {
		for i := 1; i <= n; i++ {
			for j := 1; j <= n; j++ {
				d[i][j] = min(d[i][j], d[i][m]+d[m][j])
			}
		}
	}
	worst := 0
	for v := 1; v <= n; v++ {
		if d[k][v] >= inf {
			return -1
		}
		worst = max(worst, d[k][v])
	}
	return worst
}
