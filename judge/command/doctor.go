package command

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/build"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/home"
	"github.com/judgehq/judge/judge/sandbox"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var doctorCommand = &cli.Command{
	Name:  "doctor",
	Usage: "show the isolation solutions get, the Go toolchain, the build cache and where state lives",
	Description: `Starts a sandboxed child exactly as a solution would be started and has it
try what a hostile solution would (start processes, reach the network,
signal other processes, read the judge's state and cache, write outside its
folder), then reports what stopped it. JUDGE_NO_NAMESPACES=1,
JUDGE_NO_LANDLOCK=1 and JUDGE_NO_SECCOMP=1 turn a layer off.`,
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
		&cli.BoolFlag{Name: "clean", Usage: "remove temporary folders a killed judge left behind"},
	},
	Action: func(c *cli.Context) error {
		return Doctor(c.Context, c.App.Writer, c.Bool("json"), c.Bool("clean"))
	},
}

// DoctorReport is what `judge doctor --json` prints.
type DoctorReport struct {
	Isolation    sandbox.Layers  `json:"isolation"`
	Checks       []sandbox.Check `json:"checks"`
	Go           string          `json:"go"`
	GoVersion    string          `json:"go_version"`
	GoCache      string          `json:"gocache"`
	GoCacheBytes int64           `json:"gocache_bytes"`
	// StdCold lists the standard packages solutions may use without
	// importing them that the build cache lacks; judge start warms them.
	StdCold   []string `json:"std_cold"`
	Home      string   `json:"home"`
	Cache     string   `json:"cache"`
	Leftovers []string `json:"leftovers"` // temporary folders of judges that were killed
	// SetAside are the state files and history lines the judge could not
	// read and kept aside, for the user to look at.
	SetAside []string `json:"set_aside"`
}

// leftoverAge is how old a temporary folder must be before doctor calls
// it left behind: a judge running now owns younger ones.
const leftoverAge = time.Hour

// Doctor probes the sandbox and the toolchain and writes what it found.
func Doctor(ctx context.Context, w io.Writer, asJSON, clean bool) error {
	var r DoctorReport
	var err error
	if r.Home, err = home.Dir(); err != nil {
		return fmt.Errorf("find judge's home folder: %w; set JUDGE_HOME", err)
	}
	if r.Cache, err = home.CacheDir(); err != nil {
		return fmt.Errorf("find judge's cache folder: %w; set JUDGE_CACHE", err)
	}
	if r.Go, err = build.GoTool(); err != nil {
		return err
	}
	out, err := exec.CommandContext(ctx, r.Go, "env", "GOVERSION", "GOCACHE").Output()
	if err != nil {
		return fmt.Errorf("%s env: %w", r.Go, err)
	}
	if f := strings.Fields(string(out)); len(f) == 2 {
		r.GoVersion, r.GoCache = f[0], f[1]
		r.GoCacheBytes = du(r.GoCache)
	}
	if r.StdCold, err = build.Cold(ctx, driver.AutoImports()); err != nil {
		return err
	}
	probe, err := sandbox.Probe(ctx, []string{r.Home, r.Cache})
	if err != nil {
		return fmt.Errorf("the sandbox cannot start a child: %w", err)
	}
	r.Isolation, r.Checks = probe.Layers, probe.Checks
	r.SetAside = (&session.Store{Dir: r.Home}).SetAside()
	r.Leftovers = leftovers(time.Now())
	if clean {
		for _, d := range r.Leftovers {
			if err := os.RemoveAll(d); err != nil {
				return err
			}
		}
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	writeDoctor(w, &r, clean)
	return nil
}

func writeDoctor(w io.Writer, r *DoctorReport, cleaned bool) {
	heading.Fprintln(w, "Isolation of judged solutions (probed with a real child)")
	fmt.Fprintf(w, "  %s\n", r.Isolation)
	for _, c := range r.Checks {
		mark := good.Sprint("✓ stopped")
		if !c.Held {
			mark = bad.Sprint("✗ ALLOWED")
		}
		fmt.Fprintf(w, "  %s  %s: %s\n", mark, c.Name, c.Detail)
	}
	heading.Fprintln(w, "Go toolchain")
	fmt.Fprintf(w, "  %s (%s)\n", r.Go, r.GoVersion)
	heading.Fprintln(w, "Build cache")
	fmt.Fprintf(w, "  GOCACHE %s: %s (each new solution adds about 300 KB; Go drops entries unused for 5 days; go clean -cache empties it)\n",
		r.GoCache, size(r.GoCacheBytes))
	if n := len(driver.AutoImports()); len(r.StdCold) == 0 {
		fmt.Fprintf(w, "  standard library: warm (all %d packages a solution may use without importing)\n", n)
	} else {
		fmt.Fprintf(w, "  standard library: %d of %d packages not compiled yet (%s); judge start compiles them in the background\n",
			len(r.StdCold), n, strings.Join(r.StdCold, ", "))
	}
	heading.Fprintln(w, "State")
	fmt.Fprintf(w, "  sessions and history  %s\n", r.Home)
	fmt.Fprintf(w, "  calibrations          %s\n", r.Cache)
	for _, f := range r.SetAside {
		what := "a session state judge could not read"
		if filepath.Base(f) == session.HistoryAside {
			what = "history lines judge could not read"
		}
		fmt.Fprintf(w, "  set aside             %s: %s, kept for you to look at; delete it when done\n", f, what)
	}
	heading.Fprintln(w, "Temporary folders")
	switch {
	case len(r.Leftovers) == 0:
		fmt.Fprintf(w, "  none left behind in %s\n", os.TempDir())
	case cleaned:
		fmt.Fprintf(w, "  removed %d left behind by judges that were killed\n", len(r.Leftovers))
	default:
		fmt.Fprintf(w, "  %d left behind by judges that were killed (judge doctor --clean removes them):\n", len(r.Leftovers))
		for _, d := range r.Leftovers {
			fmt.Fprintf(w, "    %s\n", d)
		}
	}
}

// leftovers lists the judge's temporary folders older than leftoverAge.
func leftovers(now time.Time) []string {
	var out []string
	for _, pattern := range []string{"judge-build-*", "judge-run-*", "judge-probe-*"} {
		dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), pattern))
		for _, d := range dirs {
			if fi, err := os.Stat(d); err == nil && fi.IsDir() && now.Sub(fi.ModTime()) > leftoverAge {
				out = append(out, d)
			}
		}
	}
	return out
}

// du adds up the sizes of the files under dir.
func du(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", n>>10)
}
