//go:build ignore

package main

// spiralOrder walks cell by cell with a direction, marking visited cells,
// and turns clockwise whenever the next step would leave the grid or land on
// a visited cell.
func spiralOrder(matrix [][]int) []int {
	m, n := len(matrix), len(matrix[0])
	seen := make([][]bool, m)
	for i := range seen {
		seen[i] = make([]bool, n)
	}
	dr := []int{0, 1, 0, -1}
	dc := []int{1, 0, -1, 0}
	var out []int
	r, c, d := 0, 0, 0
	for range m * n {
		out = append(out, matrix[r][c])
		seen[r][c] = true
		nr, nc := r+dr[d], c+dc[d]
		if nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr][nc] {
			d = (d + 1) % 4
			nr, nc = r+dr[d], c+dc[d]
		}
		r, c = nr, nc
	}
	return out
}
