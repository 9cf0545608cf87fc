package main

// i386Getpid calls getpid through the 32-bit system call table (int
// $0x80), which a seccomp filter sees under another architecture.
func i386Getpid() int32
