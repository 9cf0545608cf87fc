package judge_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/build"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/sandbox"
	"github.com/judgehq/judge/judge/verdict"
)

// TestMain makes the test process a child subreaper: whatever a judged
// solution leaves running is reparented here rather than to init, where
// TestAdversarial finds it. The tests get a temporary folder of their own,
// which must hold none of the judge's build and run folders at the end.
func TestMain(m *testing.M) {
	if src := os.Getenv("JUDGE_MEMORY_CHILD"); src != "" {
		memoryChild(src)
		os.Exit(0)
	}
	for _, a := range os.Args {
		if strings.HasPrefix(a, "-test.fuzzworker") {
			// A fuzzing worker, killed when fuzzing ends: nothing to set up
			// or to clean.
			os.Exit(m.Run())
		}
	}
	const prSetChildSubreaper = 36
	syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0)
	tmp, err := os.MkdirTemp("", "judge-test-tmp-*")
	if err != nil {
		panic(err)
	}
	os.Setenv("TMPDIR", tmp)
	code := m.Run()
	for _, pattern := range []string{"judge-build-*", "judge-run-*", "judge-probe-*"} {
		left, _ := filepath.Glob(filepath.Join(tmp, pattern))
		for _, d := range left {
			fmt.Fprintf(os.Stderr, "FAIL: the judge left %s behind\n", d)
			code = 1
		}
	}
	os.RemoveAll(tmp)
	os.Exit(code)
}

// promptly bounds how long judging one hostile solution may take on a
// loaded machine: the limits stop every one of them in a second or two;
// the rest is building.
const promptly = 30 * time.Second

// escapedFile is where a solution that writes outside its folder would
// leave a file.
const escapedFile = "/tmp/judge-adversarial-escaped"

var (
	buildTimeoutRE = regexp.MustCompile(`(?m)^// build-timeout: (\S+)$`)
	// setsidMarker names the copy two-sum--setsid-escape starts.
	setsidMarker = "judge-adversarial-setsid"
)

// adversary is one hostile solution.
type adversary struct {
	name         string // VERDICT/SLUG--NAME
	slug         string
	want         judge.Verdict
	code         string
	message      string
	buildTimeout time.Duration
}

// TestAdversarial judges every solution in testdata/adversarial/VERDICT/
// (see its README) and checks: the verdict; that the judge returned
// promptly; that the solution's own file, a canary folder it aims at, the
// calibration cache and the problem's files are unchanged, and nothing was
// written beside its folder; that no connection reached the test's
// listeners; that no process it started is left. With namespaces in use,
// it then runs again in a child process without them.
func TestAdversarial(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	j := testJudge()
	if _, err := j.Calibrate(ctx, b["two-sum"]); err != nil {
		t.Fatal(err)
	}
	os.Remove(escapedFile)
	a := newArena(t, j.CacheDir)
	advs := loadAdversaries(t)
	before := a.snapshot(t)

	var mu sync.Mutex
	took := map[string]time.Duration{}
	run := func(t *testing.T, adv adversary) {
		p := b[adv.slug]
		if p == nil {
			t.Fatalf("no problem %s in the bank", adv.slug)
		}
		src := filepath.Join(a.sources, strings.ReplaceAll(adv.name, "/", "_")+".go")
		code := a.replacer(src).Replace(adv.code)
		if err := os.WriteFile(src, []byte(code), 0o644); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		rep, err := j.Submit(ctx, p, driver.Source{Name: filepath.Base(src), Code: code})
		d := time.Since(start)
		mu.Lock()
		took[adv.name] = d
		mu.Unlock()
		if err != nil {
			t.Fatal(err)
		}
		if rep.Verdict != adv.want {
			t.Errorf("verdict %s, want %s\nfailure: %+v", rep.Verdict, adv.want, rep.Failure)
		} else if adv.message != "" {
			if rep.Failure == nil || !strings.Contains(rep.Failure.Message+rep.Failure.Diff, adv.message) {
				t.Errorf("failure does not mention %q: %+v", adv.message, rep.Failure)
			}
		}
		if d > promptly {
			t.Errorf("the judge took %s (more than %s)", d.Round(time.Millisecond), promptly)
		}
		if got, err := os.ReadFile(src); err != nil || string(got) != code {
			t.Errorf("the solution's own file changed (%v)", err)
		}
	}
	// Solutions judged with a build timeout of their own go first, alone:
	// the timeout is the build package's.
	for _, adv := range advs {
		if adv.buildTimeout > 0 {
			t.Run(adv.name, func(t *testing.T) {
				old := build.Timeout
				build.Timeout = adv.buildTimeout
				defer func() { build.Timeout = old }()
				run(t, adv)
			})
		}
	}
	t.Run("hostile", func(t *testing.T) {
		for _, adv := range advs {
			if adv.buildTimeout == 0 {
				t.Run(adv.name, func(t *testing.T) {
					t.Parallel()
					run(t, adv)
				})
			}
		}
	})
	a.checkUnchanged(t, before)
	checkNoneLeft(t)

	names := make([]string, 0, len(took))
	for n := range took {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.Logf("%-70s %6d ms", n, took[n].Milliseconds())
	}
	t.Logf("isolation: %s", sandbox.Isolation())

	if os.Getenv("JUDGE_ADVERSARIAL_CHILD") == "" && strings.HasPrefix(sandbox.Isolation(), "user, PID") {
		t.Run("without-namespaces", func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestAdversarial$", "-test.count=1", "-test.v")
			cmd.Env = append(os.Environ(), "JUDGE_ADVERSARIAL_CHILD=1", "JUDGE_NO_NAMESPACES=1")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, tail(out, 60))
			}
			if !bytes.Contains(out, []byte("namespaces off")) {
				t.Errorf("the fallback run had namespaces:\n%s", tail(out, 20))
			}
			t.Logf("\n%s", tail(out, len(advs)+6))
		})
	}
}

