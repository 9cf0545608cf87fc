import (
	"net"
	"time"
)

// The test listens on __PORT__ and on a Unix socket in the canary folder.
func twoSum(nums []int, target int) []int {
	for _, a := range [][2]string{{"tcp", "127.0.0.1:__PORT__"}, {"unix", "__CANARY__/sock"},
		{"tcp", "1.1.1.1:53"}, {"udp", "192.0.2.1:9"}} {
		if c, err := net.DialTimeout(a[0], a[1], 100*time.Millisecond); err == nil {
			c.Close()
			panic("escaped: connected to " + a[1])
		}
	}
	return []int{-1, -1}
}
