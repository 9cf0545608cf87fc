//go:build ignore

package main

func moveZeroes(nums []int) {

}
