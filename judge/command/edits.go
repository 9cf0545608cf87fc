package command

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/judgehq/judge/judge/editlog"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

// The edit log of a session lives in JUDGE_HOME/edits/ID.jsonl and stays
// there after the round, beside the history that names the session.

// editLogPath is the edit log of id, a round's (see logID).
func editLogPath(env *Env, id string) string { return editlog.Path(env.Store.Dir, id) }

// logID names the edit log of a session's current round: the session's
// id for its first round, with the round's number after it for a loop's
// later rounds.
func logID(s *session.Session) string { return roundLogID(s.ID, s.Index()+1) }

// recordLogID names the edit log of a history record's round.
func recordLogID(r session.Record) string { return roundLogID(r.Session, r.Round) }

func roundLogID(session string, round int) string {
	if round <= 1 {
		return session
	}
	return fmt.Sprintf("%s-round-%d", session, round)
}

// notepads are the files the candidate writes in during the round: the
// round's own list (a coding round's solution files, a design or
// behavioral round's notes), each keyed by its path from the round's
// folder.
func notepads(s *session.Session) []editlog.Notepad {
	var out []editlog.Notepad
	files := s.Files()
	for i, file := range files {
		key, err := filepath.Rel(s.Dir, file)
		if err != nil {
			key = file
		}
		name := filepath.Base(file)
		if i < len(s.Problems) {
			name = s.Problems[i].Slug
		}
		out = append(out, editlog.Notepad{Key: filepath.ToSlash(key), Name: name, Path: file})
	}
	return out
}

// notepadOf is the index, in notepads(s), of the notepad a stage of the
// plan is written in: a coding round's problem's file, or a design or
// behavioral round's one notes file, whatever question the stage is of.
func notepadOf(s *session.Session, sl session.Slot) int {
	if s.KindOf() != session.KindCoding {
		return 0
	}
	return sl.Problem
}

// editHeader is what the edit log of s records of it: its notepads and
// its stage plan.
func editHeader(s *session.Session) editlog.Header {
	h := editlog.Header{Session: s.ID, Started: s.Started, Deadline: s.Deadline, Notepads: notepads(s)}
	for _, sl := range s.Plan() {
		h.Plan = append(h.Plan, editlog.Stage{
			Notepad: h.Notepads[notepadOf(s, sl)].Key,
			Name:    sl.Name(),
			StartMS: sl.Start.Sub(s.Started).Milliseconds(),
			EndMS:   sl.End.Sub(s.Started).Milliseconds(),
		})
	}
	return h
}

// observeEdits records in the session's edit log what its files hold now,
// so that the log misses nothing when no watcher runs. A round without a
// log (begun by an older judge) has nothing to record; a failure only
// warns: the files, not the log, are what is judged.
func observeEdits(env *Env, s *session.Session) {
	if s == nil || s.Result != nil {
		return
	}
	l, err := editlog.Open(editLogPath(env, logID(s)))
	if err == nil {
		err = l.ObserveAll(editlog.ByEditor, env.Now())
	}
	if err != nil && !errors.Is(err, editlog.ErrNoLog) && env.Store.Warn != nil {
		fmt.Fprintf(env.Store.Warn, "judge: warning: the edit log: %v (your files are untouched)\n", err)
	}
}

// watchEditsInBackground starts `judge watch-edits` for s, detached: it
// records each save of the session's files until the round ends.
func watchEditsInBackground(st *session.Store, s *session.Session) {
	exe, err := backgroundExecutable()
	if err != nil {
		return
	}
	_ = session.Background(exe, []string{"watch-edits", logID(s)}, filepath.Join(st.Dir, "watch-edits.log"))
}

// watchEditsCommand is what `judge start` leaves running; it is hidden
// because users never need to call it.
var watchEditsCommand = &cli.Command{
	Name:      "watch-edits",
	Usage:     "record each save of the session's files in its edit log, until the round ends",
	UsageText: "judge watch-edits LOG",
	Hidden:    true,
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "poll", Usage: "poll the files instead of using file-system events"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if c.NArg() != 1 {
			return usageError("name the round's log: judge watch-edits LOG")
		}
		return WatchEdits(c.Context, env, c.Args().First(), c.Bool("poll"))
	},
}

// WatchEdits records each change to the files of the round whose log is
// id until it is judged or no longer the current round, or an hour past
// its deadline (later edits count as overtime by the files' own times all
// the same).
func WatchEdits(ctx context.Context, env *Env, id string, poll bool) error {
	l, err := editlog.Open(editLogPath(env, id))
	if err != nil {
		return err
	}
	current := func() bool {
		s, err := env.Store.Load()
		return err == nil && s != nil && logID(s) == id && s.Result == nil && env.Now().Before(s.Deadline.Add(time.Hour))
	}
	if !current() {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		t := time.NewTicker(2 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if !current() {
					cancel()
					return
				}
			}
		}
	}()
	files := map[string]string{}
	for _, n := range l.Header().Notepads {
		files[n.Path] = n.Key
	}
	// Whatever changed before the watch began.
	_ = l.ObserveAll(editlog.ByEditor, env.Now())
	w := &editlog.Watcher{Files: files, NoNotify: poll}
	return w.Run(ctx, func(key string) {
		if _, err := l.Observe(key, editlog.ByEditor, env.Now()); err != nil {
			fmt.Fprintf(os.Stderr, "judge watch-edits: %v\n", err)
		}
	})
}
