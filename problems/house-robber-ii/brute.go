//go:build ignore

package main

// rob tries every set of houses (as a bit mask), discards those with two
// neighbours in the ring, and keeps the richest of the rest.
func rob(nums []int) int {
	n := len(nums)
	best := 0
	for mask := 0; mask < 1<<n; mask++ {
		ok, sum := true, 0
		for i := 0; i < n && ok; i++ {
			if mask>>i&1 == 0 {
				continue
			}
			next := (i + 1) % n
			if next != i && mask>>next&1 == 1 {
				ok = false
			}
			sum += nums[i]
		}
		if ok && sum > best {
			best = sum
		}
	}
	return best
}
