//go:build ignore

package main

// Mutant: a map from key to count, with getMaxKey and getMinKey scanning
// every key: O(1) updates, but O(k) per query with k keys, about 6*10^8
// map steps when 2.5*10^4 keys meet 2.5*10^4 queries.
// verdict: time_limit_exceeded
type AllOne struct {
	count map[string]int
}

func Constructor() AllOne {
	return AllOne{count: map[string]int{}}
}

func (this *AllOne) Inc(key string) {
	this.count[key]++
}

func (this *AllOne) Dec(key string) {
	if this.count[key]--; this.count[key] == 0 {
		delete(this.count, key)
	}
}

func (this *AllOne) GetMaxKey() string {
	best, bc := "", 0
	for k, c := range this.count {
		if c > bc {
			best, bc = k, c
		}
	}
	return best
}

func (this *AllOne) GetMinKey() string {
	best, bc := "", 0
	for k, c := range this.count {
		if bc == 0 || c < bc {
			best, bc = k, c
		}
	}
	return best
}
