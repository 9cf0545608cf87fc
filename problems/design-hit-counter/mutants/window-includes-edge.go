//go:build ignore

package main

// Mutant: keeps hits from timestamp-300 too, so a hit exactly 300 seconds
// old is still counted; the window is the 300 seconds ending now, from
// timestamp-299 to timestamp.
//
// No time_limit_exceeded mutant: LeetCode allows at most 300 calls, so even
// scanning every hit ever recorded on each getHits (O(n) per call) finishes
// in microseconds; no slower class can fail at these limits.
type HitCounter struct {
	hits []int
}

func Constructor() HitCounter {
	return HitCounter{}
}

func (this *HitCounter) Hit(timestamp int) {
	this.hits = append(this.hits, timestamp)
}

func (this *HitCounter) GetHits(timestamp int) int {
	for len(this.hits) > 0 && this.hits[0] < timestamp-300 {
		this.hits = this.hits[1:]
	}
	return len(this.hits)
}
