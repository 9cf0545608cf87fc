//go:build ignore

package main

import "container/heap"

// wordCount is a distinct word and how often it occurs.
type wordCount struct {
	word  string
	count int
}

// ranksAbove reports whether a ranks above b: more occurrences, or as many
// and earlier in dictionary order.
func ranksAbove(a, b wordCount) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

// worstFirst is a heap whose top is the lowest-ranked word it holds.
type worstFirst []wordCount

func (h worstFirst) Len() int           { return len(h) }
func (h worstFirst) Less(i, j int) bool { return ranksAbove(h[j], h[i]) }
func (h worstFirst) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *worstFirst) Push(x any)        { *h = append(*h, x.(wordCount)) }
func (h *worstFirst) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// topKFrequent counts the words, keeps the k best-ranked in a heap whose top
// is the worst of them, and empties the heap into the answer from the back.
func topKFrequent(words []string, k int) []string {
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	h := make(worstFirst, 0, k+1)
	for w, c := range counts {
		heap.Push(&h, wordCount{w, c})
		if h.Len() > k {
			heap.Pop(&h)
		}
	}
	out := make([]string, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(&h).(wordCount).word
	}
	return out
}
