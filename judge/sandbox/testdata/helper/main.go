// Command helper is the program the sandbox's tests run: its argument
// names what it does.
package main

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
	"unsafe"
)

func main() {
	if len(os.Args) < 2 {
		os.Exit(2)
	}
	switch os.Args[1] {
	case "hello":
		os.Stdout.WriteString("hello\n")
		os.NewFile(3, "judge").WriteString(`{"done":true}` + "\n")
	case "bomb":
		// Each process forks ten times; each child does the same. Every
		// process then sleeps about 30 s and exits.
		for i := 0; i < 10; i++ {
			if _, _, e := syscall.RawSyscall(syscall.SYS_CLONE, uintptr(syscall.SIGCHLD), 0, 0); e != 0 {
				os.Exit(7)
			}
		}
		for i := 0; i < 3000; i++ {
			ts := syscall.Timespec{Nsec: 10_000_000}
			syscall.RawSyscall(syscall.SYS_NANOSLEEP, uintptr(unsafe.Pointer(&ts)), 0, 0)
		}
		syscall.RawSyscall(syscall.SYS_EXIT_GROUP, 0, 0, 0)
	case "long-output":
		// 1 MB on stdout in writes of every size, between a first and a
		// last line.
		os.Stdout.WriteString("FIRST\n")
		sizes := []int{1, 100, 5000, 40000, 70000}
		for i, total := 0, 0; total < 1<<20; i++ {
			n := sizes[i%len(sizes)]
			os.Stdout.Write(bytes.Repeat([]byte("."), n))
			total += n
		}
		os.Stdout.WriteString("\nLAST\n")
		os.NewFile(3, "judge").WriteString(`{"done":true}` + "\n")
	case "i386-getpid":
		// Prints its PID as the 32-bit table gives it, if the call is
		// let through.
		os.Stdout.WriteString(strconv.Itoa(int(i386Getpid())) + "\n")
	case "flood-channel":
		b := bytes.Repeat([]byte("x"), 1<<20)
		f := os.NewFile(3, "judge")
		for {
			f.Write(b)
		}
	default:
		os.Exit(2)
	}
}
