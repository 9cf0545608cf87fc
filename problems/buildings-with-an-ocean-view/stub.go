//go:build ignore

package main

func findBuildings(heights []int) []int {
	return nil
}
