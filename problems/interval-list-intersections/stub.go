//go:build ignore

package main

func intervalIntersection(firstList [][]int, secondList [][]int) [][]int {
	return nil
}