func loadAdversaries(t *testing.T) []adversary {
	files, err := filepath.Glob("../testdata/adversarial/*/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no adversarial solutions: %v", err)
	}
	var out []adversary
	for _, f := range files {
		want, err := verdict.Parse(filepath.Base(filepath.Dir(f)))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		code, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		slug, _, _ := strings.Cut(name, "--")
		adv := adversary{name: want.String() + "/" + name, slug: slug, want: want, code: string(code)}
		if m := messageRE.FindStringSubmatch(adv.code); m != nil {
			adv.message = m[1]
		}
		if m := buildTimeoutRE.FindStringSubmatch(adv.code); m != nil {
			if adv.buildTimeout, err = time.ParseDuration(m[1]); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
		out = append(out, adv)
	}
	return out
}

// arena is what the solutions aim at.
type arena struct {
	canary  string // a user's folder: a solution and a history
	sources string // the solutions' own files
	cache   string
	repo    string
	port    int
	mu      sync.Mutex
	reached []string // connections the listeners accepted
}

func newArena(t *testing.T, cache string) *arena {
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	a := &arena{canary: t.TempDir(), sources: t.TempDir(), cache: cache, repo: repo}
	for name, data := range map[string]string{"solution.go": "func twoSum() {}\n", "history.jsonl": `{"verdict":"accepted"}` + "\n"} {
		if err := os.WriteFile(filepath.Join(a.canary, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tcp, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	unix, err := net.Listen("unix", filepath.Join(a.canary, "sock"))
	if err != nil {
		t.Fatal(err)
	}
	a.port = tcp.Addr().(*net.TCPAddr).Port
	for _, l := range []net.Listener{tcp, unix} {
		t.Cleanup(func() { l.Close() })
		go func() {
			for {
				c, err := l.Accept()
				if err != nil {
					return
				}
				a.mu.Lock()
				a.reached = append(a.reached, l.Addr().String())
				a.mu.Unlock()
				c.Close()
			}
		}()
	}
	return a
}

func (a *arena) replacer(source string) *strings.Replacer {
	exe, _ := os.Executable()
	return strings.NewReplacer(
		"__CANARY__", a.canary,
		"__CACHE__", a.cache,
		"__REPO__", a.repo,
		"__JUDGE_PID__", strconv.Itoa(os.Getpid()),
		"__JUDGE_EXE__", exe,
		"__PORT__", strconv.Itoa(a.port),
		"__SOURCE__", source,
	)
}

// snapshot hashes every file the solutions must not change.
func (a *arena) snapshot(t *testing.T) map[string]string {
	out := map[string]string{}
	for _, root := range []string{a.canary, a.cache, filepath.Join(a.repo, "problems", "two-sum")} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				t.Fatal(err)
			}
			sum := d.Type().String()
			if d.Type().IsRegular() {
				b, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				sum = fmt.Sprintf("%x", sha256.Sum256(b))
			}
			out[path] = sum
			return nil
		})
	}
	return out
}

func (a *arena) checkUnchanged(t *testing.T, before map[string]string) {
	after := a.snapshot(t)
	for path, sum := range before {
		if after[path] != sum {
			t.Errorf("%s changed or disappeared", path)
		}
	}
	for path := range after {
		if _, ok := before[path]; !ok {
			t.Errorf("%s appeared", path)
		}
	}
	if _, err := os.Stat(escapedFile); err == nil {
		t.Errorf("a solution wrote %s", escapedFile)
		os.Remove(escapedFile)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.reached) > 0 {
		t.Errorf("solutions connected to %v", a.reached)
	}
}

