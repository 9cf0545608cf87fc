package command

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/judgehq/judge/judge/editlog"
	"github.com/judgehq/judge/judge/pad"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var padCommand = &cli.Command{
	Name:      "pad",
	Usage:     "open the round in a plain notepad page: statement, textarea, clock, stage, Submit",
	UsageText: "judge pad [--no-browser]",
	Description: `Serves the running round as one local page and opens it in your browser:
the statement on one side, a plain monospace textarea on the other (no
highlighting, no completion, nothing runs; Tab inserts a tab), the clock,
the stage you should be in and the stage plan above, and a Submit button
that does what ` + "`judge submit`" + ` does. A round of two problems has a tab per
problem. After the verdict the page shows the report and the review, and
/replay plays the round back with a slider.

The files on disk stay the source of truth: the page saves into them as you
type (half a second after the last keystroke), and shows an editor's saves
within a second. Every save goes into the round's edit log (` + "`judge replay`" + `).

The page answers only on 127.0.0.1, at a port the system picks, to requests
that carry the random token in its address; other hosts and cross-origin
writes get 403. Ctrl-C stops it; the round goes on (its clock does not
depend on the page).`,
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "no-browser", Usage: "print the page's address instead of opening a browser"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		return Pad(c.Context, c.App.Writer, env, !c.Bool("no-browser"))
	},
}

// Pad serves the round's page until ctx ends; open opens it in a browser.
func Pad(ctx context.Context, w io.Writer, env *Env, open bool) error {
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	if s == nil {
		return usageError("no round to open: `judge start SLUG` or `judge mock` begins one, then `judge pad` opens it")
	}
	ln, err := pad.Listen()
	if err != nil {
		return fmt.Errorf("listen on 127.0.0.1: %w", err)
	}
	out := &lockedWriter{w: w}
	srv := newPadServer(ctx, env, out)
	srv.Port = ln.Addr().(*net.TCPAddr).Port
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(out, "The pad of %s: %s\n", strings.Join(s.Slugs(), ", "), srv.URL())
	if open {
		if err := openBrowser(srv.URL()); err != nil {
			fmt.Fprintf(out, "Could not open a browser (%v): open the address above.\n", err)
		}
	}
	fmt.Fprintln(out, faint.Sprint("Ctrl-C stops the page; the round's clock runs on without it."))
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = hs.Shutdown(shut)
	return nil
}

// lockedWriter lets the page's requests write to the terminal in turn.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// newPadServer wires the pad to the session on disk: each request reads
// it afresh, so the terminal and the page always agree.
func newPadServer(ctx context.Context, env *Env, out io.Writer) *pad.Server {
	statements := &statementCache{}
	return &pad.Server{
		Token: pad.NewToken(),
		Load: func() (*pad.Round, error) {
			s, err := env.Store.Load()
			if err != nil || s == nil {
				return nil, err
			}
			return padRound(env, s, statements), nil
		},
		// The submit runs on the command's context, not the request's: a
		// closed tab does not stop the judging, Ctrl-C does.
		Submit: func(context.Context) error {
			var buf bytes.Buffer
			// In a loop the next round waits for the candidate: the
			// page's Start button, or judge submit --next.
			err := SubmitSession(ctx, &buf, env, false, nil)
			if errors.Is(err, errNotAccepted) {
				err = nil
			}
			if err == nil {
				fmt.Fprintln(out, "Judged from the pad: the page shows the report; `judge submit` shows it here.")
			}
			return err
		},
		Advance: func(context.Context) error {
			var buf bytes.Buffer
			yes := func(string) bool { return true }
			err := SubmitSession(ctx, &buf, env, false, yes)
			if errors.Is(err, errNotAccepted) {
				err = nil
			}
			if err == nil {
				fmt.Fprintln(out, "The next round began from the pad; `judge status` shows it here.")
			}
			return err
		},
		Replay: func() (string, error) {
			s, err := env.Store.Load()
			if err != nil || s == nil {
				return "", fmt.Errorf("no round")
			}
			tl, err := editlog.Read(editLogPath(env, logID(s)))
			if err != nil {
				return "", fmt.Errorf("this round has no edit log")
			}
			outcome := "running"
			if s.Result != nil {
				outcome = describeRecord(s.Record(s.Result.Submitted, nil))
			}
			var buf bytes.Buffer
			showTimeline(&buf, tl, outcome)
			return plainText(buf.String()), nil
		},
	}
}

