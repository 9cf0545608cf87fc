// input: temperatures: 100000 ints
func dailyTemperatures(temperatures []int) []int {
	out := make([]int, len(temperatures))
	for i, t := range temperatures {
		for j := i + 1; j < len(temperatures); j++ {
			if temperatures[j] > t {
				out[i] = j - i
				break
			}
		}
	}
	return out
}
