// A variable named like a package of github.com/emirpasic/gods: the judge
// must not import the package for it (an import left unused would not
// compile).
func twoSum(nums []int, target int) []int {
	treemap := map[int]int{}
	for i, v := range nums {
		if j, ok := treemap[target-v]; ok {
			return []int{j, i}
		}
		treemap[v] = i
	}
	return nil
}
