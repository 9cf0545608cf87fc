//go:build ignore

package main

// Mutant: stores values under (key, timestamp) and only finds a value when
// get asks for exactly the time it was written.
type TimeMap struct {
	m map[string]map[int]string
}

func Constructor() TimeMap {
	return TimeMap{m: map[string]map[int]string{}}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
	if this.m[key] == nil {
		this.m[key] = map[int]string{}
	}
	this.m[key][timestamp] = value
}

func (this *TimeMap) Get(key string, timestamp int) string {
	return this.m[key][timestamp]
}
