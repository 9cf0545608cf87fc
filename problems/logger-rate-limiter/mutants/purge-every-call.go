//go:build ignore

package main

// Mutant: to keep memory small, walks the whole map on every call and
// deletes the messages whose ten seconds are over. When many distinct
// messages arrive within ten seconds, nothing can be deleted and each call
// still visits every entry: O(m) per call, O(n^2) over the session.
// verdict: time_limit_exceeded
type Logger struct {
	nextAllowed map[string]int
}

func Constructor() Logger {
	return Logger{nextAllowed: map[string]int{}}
}

func (this *Logger) ShouldPrintMessage(timestamp int, message string) bool {
	for m, next := range this.nextAllowed {
		if next <= timestamp {
			delete(this.nextAllowed, m)
		}
	}
	if _, ok := this.nextAllowed[message]; ok {
		return false
	}
	this.nextAllowed[message] = timestamp + 10
	return true
}
