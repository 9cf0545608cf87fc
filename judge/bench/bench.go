// Package bench measures how close judging comes to its floor — the Go
// toolchain building the same solution with a minimal main, plus a plain
// program running the same tests — side by side on one machine, runs
// interleaved, medians compared as ratios: absolute times say more about
// the machine than about the judge.
package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/build"
	"github.com/judgehq/judge/judge/problem"
)

// Representative are the problems measured by default: a small function,
// a design class, a tree, large generated arrays, a grid.
var Representative = []string{
	"two-sum", "lru-cache", "binary-tree-level-order-traversal",
	"kth-largest-element-in-an-array", "number-of-islands",
}

// Config says what to measure.
type Config struct {
	// Judge is the judge binary measured.
	Judge string
	// Problems are measured one after the other.
	Problems []*problem.Problem
	// Runs is the number of measured submits, and of floors, per problem.
	Runs int
	// Cold also measures the first problem's first submit on an empty
	// build cache, with and without `judge start` warming it before.
	Cold bool
	// Verify also times `judge verify` of the whole bank, calibrating
	// afresh.
	Verify bool
	// Log receives progress; nil discards it.
	Log io.Writer
}

// Row is one problem's medians.
type Row struct {
	Slug  string
	Tests int
	// Submit is `judge submit --problem SLUG FILE` until its verdict is
	// printed, its first output; Review is the time the review takes
	// after it, until the command ends.
	Submit time.Duration
	Review time.Duration
	Build  time.Duration // go build of the solution with a bare main
	Run    time.Duration // the floor's plain program over the tests
	Floor  time.Duration // build and run
}

// Ratio is the submit's time over the floor's.
func (r Row) Ratio() float64 { return ratio(r.Submit, r.Floor) }

// Cold is the first submit on an empty build cache, medians of coldRuns.
type Cold struct {
	Slug string
	// Submit is the first submit with empty build and calibration caches;
	// Floor is the floor's build on an empty build cache and its run.
	Submit, Floor time.Duration
	// WarmUp is how long `judge start`'s background warm-up took on an
	// empty build cache; AfterStart the session's submit once it had
	// finished; Warm the submit of a second session, on warm caches.
	WarmUp, AfterStart, Warm time.Duration
}

// Result is a whole measurement.
type Result struct {
	Runs   int
	Rows   []Row
	Cold   *Cold
	Verify *Verify
}

// Verify is `judge verify` of the whole bank.
type Verify struct {
	Problems int
	Time     time.Duration
}

