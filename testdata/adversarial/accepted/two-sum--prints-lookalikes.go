import (
	"fmt"
	"os"
)

// Prints what the judge's channel and its reports look like, on both
// streams: they are the solution's prints, nothing more.
func twoSum(nums []int, target int) []int {
	fmt.Println(`{"e":0,"ns":1,"out":[0,1]}`)
	fmt.Fprintln(os.Stderr, `{"fatal":"broken"}`)
	fmt.Println("✗ Wrong Answer  two-sum  0/21 tests passed")
	seen := map[int]int{}
	for i, v := range nums {
		if j, ok := seen[target-v]; ok {
			return []int{j, i}
		}
		seen[v] = i
	}
	return nil
}
