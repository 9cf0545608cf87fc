//go:build ignore

package main

import "math/rand/v2"

const (
	genLen   = 1000 // elements in the wrapped iterator
	genCalls = 1000 // calls after the constructor
	genMaxV  = 1000 // values lie in [1, genMaxV]
)

// genSequence is the tests' form of calls on an iterator over nums: pick
// chooses each call ("hasNext", "next" or "peek") given how many elements
// are left, and must not choose next or peek when none is.
func genSequence(nums []int, calls int, pick func(left int) string) map[string]any {
	ops := []string{"PeekingIterator"}
	args := []any{[]any{nums}}
	left := len(nums)
	for range calls {
		op := pick(left)
		if op == "next" {
			left--
		}
		ops = append(ops, op)
		args = append(args, []any{})
	}
	return map[string]any{"operations": ops, "arguments": args}
}

// generate builds sequences at the limits (1000 elements, 1000 calls):
// random calls, runs of peeks before each next, only nexts and a final
// hasNext, equal values with hasNext asked often, and a short list read
// to its end and probed past it.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(284, 1000))
	randomNums := func(n int) []int {
		nums := make([]int, n)
		for i := range nums {
			nums[i] = 1 + r.IntN(genMaxV)
		}
		return nums
	}

	random := genSequence(randomNums(genLen), genCalls, func(left int) string {
		if left == 0 {
			return "hasNext"
		}
		return [...]string{"hasNext", "next", "peek"}[r.IntN(3)]
	})

	peeks := 0
	peekRuns := genSequence(randomNums(genLen), genCalls, func(left int) string {
		if peeks > 0 {
			peeks--
			return "peek"
		}
		peeks = 1 + r.IntN(3)
		return "next"
	})

	ascending := make([]int, genLen)
	for i := range ascending {
		ascending[i] = i + 1
	}
	nexts := 0
	nextOnly := genSequence(ascending, genCalls, func(left int) string {
		if nexts++; nexts < genCalls {
			return "next"
		}
		return "hasNext"
	})

	equal := make([]int, genLen)
	for i := range equal {
		equal[i] = genMaxV
	}
	equalCalls := genSequence(equal, genCalls, func(left int) string {
		return [...]string{"hasNext", "hasNext", "peek", "next"}[r.IntN(4)]
	})

	// 300 elements: read to the end (peeking at each), then probed with
	// hasNext and, while anything is left, peek.
	short := genSequence(randomNums(300), genCalls, func(left int) string {
		if left == 0 {
			return "hasNext"
		}
		return [...]string{"peek", "next", "next"}[r.IntN(3)]
	})

	return []GenCase{
		{Name: "large-random-calls", Input: random},
		{Name: "large-peek-runs-before-next", Input: peekRuns},
		{Name: "large-next-only", Input: nextOnly},
		{Name: "large-equal-values-many-has-next", Input: equalCalls},
		{Name: "large-read-to-end-then-probe", Input: short},
	}
}

// sized is an iterator over n elements and n calls cycling hasNext, peek,
// next: O(1) each for the reference.
func sized(n int) map[string]any {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = 1 + i%genMaxV
	}
	k := 0
	return genSequence(nums, n, func(left int) string {
		k++
		return [...]string{"hasNext", "peek", "next"}[k%3]
	})
}