// Measure runs cfg.
func Measure(ctx context.Context, cfg Config) (*Result, error) {
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	work, err := os.MkdirTemp("", "judge-bench-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)
	m := &measurer{cfg: cfg, work: work, cal: &judge.Judge{CacheDir: filepath.Join(work, "calibration")}}
	if m.gobin, err = build.GoTool(); err != nil {
		return nil, err
	}
	res := &Result{Runs: max(cfg.Runs, 1)}
	warmHome := filepath.Join(work, "home")
	for _, p := range cfg.Problems {
		logf("bench: %s", p.Slug)
		row, err := m.problem(ctx, p, res.Runs, warmHome)
		if err != nil {
			return nil, err
		}
		res.Rows = append(res.Rows, *row)
	}
	if cfg.Cold && len(cfg.Problems) > 0 {
		logf("bench: cold first submit of %s", cfg.Problems[0].Slug)
		if res.Cold, err = m.cold(ctx, cfg.Problems[0]); err != nil {
			return nil, err
		}
	}
	if cfg.Verify {
		logf("bench: judge verify of the whole bank")
		if res.Verify, err = m.verify(ctx); err != nil {
			return nil, err
		}
	}
	return res, nil
}

type measurer struct {
	cfg   Config
	work  string
	gobin string
	cal   *judge.Judge // calibrates in process, for the floor's stdin
}

// env is the environment of a judge or go command: the caller's, with
// state moved to home and any setting of the rest replaced.
func env(set ...string) []string {
	out := os.Environ()
	for _, kv := range set {
		k, _, _ := strings.Cut(kv, "=")
		out = slices.DeleteFunc(out, func(e string) bool { return strings.HasPrefix(e, k+"=") })
	}
	return append(out, set...)
}

func judgeEnv(home string, set ...string) []string {
	return env(append([]string{"JUDGE_HOME=" + home, "JUDGE_CACHE=", "NO_COLOR=1", "JUDGE_NO_WARM=1"}, set...)...)
}

// run runs a command and returns how long it took; a failure returns its
// output.
func run(ctx context.Context, dir string, env []string, stdin []byte, name string, args ...string) (time.Duration, []byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = dir, env
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if err != nil {
		return d, nil, fmt.Errorf("%s %s: %w\n%s%s", filepath.Base(name), strings.Join(args, " "), err, lastBytes(out.Bytes(), 2000), lastBytes(errb.Bytes(), 2000))
	}
	return d, out.Bytes(), nil
}

// stamp is an output that records when its first byte was written. (It
// does not embed its buffer: io.Copy would call the buffer's ReadFrom.)
type stamp struct {
	buf   bytes.Buffer
	mu    sync.Mutex
	first time.Time
}

func (s *stamp) Write(b []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.first.IsZero() && len(b) > 0 {
		s.first = time.Now()
	}
	return s.buf.Write(b)
}

// runVerdict runs a judge command and returns how long it took until its
// first output (the verdict) and until it ended.
func runVerdict(ctx context.Context, dir string, env []string, name string, args ...string) (verdict, total time.Duration, err error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = dir, env
	var out stamp
	var errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err = cmd.Run()
	total = time.Since(start)
	if err != nil {
		return 0, 0, fmt.Errorf("%s %s: %w\n%s%s", filepath.Base(name), strings.Join(args, " "), err, lastBytes(out.buf.Bytes(), 2000), lastBytes(errb.Bytes(), 2000))
	}
	if out.first.IsZero() {
		return 0, 0, fmt.Errorf("%s %s printed nothing", filepath.Base(name), strings.Join(args, " "))
	}
	return out.first.Sub(start), total, nil
}

func lastBytes(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// floorDir is a floor written out: its bare program, built on every
// measurement, and its runner, built once.
type floorDir struct {
	dir    string // the bare program's folder
	files  []string
	code   string // the solution file's content
	runner string // the runner's binary
}

// writeFloor writes p's floor under dir and builds its runner with env.
func (m *measurer) writeFloor(ctx context.Context, p *problem.Problem, dir string, env []string) (*floorDir, error) {
	f, err := NewFloor(p, p.Solution)
	if err != nil {
		return nil, err
	}
	write := func(dir string, files map[string]string) ([]string, error) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		var names []string
		for name, code := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(code), 0o644); err != nil {
				return nil, err
			}
			names = append(names, name)
		}
		slices.Sort(names)
		return names, nil
	}
	fd := &floorDir{dir: filepath.Join(dir, "bare"), code: f.Bare[f.Solution], runner: filepath.Join(dir, "runner", "prog")}
	if fd.files, err = write(fd.dir, f.Bare); err != nil {
		return nil, err
	}
	runner, err := write(filepath.Dir(fd.runner), f.Runner)
	if err != nil {
		return nil, err
	}
	if _, _, err := run(ctx, filepath.Dir(fd.runner), env, nil, m.gobin, append([]string{"build", "-o", "prog"}, runner...)...); err != nil {
		return nil, err
	}
	return fd, nil
}

// floor builds the bare program with nonce appended to its solution and
// runs the runner on stdin, checking it answered every test.
func (m *measurer) floor(ctx context.Context, fd *floorDir, nonce string, env []string, stdin []byte, tests int) (buildT, runT time.Duration, err error) {
	if err := os.WriteFile(filepath.Join(fd.dir, "solution.go"), []byte(fd.code+nonce), 0o644); err != nil {
		return 0, 0, err
	}
	buildT, _, err = run(ctx, fd.dir, env, nil, m.gobin, append([]string{"build", "-o", "prog"}, fd.files...)...)
	if err != nil {
		return 0, 0, err
	}
	runT, out, err := run(ctx, fd.dir, env, stdin, fd.runner)
	if err != nil {
		return 0, 0, err
	}
	if n := bytes.Count(out, []byte("\n")); n != tests {
		return 0, 0, fmt.Errorf("the floor program answered %d of %d tests", n, tests)
	}
	return buildT, runT, nil
}

// submit judges the solution with nonce appended, outside any session,
// and returns the time until the verdict and until the review's end.
func (m *measurer) submit(ctx context.Context, p *problem.Problem, file, nonce string, env []string) (verdict, total time.Duration, err error) {
	if err := os.WriteFile(file, []byte(p.Solution+nonce), 0o644); err != nil {
		return 0, 0, err
	}
	return runVerdict(ctx, filepath.Dir(file), env, m.cfg.Judge, "submit", "--problem", p.Slug, file)
}

