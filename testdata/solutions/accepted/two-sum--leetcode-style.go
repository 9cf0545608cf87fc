package main

import (
	"fmt"
	"sort"
)

// A LeetCode-style answer with its own helper type and a main the user kept
// from testing locally: both must be fine.
type entry struct{ v, i int }

func twoSum(nums []int, target int) []int {
	es := make([]entry, len(nums))
	for i, v := range nums {
		es[i] = entry{v, i}
	}
	sort.Slice(es, func(a, b int) bool { return es[a].v < es[b].v })
	for i, j := 0, len(es)-1; i < j; {
		switch s := es[i].v + es[j].v; {
		case s == target:
			return []int{es[i].i, es[j].i}
		case s < target:
			i++
		default:
			j--
		}
	}
	return nil
}

func main() {
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9))
}
