//go:build ignore

package main

func sortColors(nums []int) {

}
