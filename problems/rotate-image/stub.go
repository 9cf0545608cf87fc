//go:build ignore

package main

func rotate(matrix [][]int) {

}
