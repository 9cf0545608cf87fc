//go:build ignore

package main

func nextPermutation(nums []int) {

}
