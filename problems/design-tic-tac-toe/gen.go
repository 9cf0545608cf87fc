//go:build ignore

package main

import (
	"math/rand/v2"
	"strconv"
)

// genDrawBoard colours a k x k board (k >= 4) like a chequerboard, player 1
// where row+col is even, then swaps two cells in the top and in the bottom
// row to break the diagonals: every row, column and diagonal holds both
// players, and each player has half the cells (rounded up for player 1).
func genDrawBoard(k int) [][]int {
	b := make([][]int, k)
	for r := range b {
		b[r] = make([]int, k)
		for c := range b[r] {
			b[r][c] = 1 + (r+c)%2
		}
	}
	b[0][0], b[0][1] = b[0][1], b[0][0]
	b[k-1][0], b[k-1][1] = b[k-1][1], b[k-1][0]
	return b
}

// genFullLines lists the lines (as "r3", "c7", "d", "a") that one player
// fills completely on the board.
func genFullLines(b [][]int) []string {
	k := len(b)
	var out []string
	same := func(name string, cell func(i int) int) {
		first := cell(0)
		for i := 1; i < k; i++ {
			if cell(i) != first {
				return
			}
		}
		if first != 0 {
			out = append(out, name)
		}
	}
	for i := 0; i < k; i++ {
		same("r"+strconv.Itoa(i), func(j int) int { return b[i][j] })
		same("c"+strconv.Itoa(i), func(j int) int { return b[j][i] })
	}
	same("d", func(j int) int { return b[j][j] })
	same("a", func(j int) int { return b[j][k-1-j] })
	return out
}

// genGame plays out the board as a game, player 1 first and turns
// alternating: each player's cells in an order fixed by shuffle, with the cell last, if given, played as its owner's final move.
// The players' cell counts must be equal or one more for player 1.
func genGame(b [][]int, shuffle *rand.Rand, last *[2]int) map[string]any {
	k := len(b)
	var cells [3][][2]int
	for r := 0; r < k; r++ {
		for c := 0; c < k; c++ {
			if p := b[r][c]; p != 0 && (last == nil || [2]int{r, c} != *last) {
				cells[p] = append(cells[p], [2]int{r, c})
			}
		}
	}
	for p := 1; p <= 2; p++ {
		shuffle.Shuffle(len(cells[p]), func(i, j int) { cells[p][i], cells[p][j] = cells[p][j], cells[p][i] })
	}
	if last != nil {
		p := b[last[0]][last[1]]
		cells[p] = append(cells[p], *last)
	}
	if d := len(cells[1]) - len(cells[2]); d != 0 && d != 1 {
		panic("genGame: the players' cell counts do not allow alternating turns")
	}
	ops := []string{"TicTacToe"}
	args := [][]int{{k}}
	for i := 0; i < len(cells[1])+len(cells[2]); i++ {
		p := 1 + i%2
		cell := cells[p][i/2]
		ops = append(ops, "move")
		args = append(args, []int{cell[0], cell[1], p})
	}
	return map[string]any{"operations": ops, "arguments": args}
}

// genExpect panics unless the board's full lines are exactly want: a game
// only ends (or ends only where planned) if the final board says so.
func genExpect(b [][]int, want ...string) {
	got := genFullLines(b)
	if len(got) != len(want) {
		panic("generator: unexpected full lines")
	}
	for i := range got {
		if got[i] != want[i] {
			panic("generator: unexpected full lines")
		}
	}
}

// generate plays full games on the largest board, 100 x 100, so that a
// referee re-scanning the board per move reads about 2*10^8 cells: a game
// with no winner in random order, games won on the very last move (main
// diagonal by player 1, other diagonal by player 2, a column by player 2),
// and a game whose rows are all one cell short of full.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(348, 100))
	const k = 100
	var out []GenCase

	draw := genDrawBoard(k)
	genExpect(draw)
	out = append(out, GenCase{Name: "large-full-board-no-winner", Input: genGame(draw, r, nil)})

	// Keep the main diagonal all player 1's and leave one cell of player 2
	// empty, so that player 1 moves last and completes the diagonal.
	diag := genDrawBoard(k)
	diag[0][0], diag[0][1] = diag[0][1], diag[0][0]
	diag[50][51] = 0
	genExpect(diag, "d")
	out = append(out, GenCase{Name: "large-main-diagonal-on-last-move", Input: genGame(diag, r, &[2]int{63, 63})})

	// The other diagonal (row+col odd) is all player 2's on a chequerboard
	// of even side; player 2 moves last.
	anti := genDrawBoard(k)
	anti[k-1][0], anti[k-1][1] = anti[k-1][1], anti[k-1][0]
	genExpect(anti, "a")
	out = append(out, GenCase{Name: "large-anti-diagonal-on-last-move", Input: genGame(anti, r, &[2]int{40, 59})})

	// Column 37 made all player 2's by swapping its player-1 cells (odd
	// rows) with a neighbour in their row, alternately left and right so
	// that columns 36 and 38 stay mixed.
	col := genDrawBoard(k)
	for row := 1; row < k; row += 2 {
		side := 36
		if row%4 == 3 {
			side = 38
		}
		col[row][37], col[row][side] = col[row][side], col[row][37]
	}
	genExpect(col, "c37")
	out = append(out, GenCase{Name: "large-column-on-last-move", Input: genGame(col, r, &[2]int{12, 37})})

	// Rows 0..49 player 1's but for their last cell, rows 50..99 player 2's
	// but for theirs, in random order: every row looks nearly won late in
	// the game.
	rows := make([][]int, k)
	for i := range rows {
		rows[i] = make([]int, k)
		p, q := 1, 2
		if i >= k/2 {
			p, q = 2, 1
		}
		for j := range rows[i] {
			rows[i][j] = p
		}
		rows[i][k-1] = q
	}
	genExpect(rows)
	out = append(out, GenCase{Name: "large-rows-one-short", Input: genGame(rows, r, nil)})
	return out
}

// sized plays n moves of a game without a winner on a board of side
// ceil(sqrt(n)) (at least 4), in random order. The intended referee does
// O(1) per move; one that scans the board does O(side^2) = O(n) per move,
// O(n^2) in all.
func sized(n int) map[string]any {
	k := 4
	for k*k < n {
		k++
	}
	g := genGame(genDrawBoard(k), rand.New(rand.NewPCG(348, uint64(n))), nil)
	ops := g["operations"].([]string)
	args := g["arguments"].([][]int)
	return map[string]any{"operations": ops[:n], "arguments": args[:n]}
}
