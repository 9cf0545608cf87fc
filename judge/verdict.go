// Package judge judges a Go solution of a problem: it builds the solution
// with a generated driver, runs it in the sandbox on the problem's tests
// under time limits calibrated from the reference solution, compares the
// outputs and explains the first failure.
package judge

import "github.com/judgehq/judge/judge/verdict"

// Verdict is the outcome of judging a solution (package verdict defines
// it; the engine's callers name it here too).
type Verdict = verdict.Verdict

// The verdicts.
const (
	Accepted            = verdict.Accepted
	WrongAnswer         = verdict.WrongAnswer
	TimeLimitExceeded   = verdict.TimeLimitExceeded
	MemoryLimitExceeded = verdict.MemoryLimitExceeded
	RuntimeError        = verdict.RuntimeError
	CompileError        = verdict.CompileError
	OutputLimitExceeded = verdict.OutputLimitExceeded
)
