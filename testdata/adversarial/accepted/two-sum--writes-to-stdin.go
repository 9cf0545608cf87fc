import (
	"fmt"
	"os"
)

func twoSum(nums []int, target int) []int {
	os.Stdin.WriteString("hello")
	fmt.Fprintln(os.Stdout, "done: true")
	seen := map[int]int{}
	for i, v := range nums {
		if j, ok := seen[target-v]; ok {
			return []int{j, i}
		}
		seen[v] = i
	}
	return nil
}
