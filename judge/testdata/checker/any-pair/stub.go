//go:build ignore

package main

func anyPair(nums []int, target int) []int {

}
