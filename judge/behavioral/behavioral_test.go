package behavioral

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

func testQuestions() []*Question {
	var qs []*Question
	for _, c := range Categories {
		for _, n := range []string{"a", "b"} {
			qs = append(qs, &Question{ID: c.ID + "-" + n, Category: c.ID, Text: "Tell me about " + c.ID + " " + n + ".", ListenFor: []string{"x"}})
		}
	}
	return qs
}

func TestLoadAll(t *testing.T) {
	fsys := fstest.MapFS{
		"b/one.json":  {Data: []byte(`{"questions": [{"id": "conflict-a", "category": "conflict", "text": "t", "listen_for": ["x"]}]}`)},
		"b/two.json":  {Data: []byte(`{"questions": [{"id": "growth-a", "category": "growth", "text": "t", "listen_for": ["x"]}, {"id": "conflict-a", "category": "conflict", "text": "t", "listen_for": ["x"]}]}`)},
		"b/notes.txt": {Data: []byte("ignored")},
	}
	qs, err := LoadAll(fsys, "b")
	if err == nil || !strings.Contains(err.Error(), `b/two.json: question id "conflict-a" is also in b/one.json`) {
		t.Errorf("LoadAll: %v, want the duplicate named", err)
	}
	if len(qs) != 2 || qs[0].ID != "conflict-a" || qs[1].ID != "growth-a" {
		t.Errorf("LoadAll kept %v", qs)
	}
	fsys["b/bad.json"] = &fstest.MapFile{Data: []byte(`{"questions": [{"id": "x", "categry": "conflict"}]}`)}
	if _, err := LoadAll(fsys, "b"); err == nil || !strings.Contains(err.Error(), `unknown field "categry"`) {
		t.Errorf("LoadAll: %v, want the unknown field named", err)
	}
}

