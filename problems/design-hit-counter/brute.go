//go:build ignore

package main

// HitCounter remembers every hit's timestamp and counts, on each query, the
// ones in the last 300 seconds.
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
	count := 0
	for _, t := range this.hits {
		if t > timestamp-300 && t <= timestamp {
			count++
		}
	}
	return count
}
