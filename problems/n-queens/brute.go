//go:build ignore

package main

// solveNQueens tries every permutation of columns (one queen per row and per
// column), in lexicographic order, and keeps those where no two queens share
// a diagonal, checking every pair of queens.
func solveNQueens(n int) [][]string {
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	var out [][]string
	for {
		ok := true
		for a := 0; a < n && ok; a++ {
			for b := a + 1; b < n; b++ {
				d := perm[a] - perm[b]
				if d == b-a || d == a-b {
					ok = false
					break
				}
			}
		}
		if ok {
			board := make([]string, n)
			for r, c := range perm {
				row := make([]byte, n)
				for i := range row {
					row[i] = '.'
				}
				row[c] = 'Q'
				board[r] = string(row)
			}
			out = append(out, board)
		}
		// Next permutation in lexicographic order.
		i := n - 2
		for i >= 0 && perm[i] >= perm[i+1] {
			i--
		}
		if i < 0 {
			return out
		}
		j := n - 1
		for perm[j] <= perm[i] {
			j--
		}
		perm[i], perm[j] = perm[j], perm[i]
		for a, b := i+1, n-1; a < b; a, b = a+1, b-1 {
			perm[a], perm[b] = perm[b], perm[a]
		}
	}
}
