//go:build ignore

package main

func change(amount int, coins []int) int {
	return 0
}
