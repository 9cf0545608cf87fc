//go:build ignore

package main

// Logger maps each message to the first second at which it may be printed
// again. A message that is not in the map has never been printed.
type Logger struct {
	nextAllowed map[string]int
}

func Constructor() Logger {
	return Logger{nextAllowed: map[string]int{}}
}

// ShouldPrintMessage prints (and returns true) unless the message was
// printed fewer than ten seconds ago. Only a print moves the next allowed
// time; a refused attempt leaves it alone.
func (this *Logger) ShouldPrintMessage(timestamp int, message string) bool {
	if next, ok := this.nextAllowed[message]; ok && timestamp < next {
		return false
	}
	this.nextAllowed[message] = timestamp + 10
	return true
}
