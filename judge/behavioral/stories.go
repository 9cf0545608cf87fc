package behavioral

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/home"
)

// Story is one story of the candidate's own, told for the categories it
// answers.
type Story struct {
	ID         int       `json:"id"`
	Title      string    `json:"title"`
	Categories []string  `json:"categories"`
	Note       string    `json:"note,omitempty"`
	Added      time.Time `json:"added"`
}

// Stories is the candidate's story bank, kept in the data folder.
type Stories struct {
	Stories []Story `json:"stories"`
}

// StoriesFile is the story bank's file in the data folder.
const StoriesFile = "stories.json"

// LoadStories reads the story bank at path; none yet is an empty bank.
func LoadStories(path string) (*Stories, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Stories{Stories: []Story{}}, nil
	}
	if err != nil {
		return nil, err
	}
	var s Stories
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%s is not a story bank (%v): fix it by hand, or move it away to start a new one", path, err)
	}
	if s.Stories == nil {
		s.Stories = []Story{}
	}
	return &s, nil
}

// Save writes the bank to path, atomically.
func (s *Stories) Save(path string) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return home.WriteFileAtomic(path, append(b, '\n'))
}

// Add adds a story for the categories cats and returns it.
func (s *Stories) Add(title string, cats []string, note string, now time.Time) (Story, error) {
	title = strings.TrimSpace(title)
	if title == "" {
		return Story{}, fmt.Errorf("a story needs a title: a few words you would recognise it by")
	}
	if len(cats) == 0 {
		return Story{}, fmt.Errorf("name the categories the story answers: --category %s", strings.Join(CategoryIDs(), ","))
	}
	var clean []string
	for _, c := range cats {
		c = strings.TrimSpace(strings.ToLower(c))
		if _, ok := FindCategory(c); !ok {
			return Story{}, fmt.Errorf("unknown category %q; categories: %s", c, strings.Join(CategoryIDs(), ", "))
		}
		if !slices.Contains(clean, c) {
			clean = append(clean, c)
		}
	}
	id := 1
	for _, st := range s.Stories {
		id = max(id, st.ID+1)
	}
	st := Story{ID: id, Title: title, Categories: clean, Note: strings.TrimSpace(note), Added: now.Truncate(time.Second)}
	s.Stories = append(s.Stories, st)
	return st, nil
}

// Remove drops the story with id.
func (s *Stories) Remove(id int) (Story, error) {
	for i, st := range s.Stories {
		if st.ID == id {
			s.Stories = slices.Delete(s.Stories, i, i+1)
			return st, nil
		}
	}
	return Story{}, fmt.Errorf("no story %d: `judge stories` lists them with their numbers", id)
}

// Counts is the number of stories per category, every category present.
func (s *Stories) Counts() map[string]int {
	out := map[string]int{}
	for _, c := range Categories {
		out[c.ID] = 0
	}
	for _, st := range s.Stories {
		for _, c := range st.Categories {
			out[c]++
		}
	}
	return out
}

// Deal picks n questions: one per category in turn, the categories with
// the fewest stories first (ties in a random order), and in each category
// a question never asked, else the one asked longest ago. asked holds
// when each question was last answered. The same inputs and seed give the
// same deal.
func Deal(qs []*Question, stories map[string]int, asked map[string]time.Time, n int, seed int64) []*Question {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x73746f72))
	cats := CategoryIDs()
	rng.Shuffle(len(cats), func(i, j int) { cats[i], cats[j] = cats[j], cats[i] })
	sort.SliceStable(cats, func(i, j int) bool { return stories[cats[i]] < stories[cats[j]] })

	byCat := map[string][]*Question{}
	for _, q := range qs {
		byCat[q.Category] = append(byCat[q.Category], q)
	}
	for _, c := range cats {
		list := byCat[c]
		sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
		rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
		sort.SliceStable(list, func(i, j int) bool { return asked[list[i].ID].Before(asked[list[j].ID]) })
	}
	var out []*Question
	for len(out) < n {
		added := false
		for _, c := range cats {
			if len(out) == n {
				break
			}
			if len(byCat[c]) == 0 {
				continue
			}
			out = append(out, byCat[c][0])
			byCat[c] = byCat[c][1:]
			added = true
		}
		if !added {
			break
		}
	}
	return out
}
