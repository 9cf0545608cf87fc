//go:build ignore

package main

// Mutant: demands strictly more than ten seconds since the last print, so a
// message repeated exactly ten seconds later is refused although it may be
// printed.
type Logger struct {
	printed map[string]int
}

func Constructor() Logger {
	return Logger{printed: map[string]int{}}
}

func (this *Logger) ShouldPrintMessage(timestamp int, message string) bool {
	if t, ok := this.printed[message]; ok && timestamp-t <= 10 {
		return false
	}
	this.printed[message] = timestamp
	return true
}
