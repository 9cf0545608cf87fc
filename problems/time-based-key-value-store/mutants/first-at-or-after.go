//go:build ignore

package main

import "sort"

// Mutant: binary-searches for the first version at or after the requested
// time and returns it, i.e. the wrong neighbour whenever the time falls
// between two writes.
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
	i := sort.Search(len(vs), func(i int) bool { return vs[i].ts >= timestamp })
	if i == len(vs) {
		if i == 0 {
			return ""
		}
		return vs[i-1].val
	}
	return vs[i].val
}