// nonce makes each measured solution new to the build cache, so that
// every submit and every floor compiles.
func nonce(i int) string { return fmt.Sprintf("\n// bench %d %d\n", time.Now().UnixNano(), i) }

func (m *measurer) problem(ctx context.Context, p *problem.Problem, runs int, home string) (*Row, error) {
	cal, err := m.cal.Calibrate(ctx, p)
	if err != nil {
		return nil, err
	}
	stdin, err := cal.InputsJSON()
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(m.work, p.Slug)
	jenv, fenv := judgeEnv(home), env()
	fd, err := m.writeFloor(ctx, p, filepath.Join(dir, "floor"), fenv)
	if err != nil {
		return nil, err
	}
	file := filepath.Join(dir, "solution.go")
	// One of each first, unmeasured: calibration and the build cache's
	// packages are not what this measures.
	if _, _, err := m.submit(ctx, p, file, nonce(-1), jenv); err != nil {
		return nil, err
	}
	if _, _, err := m.floor(ctx, fd, nonce(-1), fenv, stdin, len(cal.Tests)); err != nil {
		return nil, err
	}
	var submits, reviews, builds, runsT, floors []time.Duration
	for i := range runs {
		n := nonce(i)
		measureSubmit := func() error {
			v, total, err := m.submit(ctx, p, file, n, jenv)
			submits, reviews = append(submits, v), append(reviews, total-v)
			return err
		}
		measureFloor := func() error {
			b, r, err := m.floor(ctx, fd, n, fenv, stdin, len(cal.Tests))
			builds, runsT, floors = append(builds, b), append(runsT, r), append(floors, b+r)
			return err
		}
		// Alternate which goes first, so that neither always follows the
		// other's traces in the caches.
		first, second := measureSubmit, measureFloor
		if i%2 == 1 {
			first, second = second, first
		}
		if err := first(); err != nil {
			return nil, err
		}
		if err := second(); err != nil {
			return nil, err
		}
	}
	return &Row{Slug: p.Slug, Tests: len(cal.Tests), Submit: median(submits), Review: median(reviews), Build: median(builds), Run: median(runsT), Floor: median(floors)}, nil
}

// coldRuns is how often each cold measurement is repeated: each needs an
// empty build cache, filled anew for seconds.
const coldRuns = 3

func (m *measurer) cold(ctx context.Context, p *problem.Problem) (*Cold, error) {
	dir := filepath.Join(m.work, "cold")
	// The runner is built on the warm build cache: only the bare
	// program's build is the floor's.
	fd, err := m.writeFloor(ctx, p, filepath.Join(dir, "floor"), env())
	if err != nil {
		return nil, err
	}
	cal, err := m.cal.Calibrate(ctx, p)
	if err != nil {
		return nil, err
	}
	stdin, err := cal.InputsJSON()
	if err != nil {
		return nil, err
	}
	var submits, floors, warmUps, afterStarts, warms []time.Duration
	for i := range coldRuns {
		fresh := func(name string) string { return filepath.Join(dir, fmt.Sprintf("%s-%d", name, i)) }
		gocache := func(name string) string { return "GOCACHE=" + fresh(name) }

		// A submit with empty build and calibration caches.
		if err := os.MkdirAll(fresh("submit"), 0o755); err != nil {
			return nil, err
		}
		d, _, err := m.submit(ctx, p, filepath.Join(fresh("submit"), "solution.go"), nonce(i), judgeEnv(fresh("home"), gocache("gocache")))
		if err != nil {
			return nil, err
		}
		submits = append(submits, d)
		b, r, err := m.floor(ctx, fd, nonce(i), env(gocache("floor-gocache")), stdin, len(cal.Tests))
		if err != nil {
			return nil, err
		}
		floors = append(floors, b+r)

		// A session on an empty build cache: start, let the background
		// warm-up finish, submit. Then, for comparison, a second session
		// on the now warm caches.
		home := fresh("session-home")
		senv := judgeEnv(home, gocache("session-gocache"), "JUDGE_NO_WARM=")
		session := func(name string) (warmUp, submit time.Duration, err error) {
			start := time.Now()
			if _, _, err := run(ctx, dir, senv, nil, m.cfg.Judge, "start", "--dir", fresh(name), p.Slug); err != nil {
				return 0, 0, err
			}
			if err := waitWarm(ctx, filepath.Join(home, "warm.log")); err != nil {
				return 0, 0, err
			}
			warmUp = time.Since(start)
			if err := os.WriteFile(filepath.Join(fresh(name), p.Slug, "solution.go"), []byte(p.Solution+nonce(i)), 0o644); err != nil {
				return 0, 0, err
			}
			submit, _, err = run(ctx, dir, senv, nil, m.cfg.Judge, "submit")
			return warmUp, submit, err
		}
		w, a, err := session("first")
		if err != nil {
			return nil, err
		}
		warmUps, afterStarts = append(warmUps, w), append(afterStarts, a)
		if _, a, err = session("second"); err != nil {
			return nil, err
		}
		warms = append(warms, a)
	}
	return &Cold{Slug: p.Slug, Submit: median(submits), Floor: median(floors), WarmUp: median(warmUps), AfterStart: median(afterStarts), Warm: median(warms)}, nil
}

