//go:build ignore

package main

func exclusiveTime(n int, logs []string) []int {
	return nil
}
