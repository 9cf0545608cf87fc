//go:build ignore

package main

// AllOne keeps a plain map from key to count and answers each query by
// looking at every key, breaking ties by the smallest key.
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
	this.count[key]--
	if this.count[key] == 0 {
		delete(this.count, key)
	}
}

func (this *AllOne) GetMaxKey() string {
	best := ""
	for k, c := range this.count {
		if best == "" || c > this.count[best] || (c == this.count[best] && k < best) {
			best = k
		}
	}
	return best
}

func (this *AllOne) GetMinKey() string {
	best := ""
	for k, c := range this.count {
		if best == "" || c < this.count[best] || (c == this.count[best] && k < best) {
			best = k
		}
	}
	return best
}
