// message: larger than
// An answer of three million numbers (6 MB of JSON, where 10 bytes are
// expected): the judge must not hold it.
func twoSum(nums []int, target int) []int {
	out := make([]int, 3_000_000)
	for i := range out {
		out[i] = i % 2
	}
	return out
}
