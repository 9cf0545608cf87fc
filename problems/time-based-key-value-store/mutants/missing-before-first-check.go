//go:build ignore

package main

// Mutant: hand-written binary search for the last version at or before the
// time that never handles "every version is later": it returns the first
// version instead of "".
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
	if len(vs) == 0 {
		return ""
	}
	lo, hi := 0, len(vs)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if vs[mid].ts <= timestamp {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return vs[lo].val
}
