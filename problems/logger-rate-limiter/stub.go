//go:build ignore

package main

type Logger struct {
}

func Constructor() Logger {
	return Logger{}
}

func (this *Logger) ShouldPrintMessage(timestamp int, message string) bool {
	return false
}

/**
 * Your Logger object will be instantiated and called as such:
 * obj := Constructor();
 * param_1 := obj.ShouldPrintMessage(timestamp,message);
 */
