//go:build ignore

package main

// minCostConnectPoints tries every set of n - 1 pairs, keeps the sets that
// connect all points (checked by spreading labels until nothing changes),
// and returns the cheapest.
func minCostConnectPoints(points [][]int) int {
	n := len(points)
	type pair struct{ a, b, w int }
	var pairs []pair
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			dx, dy := points[i][0]-points[j][0], points[i][1]-points[j][1]
			if dx < 0 {
				dx = -dx
			}
			if dy < 0 {
				dy = -dy
			}
			pairs = append(pairs, pair{i, j, dx + dy})
		}
	}
	best := -1
	chosen := make([]pair, 0, n)
	var pick func(from int)
	pick = func(from int) {
		if len(chosen) == n-1 {
			label := make([]int, n)
			for i := range label {
				label[i] = i
			}
			for changed := true; changed; {
				changed = false
				for _, p := range chosen {
					m := min(label[p.a], label[p.b])
					if label[p.a] != m || label[p.b] != m {
						label[p.a], label[p.b] = m, m
						changed = true
					}
				}
			}
			cost := 0
			for i := range label {
				if label[i] != 0 {
					return
				}
			}
			for _, p := range chosen {
				cost += p.w
			}
			if best < 0 || cost < best {
				best = cost
			}
			return
		}
		for i := from; i < len(pairs); i++ {
			chosen = append(chosen, pairs[i])
			pick(i + 1)
			chosen = chosen[:len(chosen)-1]
		}
	}
	pick(0)
	return best
}
