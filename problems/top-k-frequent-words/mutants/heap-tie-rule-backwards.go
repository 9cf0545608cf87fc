//go:build ignore

package main

import "container/heap"

// Mutant: the size-k min-heap orders equal counts alphabetically, the same
// way as the answer, so when it overflows it evicts the alphabetically first
// of the least frequent words (which should stay) and the answer lists ties
// in reverse dictionary order.
//
// No time_limit_exceeded mutant: with at most 500 words, even counting each
// word by a full scan (O(n^2)) finishes in microseconds, so no slower class
// can fail reliably at these limits.
type pair struct {
	word  string
	count int
}

type minHeap []pair

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word < h[j].word
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(pair)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topKFrequent(words []string, k int) []string {
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	h := &minHeap{}
	for w, c := range counts {
		heap.Push(h, pair{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]string, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(pair).word
	}
	return out
}
