// Package command is judge's command-line interface: one file per command,
// each a *cli.Command whose action calls a plain function that writes to an
// io.Writer.
package command

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/urfave/cli/v2"
)

// Exit statuses.
const (
	ExitOK          = 0
	ExitNotAccepted = 1
	ExitUsage       = 2
)

// exitError carries an exit status; an empty message prints nothing.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError is bad input from the user: exit status 2.
func usageError(format string, args ...any) error {
	return &exitError{code: ExitUsage, err: fmt.Errorf(format, args...)}
}

// errNotAccepted ends a command whose verdict is not accepted: exit status 1,
// the report already printed.
var errNotAccepted = &exitError{code: ExitNotAccepted}

// App builds the judge command-line application.
func App() *cli.App {
	// Each command is a copy, so that the app can fill in what every
	// command shares without changing the package's command values.
	var commands []*cli.Command
	for _, c := range []*cli.Command{
		listCommand,
		showCommand,
		submitCommand,
		verifyCommand,
		newCommand,
		startCommand,
		statusCommand,
		runCommand,
		mockCommand,
		historyCommand,
		statsCommand,
		nextCommand,
		planCommand,
		reviewCommand,
		hintCommand,
		factsCommand,
		gradeCommand,
		storiesCommand,
		solutionCommand,
		warmCommand,
		watchEditsCommand,
		padCommand,
		replayCommand,
		benchCommand,
		doctorCommand,
	} {
		c := *c
		c.OnUsageError = onUsageError
		commands = append(commands, &c)
	}
	return &cli.App{
		Name:    "judge",
		Version: version(debug.ReadBuildInfo()),
		Usage:   "practise the coding round: a timed notepad, then a strict local judge",
		Description: `Interview rounds give you one or two problems, a hard clock and a plain
notepad where nothing runs. judge reproduces that, offline, for Go:

   judge start two-sum                  a timed round: stub written, clock started
   judge status                         time left, and the stage you should be in
   judge pad                            the round as a plain notepad page in your browser
   judge submit                         ends the notepad phase, judges the round
   judge mock --format phone            a two-problem round as the interview deals it
   judge next                           what to practise now: reviews due, then your plan
   judge stats                          your progress by topic, plan and day
   judge mock --format onsite           the whole loop: coding, ML design, behavioral rounds
   judge start --design                 a 45-minute ML system design round
   judge submit --problem two-sum sol.go   judge a file now (outside a round)

Exit status: 0 accepted (or success), 1 a verdict other than accepted or a
round not passed, 2 bad usage or input, or a command refused now (running
code during the notepad phase), 130 interrupted (Ctrl-C or SIGTERM: a
solution being judged is stopped, and nothing is judged).`,
		Flags: []cli.Flag{
			&cli.StringSliceFlag{
				Name:    "problems",
				Usage:   "extra problem folder(s) whose packages join the embedded bank",
				EnvVars: []string{"JUDGE_PROBLEMS"},
			},
		},
		Commands:        commands,
		Action:          unknownCommand,
		HideHelpCommand: true,
		ExitErrHandler:  func(*cli.Context, error) {}, // Main decides the status
		OnUsageError:    onUsageError,
	}
}

// onUsageError turns a flag that cannot be parsed (unknown, or a bad value)
// into one line and exit status 2, instead of the command's whole help.
func onUsageError(c *cli.Context, err error, isSubcommand bool) error {
	if isSubcommand {
		return usageError("%s: %w; see `judge %s --help`", c.Command.Name, err, c.Command.Name)
	}
	return usageError("%w; see `judge --help`", err)
}

// unknownCommand is the app's action: the help when no command is named,
// else the nearest command's name.
func unknownCommand(c *cli.Context) error {
	if !c.Args().Present() {
		return cli.ShowAppHelp(c)
	}
	var names []string
	for _, cmd := range c.App.Commands {
		if !cmd.Hidden {
			names = append(names, cmd.Names()...)
		}
	}
	name := c.Args().First()
	return usageError("unknown command %q%s; `judge --help` lists the commands", name, didYouMean(name, names))
}

// run runs app on args with the flags read wherever they were typed.
func run(ctx context.Context, app *cli.App, args []string) error {
	return app.RunContext(ctx, flagsFirst(app, args))
}

// ExitInterrupted is the status of a command stopped by Ctrl-C (SIGINT)
// or SIGTERM: 128+2, what shells report for a process SIGINT ended.
const ExitInterrupted = 130

// Main runs the app on args and returns the exit status, printing errors to
// stderr. SIGINT and SIGTERM cancel the command's context, which stops a
// solution being judged; a second one ends the judge at once.
func Main(args []string, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()
	err := run(ctx, App(), args)
	if err == nil {
		return ExitOK
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "judge: interrupted: the run was stopped before its verdict, and nothing was judged")
		return ExitInterrupted
	}
	// Anything not marked otherwise is bad usage, bad input or a broken
	// environment: status 2.
	code := ExitUsage
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	}
	if msg := err.Error(); msg != "" {
		fmt.Fprintln(stderr, "judge: "+msg)
	}
	return code
}