func TestCheck(t *testing.T) {
	qs := []*Question{
		{ID: "Conflict 1", Category: "conflict", Text: "t", ListenFor: []string{"x"}, File: "q.json"},
		{ID: "b", Category: "teamwork", Text: " ", File: "q.json"},
	}
	got := Check(qs, true)
	want := []string{
		`q.json: question id "Conflict 1" is not lower-case words joined by -`,
		`q.json: b: unknown category "teamwork"; categories: conflict, ambiguity, failure, influence, growth, impact, leadership, prioritisation`,
		`q.json: b has no text`,
		`q.json: b says nothing to listen for`,
		`no question in the category "ambiguity"`,
		`no question in the category "failure"`,
		`no question in the category "influence"`,
		`no question in the category "growth"`,
		`no question in the category "impact"`,
		`no question in the category "leadership"`,
		`no question in the category "prioritisation"`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
	if got := Check(testQuestions(), true); len(got) != 0 {
		t.Errorf("Check of good questions: %q", got)
	}
}

func TestReviewBlank(t *testing.T) {
	qs := testQuestions()[:3]
	r := ReviewNotes(qs, Template(qs, 15*time.Minute))
	if r.Complete != 0 || r.Total != 3 {
		t.Errorf("blank: %d of %d complete", r.Complete, r.Total)
	}
	for _, a := range r.Answers {
		if !a.Present || a.Words != 0 || len(a.Missing) != len(Parts) || a.Figure || a.Length != LengthShort {
			t.Errorf("blank answer: %+v", a)
		}
	}
}

func TestReviewAnswers(t *testing.T) {
	qs := testQuestions()[:3]
	notes := Template(qs, 15*time.Minute)
	fill := func(q, part, text string) {
		i := strings.Index(notes, "## "+q+" ")
		i += strings.Index(notes[i:], "### "+part)
		i += strings.Index(notes[i:], "-->") + 3
		notes = notes[:i] + "\n" + text + notes[i:]
	}
	long := strings.Repeat("word ", 70)
	// Q1: complete, with a figure.
	fill("Q1", "Situation", "team of five, a ranking model late "+long)
	fill("Q1", "Task", "ship by June")
	fill("Q1", "Action", "I split the work")
	fill("Q1", "Result", "shipped; CTR up 3%")
	fill("Q1", "Learned", "cut scope early")
	// Q2: no result at all, and no figure anywhere in it.
	fill("Q2", "Situation", "a disagreement")
	fill("Q2", "Task", "agree on a design")
	fill("Q2", "Action", "I wrote a doc")
	fill("Q2", "Learned", "listen first")
	// Q3: a result in words only, and far too long.
	fill("Q3", "Situation", strings.Repeat(long, 5))
	fill("Q3", "Task", "t")
	fill("Q3", "Action", "a")
	fill("Q3", "Result", "it went well")
	fill("Q3", "Learned", "l")

	r := ReviewNotes(qs, notes)
	type short struct {
		Missing []string
		Figure  bool
		Length  string
		Done    bool
	}
	var got []short
	for _, a := range r.Answers {
		got = append(got, short{a.Missing, a.Figure, a.Length, a.Complete()})
	}
	want := []short{
		{[]string{}, true, LengthOK, true},
		{[]string{"result"}, false, LengthShort, false},
		{[]string{}, false, LengthLong, false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	if r.Complete != 1 {
		t.Errorf("%d complete, want 1", r.Complete)
	}
}

func TestReviewFindsRenamedAndMissingQuestions(t *testing.T) {
	qs := testQuestions()[:2]
	notes := "## Question 2: growth\n### Outcome\nsaved 2 days a week\n### What I did\nautomated it\n"
	r := ReviewNotes(qs, notes)
	if r.Answers[0].Present {
		t.Error("Q1 is not in the notes")
	}
	a := r.Answers[1]
	if !a.Present || !a.Figure || !cmp.Equal(a.Missing, []string{"situation", "task", "learned"}) {
		t.Errorf("Q2: %+v", a)
	}
}

func TestHasFigure(t *testing.T) {
	tests := map[string]bool{
		"latency fell 30%":         true,
		"we doubled the rate":      true,
		"saved thousands of hours": true,
		"in Q3":                    true,
		"it went well":             false,
		"one of the best":          false,
	}
	for text, want := range tests {
		if got := HasFigure(strings.Fields(strings.ToLower(text))); got != want {
			t.Errorf("HasFigure(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestDeal(t *testing.T) {
	qs := testQuestions()
	stories := map[string]int{"conflict": 3, "ambiguity": 2, "failure": 2, "influence": 1, "growth": 0, "impact": 4, "leadership": 5, "prioritisation": 1}
	asked := map[string]time.Time{"growth-a": time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}
	for seed := int64(0); seed < 20; seed++ {
		got := Deal(qs, stories, asked, 3, seed)
		var ids []string
		for _, q := range got {
			ids = append(ids, q.ID)
		}
		// growth has no story: first, with the question not asked yet;
		// then influence and prioritisation (one story each), in either
		// order.
		if len(ids) != 3 || ids[0] != "growth-b" ||
			!(strings.HasPrefix(ids[1], "influence-") && strings.HasPrefix(ids[2], "prioritisation-") ||
				strings.HasPrefix(ids[1], "prioritisation-") && strings.HasPrefix(ids[2], "influence-")) {
			t.Errorf("seed %d: dealt %v", seed, ids)
		}
		if again := Deal(qs, stories, asked, 3, seed); !cmp.Equal(got, again) {
			t.Errorf("seed %d: two deals differ", seed)
		}
	}
	// More questions than categories: every question once, then no more.
	all := Deal(qs, nil, nil, 100, 1)
	seen := map[string]bool{}
	for _, q := range all {
		if seen[q.ID] {
			t.Errorf("%s dealt twice", q.ID)
		}
		seen[q.ID] = true
	}
	if len(all) != len(qs) {
		t.Errorf("dealt %d of %d", len(all), len(qs))
	}
	// The first eight cover every category once.
	cats := map[string]bool{}
	for _, q := range all[:len(Categories)] {
		cats[q.Category] = true
	}
	if len(cats) != len(Categories) {
		t.Errorf("the first %d questions cover %d categories", len(Categories), len(cats))
	}
}

func TestStories(t *testing.T) {
	path := filepath.Join(t.TempDir(), StoriesFile)
	s, err := LoadStories(path)
	if err != nil || len(s.Stories) != 0 {
		t.Fatalf("LoadStories of nothing: %v, %v", s, err)
	}
	now := time.Date(2030, 1, 1, 10, 0, 0, 500, time.UTC)
	if _, err := s.Add("Billing migration", []string{"Failure", "leadership", "failure"}, "", now); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add("Ranking launch", []string{"impact"}, "CTR +3%", now); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct {
		title string
		cats  []string
		want  string
	}{
		{" ", []string{"impact"}, "a story needs a title"},
		{"x", nil, "name the categories"},
		{"x", []string{"teamwork"}, `unknown category "teamwork"`},
	} {
		if _, err := s.Add(bad.title, bad.cats, "", now); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("Add(%q, %q): %v, want %q", bad.title, bad.cats, err, bad.want)
		}
	}
	if err := s.Save(path); err != nil {
		t.Fatal(err)
	}
	s, err = LoadStories(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Story{
		{ID: 1, Title: "Billing migration", Categories: []string{"failure", "leadership"}, Added: now.Truncate(time.Second)},
		{ID: 2, Title: "Ranking launch", Categories: []string{"impact"}, Note: "CTR +3%", Added: now.Truncate(time.Second)},
	}
	if diff := cmp.Diff(want, s.Stories); diff != "" {
		t.Errorf("stories (-want +got):\n%s", diff)
	}
	counts := s.Counts()
	if counts["failure"] != 1 || counts["impact"] != 1 || counts["conflict"] != 0 || len(counts) != len(Categories) {
		t.Errorf("Counts = %v", counts)
	}
	if _, err := s.Remove(1); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Remove(1); err == nil {
		t.Error("removing a story twice: no error")
	}
	st, _ := s.Add("Third", []string{"growth"}, "", now)
	if st.ID != 3 {
		t.Errorf("a new story after a removal got id %d, want 3 (the next after the highest)", st.ID)
	}
}

func FuzzReviewNotes(f *testing.F) {
	qs := testQuestions()[:2]
	f.Add(Template(qs, 10*time.Minute))
	f.Add("## Q7\n### Result\n5")
	f.Fuzz(func(t *testing.T, notes string) {
		r := ReviewNotes(qs, notes)
		if len(r.Answers) != len(qs) {
			t.Fatalf("%d answers for %d questions", len(r.Answers), len(qs))
		}
	})
}
