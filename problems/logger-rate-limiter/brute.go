//go:build ignore

package main

// Logger keeps a log of every print and, for each call, scans the whole log
// for the latest print of the same message.
type Logger struct {
	times    []int
	messages []string
}

func Constructor() Logger {
	return Logger{}
}

func (this *Logger) ShouldPrintMessage(timestamp int, message string) bool {
	for i := range this.messages {
		if this.messages[i] == message && timestamp-this.times[i] < 10 {
			return false
		}
	}
	this.times = append(this.times, timestamp)
	this.messages = append(this.messages, message)
	return true
}
