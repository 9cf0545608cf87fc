import (
	"os"
	"syscall"
)

// Starts a copy of itself in a new session, out of its process group, and
// spins. Where it may start processes at all, the copy must still die.
func twoSum(nums []int, target int) []int {
	exe := "/proc/self/exe"
	if _, err := os.Stat("/prog"); err == nil {
		exe = "/prog"
	}
	_, err := syscall.ForkExec(exe, []string{"judge-adversarial-setsid"}, &syscall.ProcAttr{
		Sys: &syscall.SysProcAttr{Setsid: true},
	})
	if err != nil {
		panic(err)
	}
	for {
	}
}