// checkNoneLeft fails on any process still alive that a solution
// started: as a subreaper this process inherits whatever escaped the
// judge, and the setsid escape's copy carries a marker. A process killed a
// moment ago gets a little time to die; zombies left are reaped.
func checkNoneLeft(t *testing.T) {
	var alive []int
	for try := 0; try < 40; try++ {
		alive = alive[:0]
		for _, pid := range children(os.Getpid()) {
			stat, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
			if i := bytes.LastIndexByte(stat, ')'); i > 0 && len(stat) > i+2 && stat[i+2] == 'Z' {
				var ws syscall.WaitStatus
				syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
				continue
			}
			alive = append(alive, pid)
		}
		alive = append(alive, findMarker(setsidMarker)...)
		if len(alive) == 0 {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, pid := range alive {
		c := strconv.Itoa(pid)
		cmd, _ := os.ReadFile("/proc/" + c + "/cmdline")
		exe, _ := os.Readlink("/proc/" + c + "/exe")
		t.Errorf("process %d survived the judge: %q (%s)", pid, bytes.ReplaceAll(cmd, []byte{0}, []byte{' '}), exe)
		syscall.Kill(pid, syscall.SIGKILL)
	}
}

// children lists pid's child processes.
func children(pid int) []int {
	var out []int
	tasks, _ := filepath.Glob("/proc/" + strconv.Itoa(pid) + "/task/*/children")
	for _, f := range tasks {
		b, _ := os.ReadFile(f)
		for _, c := range strings.Fields(string(b)) {
			if n, err := strconv.Atoi(c); err == nil {
				out = append(out, n)
			}
		}
	}
	return out
}

func tail(b []byte, n int) []byte {
	lines := bytes.Split(bytes.TrimRight(b, "\n"), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return bytes.Join(lines, []byte("\n"))
}

// TestJudgeMemory measures the judge's own peak memory (its resident
// high-water mark, not its children's) while it judges solutions that
// print gigabytes, return ten million numbers, or a wrong answer of
// hundreds of thousands: each judged in a fresh process, this test binary
// run as a one-shot judge.
func TestJudgeMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	if os.Getenv("JUDGE_MEMORY_CHILD") != "" {
		t.Skip("the child measures, the parent checks")
	}
	cases := []struct {
		name, code string
		memoryMB   int
		want       judge.Verdict
	}{
		{"accepted", "func twoSum(nums []int, target int) []int {\n\tseen := map[int]int{}\n\tfor i, v := range nums {\n\t\tif j, ok := seen[target-v]; ok {\n\t\t\treturn []int{j, i}\n\t\t}\n\t\tseen[v] = i\n\t}\n\treturn nil\n}\n", 0, judge.Accepted},
		{"prints-gigabytes", "import \"os\"\n\nfunc twoSum(nums []int, target int) []int {\n\tb := make([]byte, 4<<20)\n\tgo func() {\n\t\tfor {\n\t\t\tos.Stderr.Write(b)\n\t\t}\n\t}()\n\tfor {\n\t\tos.Stdout.Write(b)\n\t}\n}\n", 0, judge.OutputLimitExceeded},
		{"returns-ten-million", "func twoSum(nums []int, target int) []int {\n\tout := make([]int, 10_000_000)\n\tfor i := range out {\n\t\tout[i] = i\n\t}\n\treturn out\n}\n", 2048, judge.OutputLimitExceeded},
		{"wrong-answer-of-400k", "func twoSum(nums []int, target int) []int {\n\tout := make([]int, 400_000)\n\tfor i := range out {\n\t\tout[i] = i\n\t}\n\treturn out\n}\n", 0, judge.WrongAnswer},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := filepath.Join(t.TempDir(), "sol.go")
			if err := os.WriteFile(src, []byte(c.code), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "JUDGE_MEMORY_CHILD="+src, "JUDGE_MEMORY_MB="+strconv.Itoa(c.memoryMB),
				"JUDGE_TEST_CACHE="+testJudge().CacheDir)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			var verdict string
			var hwm int64
			if _, err := fmt.Sscanf(string(tail(out, 1)), "verdict %s peak %d", &verdict, &hwm); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if verdict != c.want.String() {
				t.Errorf("verdict %s, want %s", verdict, c.want)
			}
			t.Logf("judge's own peak memory %d MB (%s)", hwm>>20, verdict)
			if !raceEnabled && hwm > 120<<20 {
				t.Errorf("the judge's own memory peaked at %d MB", hwm>>20)
			}
		})
	}
}

// memoryChild is TestMain's one-shot judge for TestJudgeMemory.
func memoryChild(src string) {
	b, err := bank()
	if err != nil {
		panic(err)
	}
	p := *b["two-sum"]
	j := &judge.Judge{CacheDir: os.Getenv("JUDGE_TEST_CACHE")}
	if mb, _ := strconv.Atoi(os.Getenv("JUDGE_MEMORY_MB")); mb > 0 {
		// Room for the answer to be made at all, on a loaded machine too:
		// the judge's side is what is measured. Limits are not in the
		// package's hash: calibrate afresh.
		p.Limits.MemoryMB = mb
		p.Limits.TimeSlack = 10 * time.Second
		j.CacheDir = os.Getenv("TMPDIR")
	}
	code, err := os.ReadFile(src)
	if err != nil {
		panic(err)
	}
	rep, err := j.Submit(context.Background(), &p, driver.Source{Name: "sol.go", Code: string(code)})
	if err != nil {
		panic(err)
	}
	status, _ := os.ReadFile("/proc/self/status")
	_, after, _ := strings.Cut(string(status), "VmHWM:")
	kb, _ := strconv.ParseInt(strings.Fields(after)[0], 10, 64)
	fmt.Printf("\nverdict %s peak %d\n", rep.Verdict, kb<<10)
}
