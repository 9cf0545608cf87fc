// Package behavioral is the behavioral round: its questions by category,
// loaded from any fs.FS in the format rounds/README.md describes; the STAR
// notepad the answers are written in and its review (each part present,
// a figure in the result, the length); the candidate's story bank; and the
// deal, which favours the categories with the fewest stories.
package behavioral

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Category is a kind of behavioral question.
type Category struct {
	ID    string
	Title string
	// About says what the interviewer probes with it.
	About string
}

// Categories are those big-tech loops use.
var Categories = []Category{
	{"conflict", "Conflict", "how you disagree, and settle disagreements, with peers and managers"},
	{"ambiguity", "Ambiguity", "how you act when the goal, the data or the owner is unclear"},
	{"failure", "Failure", "how you own a mistake, limit the damage and learn"},
	{"influence", "Influence without authority", "how you move people and teams you do not manage"},
	{"growth", "Growth", "how you take feedback, learn and help others grow"},
	{"impact", "Impact", "the size of what you delivered and your own part in it"},
	{"leadership", "Leadership", "how you set direction and bring a group along"},
	{"prioritisation", "Prioritisation", "how you choose what to do, and what not to, under limits"},
}

// CategoryIDs lists the categories' ids.
func CategoryIDs() []string {
	out := make([]string, len(Categories))
	for i, c := range Categories {
		out[i] = c.ID
	}
	return out
}

// FindCategory returns the category with id.
func FindCategory(id string) (Category, bool) {
	for _, c := range Categories {
		if c.ID == id {
			return c, true
		}
	}
	return Category{}, false
}

// Question is one behavioral question.
type Question struct {
	ID        string   `json:"id"`
	Category  string   `json:"category"`
	Text      string   `json:"text"`
	ListenFor []string `json:"listen_for"`
	FollowUps []string `json:"follow_ups,omitempty"`
	// File is where it was found, for messages.
	File string `json:"-"`
}

type questionFile struct {
	Questions []*Question `json:"questions"`
}

// LoadAll reads every .json file in folder dir of fsys, sorted by id. An
// id used twice is an error.
func LoadAll(fsys fs.FS, dir string) ([]*Question, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var out []*Question
	seen := map[string]string{}
	var errs []error
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		file := path.Join(dir, e.Name())
		b, err := fs.ReadFile(fsys, file)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var qf questionFile
		if err := dec.Decode(&qf); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", file, err))
			continue
		}
		for _, q := range qf.Questions {
			if q == nil {
				errs = append(errs, fmt.Errorf("%s: a question is null", file))
				continue
			}
			if prev, ok := seen[q.ID]; ok {
				errs = append(errs, fmt.Errorf("%s: question id %q is also in %s", file, q.ID, prev))
				continue
			}
			seen[q.ID] = file
			q.File = file
			out = append(out, q)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, errors.Join(errs...)
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Check lists what is wrong with the questions, for `judge verify`: ids,
// categories, texts, what to listen for, and with whole (a bank, not a
// file of additions) every category asked.
func Check(qs []*Question, whole bool) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	per := map[string]int{}
	for _, q := range qs {
		if !idPattern.MatchString(q.ID) {
			bad("%s: question id %q is not lower-case words joined by -", q.File, q.ID)
		}
		if _, ok := FindCategory(q.Category); !ok {
			bad("%s: %s: unknown category %q; categories: %s", q.File, q.ID, q.Category, strings.Join(CategoryIDs(), ", "))
		}
		per[q.Category]++
		if strings.TrimSpace(q.Text) == "" {
			bad("%s: %s has no text", q.File, q.ID)
		}
		if len(q.ListenFor) == 0 {
			bad("%s: %s says nothing to listen for", q.File, q.ID)
		}
		if slices.Contains(q.ListenFor, "") || slices.Contains(q.FollowUps, "") {
			bad("%s: %s has an empty listen_for or follow_ups line", q.File, q.ID)
		}
	}
	for _, c := range Categories {
		if whole && per[c.ID] == 0 {
			bad("no question in the category %q", c.ID)
		}
	}
	return out
}

// Find returns the question with id.
func Find(qs []*Question, id string) (*Question, bool) {
	for _, q := range qs {
		if q.ID == id {
			return q, true
		}
	}
	return nil, false
}
