// message: embed
import _ "embed"

//go:embed /etc/passwd
var passwd string

func twoSum(nums []int, target int) []int { return nil }
