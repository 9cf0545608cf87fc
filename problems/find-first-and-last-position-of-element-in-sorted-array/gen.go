//go:build ignore

package main

// generate builds 100,000-element arrays: every element equal to the target,
// 100 blocks of 1,000 equal values searched for a middle block and for the
// first block, blocks with the target's block removed, and an array made of
// only the two extreme values.
func generate() []GenCase {
	const n = 100_000
	same := make([]int, n)
	blocks := make([]int, n)
	gapped := make([]int, 0, n)
	extremes := make([]int, n)
	for i := range n {
		same[i] = 7
		blocks[i] = i / 1_000
		if v := i / 990; v != 42 {
			gapped = append(gapped, v)
		}
		extremes[i] = -1_000_000_000
		if i >= n/2 {
			extremes[i] = 1_000_000_000
		}
	}
	return []GenCase{
		{Name: "large-all-target", Input: map[string]any{"nums": same, "target": 7}},
		{Name: "large-middle-block", Input: map[string]any{"nums": blocks, "target": 42}},
		{Name: "large-first-block", Input: map[string]any{"nums": blocks, "target": 0}},
		{Name: "large-block-missing", Input: map[string]any{"nums": gapped, "target": 42}},
		{Name: "large-extremes-high", Input: map[string]any{"nums": extremes, "target": 1_000_000_000}},
	}
}

// sized builds n sorted values that all equal the target except the first
// and the last, so the answer is [1, n-2]: a search that finds one copy and
// then walks outwards to the block's edges does n steps.
func sized(n int) map[string]any {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = 7
	}
	nums[0], nums[n-1] = 6, 8
	return map[string]any{"nums": nums, "target": 7}
}
