// message: the recursion at
// message: →
func twoSum(nums []int, target int) []int {
	if even(target) {
		return nil
	}
	return []int{0, 1}
}

// even and odd call each other without a base case.
func even(n int) bool { return !odd(n - 1) }

func odd(n int) bool { return !even(n - 1) }
