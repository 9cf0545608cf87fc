//go:build ignore

package main

import "sort"

// TimeMap keeps, for every key, its versions in the order they were set.
// Timestamps only grow, so each list is already sorted by time: set appends
// in O(1), and get binary-searches for the last version at or before the
// requested time in O(log n).
type TimeMap struct {
	versions map[string][]timeMapVersion
}

type timeMapVersion struct {
	timestamp int
	value     string
}

func Constructor() TimeMap {
	return TimeMap{versions: make(map[string][]timeMapVersion)}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
	this.versions[key] = append(this.versions[key], timeMapVersion{timestamp, value})
}

func (this *TimeMap) Get(key string, timestamp int) string {
	vs := this.versions[key]
	// i is the first version set after timestamp; the answer sits just before.
	i := sort.Search(len(vs), func(i int) bool { return vs[i].timestamp > timestamp })
	if i == 0 {
		return ""
	}
	return vs[i-1].value
}
