//go:build ignore

package main

import "container/heap"

// Mutant: picks the right k words with a size-k min-heap but returns them in
// the order they leave the heap, worst first, forgetting to reverse.
type entry struct {
	word  string
	count int
}

type lowHeap []entry

func (h lowHeap) Len() int { return len(h) }
func (h lowHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word > h[j].word
}
func (h lowHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *lowHeap) Push(x any)   { *h = append(*h, x.(entry)) }
func (h *lowHeap) Pop() any {
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
	h := &lowHeap{}
	for w, c := range counts {
		heap.Push(h, entry{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	var out []string
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(entry).word)
	}
	return out
}
