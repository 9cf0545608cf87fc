package command

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// flagsFirst returns args (the program's name, then its arguments) with the
// command's flags moved ahead of its positional arguments, so that a flag
// works wherever it is typed: `judge start two-sum --minutes 35` reads as
// `judge start --minutes 35 two-sum`. urfave/cli v2, like the standard flag
// package, stops reading flags at the first positional argument.
//
// Each flag is recognised by the command's own flag definitions, which say
// whether it takes the next argument as its value. A flag of the app typed
// after the command (--problems) moves before the command; a flag nobody
// defines stays with the command, which reports it. "--" still ends the
// flags: what follows it stays positional. A request for help drops the
// positional arguments, which urfave/cli would take for a help topic.
func flagsFirst(app *cli.App, args []string) []string {
	// The app's flags come first; the first other word names the command.
	i := 1
	for i < len(args) && isFlag(args[i]) {
		_, n := lookupFlag(app.Flags, args[i:])
		i += n
	}
	if i >= len(args) {
		return args
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return args
	}
	var appFlags, cmdFlags, positional []string
	ended, help := false, false
	for j := i + 1; j < len(args); {
		a := args[j]
		switch {
		case a == "--":
			ended = true
			positional = append(positional, args[j+1:]...)
			j = len(args)
		case !isFlag(a):
			positional = append(positional, a)
			j++
		default:
			if ok, n := lookupFlag(cmd.Flags, args[j:]); ok {
				cmdFlags = append(cmdFlags, args[j:j+n]...)
				j += n
			} else if ok, n := lookupFlag(app.Flags, args[j:]); ok {
				appFlags = append(appFlags, args[j:j+n]...)
				j += n
			} else {
				help = help || isHelp(a)
				cmdFlags = append(cmdFlags, a)
				j++
			}
		}
	}
	if help {
		positional, ended = nil, false
	}
	out := append(append([]string(nil), args[:i]...), appFlags...)
	out = append(append(out, args[i]), cmdFlags...)
	if ended {
		out = append(out, "--")
	}
	return append(out, positional...)
}

// isFlag reports whether a looks like a flag ("-x", "--name", "--name=v");
// "-" alone is an argument, as the flag package has it.
func isFlag(a string) bool {
	return len(a) > 1 && a[0] == '-' && a != "--"
}

// isHelp reports whether a asks for help (-h, --help).
func isHelp(a string) bool {
	for _, name := range cli.HelpFlag.Names() {
		if a == "-"+name || a == "--"+name {
			return true
		}
	}
	return false
}

// lookupFlag finds the flag args[0] names among flags and returns how many
// arguments it spans: two when it takes a value that is not given inline
// with "=", else one.
func lookupFlag(flags []cli.Flag, args []string) (found bool, n int) {
	name, _, inline := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(args[0], "-"), "-"), "=")
	for _, f := range flags {
		for _, fn := range f.Names() {
			if fn != name {
				continue
			}
			if v, ok := f.(cli.DocGenerationFlag); ok && v.TakesValue() && !inline && len(args) > 1 {
				return true, 2
			}
			return true, 1
		}
	}
	return false, 1
}
