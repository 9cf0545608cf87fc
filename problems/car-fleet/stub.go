//go:build ignore

package main

func carFleet(target int, position []int, speed []int) int {
	return 0
}