// waitWarm waits for `judge warm` to log that it has finished: the
// session's problems and the standard library are warm.
func waitWarm(ctx context.Context, log string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for {
		b, _ := os.ReadFile(log)
		switch {
		case bytes.Contains(b, []byte("warm standard library in ")):
			return nil
		case bytes.Contains(b, []byte("judge: ")):
			return fmt.Errorf("judge warm failed: %s", b)
		}
		select {
		case <-ctx.Done():
			return errors.New("judge warm did not finish")
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func (m *measurer) verify(ctx context.Context) (*Verify, error) {
	home := filepath.Join(m.work, "home-verify")
	d, out, err := run(ctx, m.work, judgeEnv(home), nil, m.cfg.Judge, "verify")
	if err != nil {
		return nil, err
	}
	v := &Verify{Time: d}
	if m := passRE.FindSubmatch(out); m != nil {
		v.Problems, _ = strconv.Atoi(string(m[1]))
	}
	return v, nil
}

var passRE = regexp.MustCompile(`(?m)^(\d+) of \d+ problems pass`)

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Write prints r as a table.
func (r *Result) Write(w io.Writer) {
	fmt.Fprintf(w, "judge bench: %s %s/%s, %d CPUs, medians of %d interleaved runs\n\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), r.Runs)
	fmt.Fprintf(w, "%-36s %5s %9s %9s %9s %9s %7s %9s\n", "problem", "tests", "submit", "floor", "build", "run", "ratio", "+review")
	var ratios []float64
	for _, row := range r.Rows {
		fmt.Fprintf(w, "%-36s %5d %9s %9s %9s %9s %7.2f %9s\n", row.Slug, row.Tests, ms(row.Submit), ms(row.Floor), ms(row.Build), ms(row.Run), row.Ratio(), ms(row.Review))
		ratios = append(ratios, row.Ratio())
	}
	if len(ratios) > 1 {
		slices.Sort(ratios)
		mid := ratios[len(ratios)/2]
		if len(ratios)%2 == 0 {
			mid = (ratios[len(ratios)/2-1] + mid) / 2
		}
		fmt.Fprintf(w, "%-36s %5s %9s %9s %9s %9s %7.2f\n", "median", "", "", "", "", "", mid)
	}
	fmt.Fprintln(w, "\nsubmit: judge submit --problem SLUG FILE until its verdict is printed, warm build cache,")
	fmt.Fprintln(w, "        a changed file each run; +review: the review printed after the verdict (examples,")
	fmt.Fprintln(w, "        the complexity ladder), not part of the ratio")
	fmt.Fprintln(w, "floor:  go build of the same solution with a bare func main (no encoding/json), plus a plain")
	fmt.Fprintln(w, "        program, built beforehand, running the same tests (decoding them with encoding/json)")
	if c := r.Cold; c != nil {
		fmt.Fprintf(w, "\ncold, %s, empty build cache (medians of %d):\n", c.Slug, coldRuns)
		fmt.Fprintf(w, "  first submit %s, floor %s: ratio %.2f\n", sec(c.Submit), sec(c.Floor), ratio(c.Submit, c.Floor))
		fmt.Fprintf(w, "  after judge start (background warm-up %s): first submit %s, %.2fx a warm session's (%s)\n",
			sec(c.WarmUp), ms(c.AfterStart), ratio(c.AfterStart, c.Warm), ms(c.Warm))
	}
	if v := r.Verify; v != nil {
		fmt.Fprintf(w, "\njudge verify, whole bank (%d problems pass), fresh calibrations, %d CPUs: %s\n", v.Problems, runtime.NumCPU(), sec(v.Time))
	}
}

func ms(d time.Duration) string  { return fmt.Sprintf("%.0f ms", float64(d)/1e6) }
func sec(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) }
