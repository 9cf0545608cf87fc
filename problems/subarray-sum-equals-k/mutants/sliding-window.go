//go:build ignore

package main

// Mutant: a sliding window that shrinks while the sum exceeds k. It only
// works for positive numbers; zeros and negatives break it.
func subarraySum(nums []int, k int) int {
	count, sum, lo := 0, 0, 0
	for hi, v := range nums {
		sum += v
		for sum > k && lo <= hi {
			sum -= nums[lo]
			lo++
		}
		if sum == k {
			count++
		}
	}
	return count
}
