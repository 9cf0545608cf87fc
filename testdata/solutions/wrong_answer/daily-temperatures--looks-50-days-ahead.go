// message: the first difference is at index
func dailyTemperatures(temperatures []int) []int {
	// Wrong on long inputs only: a warmer day can be more than 50 days
	// away, which no small test shows.
	out := make([]int, len(temperatures))
	for i, t := range temperatures {
		for j := i + 1; j < len(temperatures) && j <= i+50; j++ {
			if temperatures[j] > t {
				out[i] = j - i
				break
			}
		}
	}
	return out
}
