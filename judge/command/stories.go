package command

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/judgehq/judge/judge/behavioral"
	"github.com/urfave/cli/v2"
)

var storiesCommand = &cli.Command{
	Name:      "stories",
	Usage:     "your story bank for behavioral rounds: stories and the categories they answer",
	UsageText: "judge stories [--json]\n   judge stories --add TITLE --category C[,C...] [--note TEXT]\n   judge stories --remove N",
	Description: `Behavioral rounds are won with a few well-prepared stories, each able to
answer several kinds of question. Keep yours here, by a title you recognise
and the categories it answers: conflict, ambiguity, failure, influence
(without authority), growth, impact, leadership, prioritisation.

Listing shows every category with its stories, the thinnest first: a
behavioral round (judge start --behavioral, or a mock's) deals questions
from the categories with the fewest stories, so the gaps get practised.
The bank is JUDGE_HOME/stories.json, which you may also edit by hand.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "add", Usage: "add a story called `TITLE`"},
		&cli.StringSliceFlag{Name: "category", Aliases: []string{"c"}, Usage: "with --add, the `CATEGORY` (or several, comma-separated) the story answers"},
		&cli.StringFlag{Name: "note", Usage: "with --add, a line of `TEXT` to remember it by (the numbers, the people)"},
		&cli.IntFlag{Name: "remove", Usage: "remove story number `N`"},
		&cli.BoolFlag{Name: "json", Usage: "print the bank as JSON"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		var cats []string
		for _, v := range c.StringSlice("category") {
			cats = append(cats, strings.Split(v, ",")...)
		}
		o := StoriesOptions{Add: c.String("add"), Categories: cats, Note: c.String("note"), JSON: c.Bool("json")}
		if c.IsSet("remove") {
			n := c.Int("remove")
			o.Remove = &n
		}
		if !c.IsSet("add") && (c.IsSet("category") || c.IsSet("note")) {
			return usageError("--category and --note go with --add")
		}
		if c.IsSet("add") && o.Remove != nil {
			return usageError("--add and --remove: one at a time")
		}
		return Stories(c.App.Writer, env, o)
	},
}

// StoriesOptions are the inputs of Stories.
type StoriesOptions struct {
	Add        string
	Categories []string
	Note       string
	// Remove is the story to remove.
	Remove *int
	JSON   bool
}

func storiesPath(env *Env) string { return filepath.Join(env.Store.Dir, behavioral.StoriesFile) }

func loadStories(env *Env) (*behavioral.Stories, error) {
	s, err := behavioral.LoadStories(storiesPath(env))
	if err != nil {
		return nil, usageError("%v", err)
	}
	return s, nil
}

// StoriesJSON is `judge stories --json`.
type StoriesJSON struct {
	Stories []behavioral.Story `json:"stories"`
	// Categories are every category with its count of stories, fewest
	// first.
	Categories []CategoryCount `json:"categories"`
}

// CategoryCount is one category and how many stories answer it.
type CategoryCount struct {
	Category string `json:"category"`
	Title    string `json:"title"`
	Stories  int    `json:"stories"`
}

// Stories adds, removes or lists the candidate's stories.
func Stories(w io.Writer, env *Env, o StoriesOptions) error {
	if o.Add != "" || o.Remove != nil {
		unlock, err := env.Store.Lock()
		if err != nil {
			return err
		}
		defer unlock()
	}
	s, err := loadStories(env)
	if err != nil {
		return err
	}
	switch {
	case o.Add != "":
		st, err := s.Add(o.Add, o.Categories, o.Note, env.Now())
		if err != nil {
			return usageError("%v", err)
		}
		if err := s.Save(storiesPath(env)); err != nil {
			return err
		}
		fmt.Fprintf(w, "Added story %d, %q: %s.\n\n", st.ID, st.Title, strings.Join(st.Categories, ", "))
	case o.Remove != nil:
		st, err := s.Remove(*o.Remove)
		if err != nil {
			return usageError("%v", err)
		}
		if err := s.Save(storiesPath(env)); err != nil {
			return err
		}
		fmt.Fprintf(w, "Removed story %d, %q.\n\n", st.ID, st.Title)
	}
	counts := s.Counts()
	var cats []CategoryCount
	for _, c := range behavioral.Categories {
		cats = append(cats, CategoryCount{Category: c.ID, Title: c.Title, Stories: counts[c.ID]})
	}
	sort.SliceStable(cats, func(i, j int) bool { return cats[i].Stories < cats[j].Stories })
	if o.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(StoriesJSON{Stories: s.Stories, Categories: cats})
	}
	if len(s.Stories) == 0 {
		fmt.Fprintln(w, "No stories yet. Add the ones you would tell, with the categories each answers:")
		fmt.Fprintln(w, "  judge stories --add \"Migrated billing under a deadline\" --category failure,leadership --note \"3 weeks late, 0 lost invoices\"")
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, heading.Sprint("Stories by category, the thinnest first:"))
	for _, c := range cats {
		var titles []string
		for _, st := range s.Stories {
			for _, sc := range st.Categories {
				if sc == c.Category {
					titles = append(titles, fmt.Sprintf("%d %s", st.ID, st.Title))
				}
			}
		}
		mark := faint.Sprint("·")
		if c.Stories == 0 {
			mark = bad.Sprint("✗")
		}
		list := faint.Sprint("none yet")
		if len(titles) > 0 {
			list = strings.Join(titles, " · ")
		}
		fmt.Fprintf(w, "  %s %-28s %d  %s\n", mark, c.Title, c.Stories, list)
	}
	if len(s.Stories) > 0 {
		fmt.Fprintln(w, faint.Sprint("\nA behavioral round deals questions from the thinnest categories first. `judge stories --remove N` drops one."))
	}
	return nil
}
