// message: cgo
// #cgo LDFLAGS: -Wl,--version
// #include <stdio.h>
import "C"

func twoSum(nums []int, target int) []int { return nil }
