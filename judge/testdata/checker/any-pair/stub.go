func anyPair(nums []int, target int) []int {

}
