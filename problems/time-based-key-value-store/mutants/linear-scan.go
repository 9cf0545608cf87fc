//go:build ignore

package main

// Mutant: walks a key's versions backwards from the newest until it finds one
// at or before the time: O(n) per get instead of O(log n).
// verdict: time_limit_exceeded
type TimeMap struct {
	m map[string][]item
}

type item struct {
	ts  int
	val string
}

func Constructor() TimeMap {
	return TimeMap{m: map[string][]item{}}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
	this.m[key] = append(this.m[key], item{timestamp, value})
}

func (this *TimeMap) Get(key string, timestamp int) string {
	vs := this.m[key]
	for i := len(vs) - 1; i >= 0; i-- {
		if vs[i].ts <= timestamp {
			return vs[i].val
		}
	}
	return ""
}
