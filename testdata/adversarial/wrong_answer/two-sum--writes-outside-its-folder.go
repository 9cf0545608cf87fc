import "os"

func twoSum(nums []int, target int) []int {
	try := func(what string, err error) {
		if err == nil {
			panic("escaped: " + what)
		}
	}
	try("wrote a file in the canary folder", os.WriteFile("__CANARY__/escaped", []byte("x"), 0o644))
	try("wrote beside its folder", os.WriteFile("../judge-adversarial-escaped", []byte("x"), 0o644))
	try("wrote in /tmp", os.WriteFile("/tmp/judge-adversarial-escaped", []byte("x"), 0o644))
	try("truncated the user's solution", os.Truncate("__CANARY__/solution.go", 0))
	try("deleted the user's history", os.Remove("__CANARY__/history.jsonl"))
	try("renamed the user's folder", os.Rename("__CANARY__", "__CANARY__-moved"))
	try("made a folder in the canary folder", os.Mkdir("__CANARY__/dir", 0o755))
	try("linked a file into the canary folder", os.Symlink("/etc/passwd", "__CANARY__/link"))
	return []int{-1, -1}
}
