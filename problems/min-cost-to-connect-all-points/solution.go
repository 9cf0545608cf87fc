//go:build ignore

package main

// minCostConnectPoints grows a minimum spanning tree with Prim's algorithm on
// the complete graph: cheapest[j] is the cheapest cable from point j to any
// point already in the tree. Each step adds the outside point with the
// smallest such cable and lowers the others' cheapest links through it.
func minCostConnectPoints(points [][]int) int {
	n := len(points)
	const inf = 1 << 62
	cheapest := make([]int, n)
	inTree := make([]bool, n)
	for i := range cheapest {
		cheapest[i] = inf
	}
	cheapest[0] = 0
	total := 0
	for range n {
		u := -1
		for j := range n {
			if !inTree[j] && (u < 0 || cheapest[j] < cheapest[u]) {
				u = j
			}
		}
		inTree[u] = true
		total += cheapest[u]
		for j := range n {
			if !inTree[j] {
				d := mccAbs(points[u][0]-points[j][0]) + mccAbs(points[u][1]-points[j][1])
				cheapest[j] = min(cheapest[j], d)
			}
		}
	}
	return total
}

func mccAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
