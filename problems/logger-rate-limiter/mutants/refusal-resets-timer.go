//go:build ignore

package main

// Mutant: records the timestamp of every attempt, printed or not, so a
// message that keeps being refused is blocked for ten seconds after the
// latest attempt instead of after the latest print.
type Logger struct {
	last map[string]int
}

func Constructor() Logger {
	return Logger{last: map[string]int{}}
}

func (this *Logger) ShouldPrintMessage(timestamp int, message string) bool {
	prev, seen := this.last[message]
	this.last[message] = timestamp
	return !seen || timestamp-prev >= 10
}