// statementCache keeps the statements of the session's problems, read
// from the bank once.
type statementCache struct {
	mu      sync.Mutex
	session string
	byslug  map[string]string
}

func (c *statementCache) get(env *Env, s *session.Session) map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session == logID(s) {
		return c.byslug
	}
	c.session, c.byslug = logID(s), map[string]string{}
	b, err := env.Bank(s.ProblemDirs)
	if err != nil {
		return c.byslug
	}
	for _, sp := range s.Problems {
		if p, err := b.Find(sp.Slug); err == nil {
			c.byslug[sp.Slug] = p.Statement
		}
	}
	return c.byslug
}

// padRound is the session as the pad shows it.
func padRound(env *Env, s *session.Session, statements *statementCache) *pad.Round {
	now := env.Now()
	// Each round of a loop is a session to the page, which reloads when
	// the next round starts.
	r := &pad.Round{Session: logID(s), Now: now, Started: s.Started, Deadline: s.Deadline, Stage: -1}
	switch s.PhaseAt(now) {
	case session.Notepad:
		r.Phase = pad.PhaseNotepad
	case session.TimeUp:
		r.Phase = pad.PhaseTimeUp
	default:
		r.Phase = pad.PhaseJudged
	}
	texts := statements.get(env, s)
	nps := notepads(s)
	for i, p := range s.Problems {
		r.Notepads = append(r.Notepads, pad.Notepad{Key: nps[i].Key, Name: p.Slug, Title: p.Title, Difficulty: p.Difficulty, Statement: texts[p.Slug], Path: p.File})
	}
	if s.KindOf() != session.KindCoding && len(nps) > 0 {
		// A design or behavioral round: one notepad, the round's notes,
		// which quote the prompt or the questions under their headings.
		r.Notepads = append(r.Notepads, pad.Notepad{Key: nps[0].Key, Name: nps[0].Name, Title: roundTitle(s), Path: nps[0].Path,
			Statement: "The prompt (or the questions) and the sections to fill are in the notepad itself, on the right. `judge facts WORD` answers a clarifying question, as the interviewer would; Submit ends the round and reviews the notes."})
	}
	cur, inStage := s.SlotAt(now)
	for i, sl := range s.Plan() {
		r.Plan = append(r.Plan, pad.Stage{Notepad: nps[notepadOf(s, sl)].Key, Name: sl.Name(), Prompt: sl.Prompt(), Start: sl.Start.Sub(s.Started), End: sl.End.Sub(s.Started)})
		if inStage && r.Phase == pad.PhaseNotepad && sl.Problem == cur.Problem && sl.Stage == cur.Stage {
			r.Stage = i
		}
	}
	if path := editLogPath(env, logID(s)); fileExists(path) {
		r.Log = path
	}
	if s.Result != nil {
		var buf bytes.Buffer
		var bank *roundBank
		if s.KindOf() != session.KindCoding {
			bank, _ = loadRoundBank()
		}
		showResult(&buf, s, false, bank)
		r.Result = &pad.Result{Passed: s.Result.Passed(), Text: plainText(buf.String())}
		if len(s.Next) > 0 {
			r.Next = fmt.Sprintf("round %d of %d (%s, %s)", s.Index()+2, s.Total(), s.Next[0].KindOf().Title(), session.Clock(s.Next[0].Duration()))
		}
	}
	return r
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// plainText drops the terminal's colours.
func plainText(s string) string { return ansi.ReplaceAllString(s, "") }

// openBrowser opens url in the user's browser ($BROWSER when set), without
// waiting for it.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch {
	case os.Getenv("BROWSER") != "":
		cmd = exec.Command(os.Getenv("BROWSER"), url)
	case runtime.GOOS == "darwin":
		cmd = exec.Command("open", url)
	case runtime.GOOS == "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { _ = cmd.Wait() }()
	return nil
}
