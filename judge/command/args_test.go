package command

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/urfave/cli/v2"
)

// parsed is what a command received: the flags set, by name, and its
// positional arguments.
type parsed struct {
	Command string
	Flags   map[string]string
	Args    []string
}

// parse runs args through the app as Main does, with every command's
// action replaced by one that records what it received.
func parse(t *testing.T, args ...string) (parsed, error) {
	t.Helper()
	t.Setenv("JUDGE_PROBLEMS", "")
	os.Unsetenv("JUDGE_PROBLEMS") // set or empty, it counts as given
	app := App()
	var got parsed
	for _, cmd := range app.Commands {
		cmd.Action = func(c *cli.Context) error {
			got = parsed{Command: c.Command.Name, Flags: map[string]string{}, Args: c.Args().Slice()}
			for _, f := range append(c.Command.Flags, c.App.Flags...) {
				name := f.Names()[0]
				if !c.IsSet(name) {
					continue
				}
				switch v := c.Value(name).(type) {
				case cli.StringSlice:
					got.Flags[name] = fmt.Sprint(v.Value())
				default:
					got.Flags[name] = fmt.Sprint(v)
				}
			}
			return nil
		}
	}
	err := run(context.Background(), app, append([]string{"judge"}, args...))
	return got, err
}

// TestFlagsAnywhere: every command reads its flags wherever they are typed,
// before, between or after its arguments, as `--name=value` too, and up to
// "--".
func TestFlagsAnywhere(t *testing.T) {
	tests := []struct {
		args string
		want parsed
	}{
		{"list --json --topic dp", parsed{"list", map[string]string{"json": "true", "topic": "dp"}, nil}},
		{"show two-sum --problems mine", parsed{"show", map[string]string{"problems": "[mine]"}, []string{"two-sum"}}},
		{"submit --problem two-sum sol.go --json", parsed{"submit", map[string]string{"problem": "two-sum", "json": "true"}, []string{"sol.go"}}},
		{"submit sol.go -p two-sum", parsed{"submit", map[string]string{"problem": "two-sum"}, []string{"sol.go"}}},
		{"verify problems/two-sum --jobs 1 --fresh", parsed{"verify", map[string]string{"jobs": "1", "fresh": "true"}, []string{"problems/two-sum"}}},
		{"new my-problem --dir D", parsed{"new", map[string]string{"dir": "D"}, []string{"my-problem"}}},
		{"start two-sum --minutes 35", parsed{"start", map[string]string{"minutes": "35"}, []string{"two-sum"}}},
		{"start two-sum --minutes=0.5 lru-cache --abandon --dir=work", parsed{"start", map[string]string{"minutes": "0.5", "abandon": "true", "dir": "work"}, []string{"two-sum", "lru-cache"}}},
		{"status --watch", parsed{"status", map[string]string{"watch": "true"}, nil}},
		{"run two-sum --json", parsed{"run", map[string]string{"json": "true"}, []string{"two-sum"}}},
		{"run sol.go --problem two-sum", parsed{"run", map[string]string{"problem": "two-sum"}, []string{"sol.go"}}},
		{"mock --seed 7 --format onsite", parsed{"mock", map[string]string{"seed": "7", "format": "onsite"}, nil}},
		{"history --limit 3", parsed{"history", map[string]string{"limit": "3"}, nil}},
		{"stats --json --html p.html", parsed{"stats", map[string]string{"json": "true", "html": "p.html"}, nil}},
		{"next --limit 3 --json --plan roadmap", parsed{"next", map[string]string{"limit": "3", "json": "true", "plan": "roadmap"}, nil}},
		{"plan roadmap --json", parsed{"plan", map[string]string{"json": "true"}, []string{"roadmap"}}},
		{"start --dir d --next -m 20", parsed{"start", map[string]string{"dir": "d", "next": "true", "minutes": "20"}, nil}},
		{"list --plan roadmap --status new", parsed{"list", map[string]string{"plan": "roadmap", "status": "new"}, nil}},
		{"mock --plan company --seed 2", parsed{"mock", map[string]string{"plan": "company", "seed": "2"}, nil}},
		{"review sol.go --problem two-sum --json", parsed{"review", map[string]string{"problem": "two-sum", "json": "true"}, []string{"sol.go"}}},
		{"hint two-sum --problems mine", parsed{"hint", map[string]string{"problems": "[mine]"}, []string{"two-sum"}}},
		{"facts how many users --json", parsed{"facts", map[string]string{"json": "true"}, []string{"how", "many", "users"}}},
		{"grade scale=2 --round 3 loss=1", parsed{"grade", map[string]string{"round": "3"}, []string{"scale=2", "loss=1"}}},
		{"stories --add Billing --category failure,impact --category growth", parsed{"stories", map[string]string{"add": "Billing", "category": "[failure impact growth]"}, nil}},
		{"start --design people-you-may-follow --minutes 30", parsed{"start", map[string]string{"design": "true", "minutes": "30"}, []string{"people-you-may-follow"}}},
		{"start conflict-a --behavioral --questions 2", parsed{"start", map[string]string{"behavioral": "true", "questions": "2"}, []string{"conflict-a"}}},
		{"mock --format onsite --level e6", parsed{"mock", map[string]string{"format": "onsite", "level": "e6"}, nil}},
		{"submit --next --json", parsed{"submit", map[string]string{"next": "true", "json": "true"}, nil}},
		{"list --kind ml-design --json", parsed{"list", map[string]string{"kind": "ml-design", "json": "true"}, nil}},
		{"review --round 2", parsed{"review", map[string]string{"round": "2"}, nil}},
		{"solution two-sum --problems=mine", parsed{"solution", map[string]string{"problems": "[mine]"}, []string{"two-sum"}}},
		{"warm two-sum lru-cache --problems mine", parsed{"warm", map[string]string{"problems": "[mine]"}, []string{"two-sum", "lru-cache"}}},
		{"bench two-sum --runs 3 --cold", parsed{"bench", map[string]string{"runs": "3", "cold": "true"}, []string{"two-sum"}}},
		{"doctor --clean --json", parsed{"doctor", map[string]string{"clean": "true", "json": "true"}, nil}},
		{"pad --no-browser", parsed{"pad", map[string]string{"no-browser": "true"}, nil}},
		{"replay 3 --at 12:30 --json", parsed{"replay", map[string]string{"at": "12:30", "json": "true"}, []string{"3"}}},
		{"watch-edits 20300101-100000-abcdef --poll", parsed{"watch-edits", map[string]string{"poll": "true"}, []string{"20300101-100000-abcdef"}}},
		{"--problems mine start two-sum -m 5", parsed{"start", map[string]string{"problems": "[mine]", "minutes": "5"}, []string{"two-sum"}}},
		{"start --dir d -- two-sum --minutes", parsed{"start", map[string]string{"dir": "d"}, []string{"two-sum", "--minutes"}}},
		{"submit --problem two-sum -", parsed{"submit", map[string]string{"problem": "two-sum"}, []string{"-"}}},
	}
	tested := map[string]bool{}
	for _, tt := range tests {
		tested[tt.want.Command] = true
		t.Run(tt.args, func(t *testing.T) {
			got, err := parse(t, strings.Fields(tt.args)...)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("parsed (-want +got):\n%s", diff)
			}
		})
	}
	// A command added later is covered too: each needs a case above.
	for _, cmd := range App().Commands {
		if !tested[cmd.Name] {
			t.Errorf("no case for judge %s: add one that types its flags after its arguments", cmd.Name)
		}
	}
}

// TestUsageErrors: a mistyped command or flag, or a bad flag value, is one
// short line and exit status 2, never the command's whole help.
func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args string
		want string
	}{
		{"sumbit", "unknown command \"sumbit\" (did you mean \"submit\"?); `judge --help` lists the commands"},
		{"stat", "unknown command \"stat\" (did you mean \"start\"?); `judge --help` lists the commands"},
		{"xyzzy", "unknown command \"xyzzy\"; `judge --help` lists the commands"},
		{"start two-sum --minutes abc", "start: invalid value \"abc\" for flag -minutes: parse error; see `judge start --help`"},
		{"history --limit many", "history: invalid value \"many\" for flag -limit: parse error; see `judge history --help`"},
		{"start two-sum --minuts 3", "start: flag provided but not defined: -minuts; see `judge start --help`"},
		{"--bogus list", "flag provided but not defined: -bogus; see `judge --help`"},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			var stderr strings.Builder
			code := Main(append([]string{"judge"}, strings.Fields(tt.args)...), &stderr)
			if code != ExitUsage {
				t.Errorf("exit status %d, want %d", code, ExitUsage)
			}
			if diff := cmp.Diff("judge: "+tt.want+"\n", stderr.String()); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}
