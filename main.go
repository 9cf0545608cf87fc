// Command judge is an offline practice sandbox for the coding round of a
// technical interview: a timed notepad, then a strict local Go judge.
package main

import (
	"os"

	"github.com/judgehq/judge/judge/command"
)

func main() {
	os.Exit(command.Main(os.Args, os.Stderr))
}
