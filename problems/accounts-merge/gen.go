//go:build ignore

package main

import (
	"fmt"
	"math/rand/v2"
)

// genEmail is a 30-character address numbered k: every address has the
// same length and a long common prefix, so comparing two costs the most.
func genEmail(k int) string {
	return fmt.Sprintf("person.number.%07d@mail.org", k)
}

var genNames = []string{"Alex", "Blake", "Casey", "Drew", "Emery", "Finley", "Gray", "Harper"}

// genLinked is n accounts, account i holding emails i and i+1 (plus extra
// private ones up to `per` emails), in the given order: one person.
func genLinked(n, per int, order []int) [][]string {
	accounts := make([][]string, n)
	next := n + 1
	for pos, i := range order {
		acc := []string{"Quinn", genEmail(i), genEmail(i + 1)}
		for len(acc) < per+1 {
			acc = append(acc, genEmail(next))
			next++
		}
		accounts[pos] = acc
	}
	return accounts
}

// generate builds 1000 accounts in several shapes: nine private emails each
// (nothing merges; names repeat, so name-based merging fails), one long
// chain in order and shuffled (everything merges, one link at a time), a
// star around one shared email, and persons with small pools of emails
// whose accounts merge only when they happen to share one.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(721, 1000))
	const n = 1000
	apart := make([][]string, n)
	for i := range apart {
		acc := []string{genNames[r.IntN(len(genNames))]}
		for k := range 9 {
			acc = append(acc, genEmail(9*i+k))
		}
		apart[i] = acc
	}
	inOrder := make([]int, n)
	for i := range inOrder {
		inOrder[i] = i
	}
	star := make([][]string, n)
	for i := range star {
		star[i] = []string{"Sky", genEmail(2*i + 1), genEmail(0), genEmail(2*i + 2)}
	}
	pools := make([][]string, n)
	for i := range pools {
		p := r.IntN(300) // person p owns emails 12p .. 12p+11
		acc := []string{genNames[p%len(genNames)]}
		for _, k := range r.Perm(12)[:1+r.IntN(9)] {
			acc = append(acc, genEmail(12*p+k))
		}
		pools[i] = acc
	}
	return []GenCase{
		{Name: "large-all-apart", Input: map[string]any{"accounts": apart}},
		{Name: "large-chain-in-order", Input: map[string]any{"accounts": genLinked(n, 9, inOrder)}},
		{Name: "large-chain-shuffled", Input: map[string]any{"accounts": genLinked(n, 9, r.Perm(n))}},
		{Name: "large-chain-reversed", Input: map[string]any{"accounts": genLinked(n, 2, func() []int {
			o := make([]int, n)
			for i := range o {
				o[i] = n - 1 - i
			}
			return o
		}())}},
		{Name: "large-star", Input: map[string]any{"accounts": star}},
		{Name: "large-random-persons", Input: map[string]any{"accounts": pools}},
	}
}

// sized is n accounts of two emails each, in persons of four accounts
// linked in a chain (account j of person p holds emails 5p+j and 5p+j+1).
// Merging takes linear time, while comparing every pair of accounts takes
// n^2/2 comparisons.
func sized(n int) map[string]any {
	accounts := make([][]string, n)
	for i := range accounts {
		p, j := i/4, i%4
		accounts[i] = []string{genNames[p%len(genNames)], genEmail(5*p + j), genEmail(5*p + j + 1)}
	}
	return map[string]any{"accounts": accounts}
}
