package design

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

const testMeta = `{
  "title": "Test feed",
  "tags": ["ranking"],
  "facts": [
    {"topic": "scale", "ask": ["users", "dau"], "answer": "10 million daily users."},
    {"topic": "latency", "ask": ["latency", "fast"], "answer": "100 ms."},
    {"topic": "labels", "ask": ["label", "feedback"], "answer": "Clicks, within a minute."},
    {"topic": "goal", "ask": ["goal", "metric"], "answer": "Time well spent."}
  ],
  "rubric": [
    {"id": "scale", "section": "clarify", "what": "states the scale", "terms": ["million*|dau"]},
    {"id": "task", "section": "framing", "what": "frames a ranking task", "terms": ["rank*"]},
    {"id": "label-delay", "section": "data", "what": "states the label and its delay", "terms": ["label*|positive*", "delay*|lag|window"], "why": "labels come late"},
    {"id": "cold-start", "section": "features", "what": "handles cold start", "terms": ["cold start"]},
    {"id": "loss", "section": "model", "what": "names the loss", "terms": ["loss|cross entropy"]},
    {"id": "offline", "section": "evaluation", "what": "an offline metric", "terms": ["ndcg|auc"]},
    {"id": "online", "section": "evaluation", "what": "an online metric and a guardrail", "terms": ["a/b test", "guardrail*"]},
    {"id": "monitor", "section": "serving", "what": "monitors drift", "terms": ["drift|monitor*"]}
  ]
}`

func testPrompt(t *testing.T, meta string) *Prompt {
	t.Helper()
	fsys := fstest.MapFS{
		"test-feed/design.json": {Data: []byte(meta)},
		"test-feed/prompt.md":   {Data: []byte("Design a feed.\n")},
	}
	p, err := Load(fsys, "test-feed")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckClean(t *testing.T) {
	p := testPrompt(t, testMeta)
	if got := Check(p); len(got) != 0 {
		t.Errorf("Check of a good prompt: %q", got)
	}
}

func TestCheckFindings(t *testing.T) {
	meta := `{
  "title": "",
  "tags": ["rankings"],
  "facts": [{"topic": "latency", "ask": ["how"], "answer": ""}],
  "rubric": [
    {"id": "Scale", "section": "clarify", "what": "states the scale", "terms": []},
    {"id": "task", "section": "framings", "what": "", "terms": ["rank*||x"]},
    {"id": "task", "section": "data", "what": "x", "terms": ["ml task"]}
  ]
}`
	got := Check(testPrompt(t, meta))
	want := []string{
		`rubric item "task": term "rank*||x": synonym "" has no word (letters or digits)`,
		`design.json: no title`,
		`design.json: unknown tag "rankings"; tags: recommendation, ranking, classification, regression, search, ads, integrity, nlp, vision, marketplace, forecasting, graph`,
		`design.json: 1 facts, want at least 4 (the scale, the goal, the latency, the data…)`,
		`design.json: facts[0] (latency) has no answer`,
		`design.json: facts[0] (latency): "how" is only stop words: no question could ask it`,
		`design.json: no fact answers a question on the scale (a fact with topic or ask word "scale")`,
		`design.json: 3 rubric items, want at least 8`,
		`design.json: rubric[0]: id "Scale" is not lower-case words joined by -`,
		`design.json: rubric[0] (Scale) has no terms: nothing could ever mention it`,
		`design.json: rubric[1] (task): unknown section "framings"; sections: clarify, framing, data, features, model, evaluation, serving`,
		`design.json: rubric[1] (task) says nothing in "what"`,
		`design.json: two rubric items with id "task"`,
		`design.json: no rubric item covers the section "framing" (Frame as an ML task)`,
		`design.json: no rubric item covers the section "features" (Features)`,
		`design.json: no rubric item covers the section "model" (Model and loss)`,
		`design.json: no rubric item covers the section "evaluation" (Offline and online evaluation)`,
		`design.json: no rubric item covers the section "serving" (Serving and monitoring)`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
}

func TestLoadRejectsUnknownFields(t *testing.T) {
	fsys := fstest.MapFS{
		"x/design.json": {Data: []byte(`{"title": "x", "rubrik": []}`)},
		"x/prompt.md":   {Data: []byte("p")},
	}
	if _, err := Load(fsys, "x"); err == nil || !strings.Contains(err.Error(), `unknown field "rubrik"`) {
		t.Errorf("Load: %v, want an unknown field error", err)
	}
	if _, err := Load(fstest.MapFS{"y/design.json": {Data: []byte(`{}`)}}, "y"); err == nil {
		t.Error("Load without prompt.md: no error")
	}
}

func TestReviewNotes(t *testing.T) {
	p := testPrompt(t, testMeta)
	d := 45 * time.Minute
	notes := Template(p, d)
	fill := func(title, text string) {
		i := strings.Index(notes, "## ")
		i += strings.Index(notes[i:], title)
		end := i + strings.Index(notes[i:], "-->") + 3
		notes = notes[:end] + "\n" + text + notes[end:]
	}
	fill("Clarify requirements", "10 million DAU, p99 100 ms")
	fill("Frame as an ML task", "rank posts by predicted time spent")
	fill("Features", "user and post embeddings; cold-start users get popular posts")
	// "Model and loss" stays empty. "Data and labels" is renamed, with
	// the label and its delay; Serving is dropped.
	notes = strings.Replace(notes, "## 3. Data and labels", "## 3) Data", 1)
	fill("## 3) Data", "labels: clicks; the positive arrives with a short delay")
	fill("Offline and online evaluation", "NDCG@10 offline. A/B test with time spent;\nguardrail: reports")
	notes = notes[:strings.Index(notes, "## 7.")] + "## Extra thoughts\nmonitor drift weekly\n"

	got := ReviewNotes(p, notes, d)
	want := &Review{
		Prompt: "test-feed", Title: "Test feed", Mentioned: 7, Total: 8, Words: 45,
		Sections: []SectionReview{
			{ID: "clarify", Title: "Clarify requirements", Present: true, Words: 6, PlannedSeconds: 300},
			{ID: "framing", Title: "Frame as an ML task", Present: true, Words: 6, PlannedSeconds: 240},
			{ID: "data", Title: "Data and labels", Present: true, Words: 9, PlannedSeconds: 420},
			{ID: "features", Title: "Features", Present: true, Words: 10, PlannedSeconds: 360},
			{ID: "model", Title: "Model and loss", Present: true, Empty: true, PlannedSeconds: 540},
			{ID: "evaluation", Title: "Offline and online evaluation", Present: true, Words: 11, PlannedSeconds: 420},
			{ID: "serving", Title: "Serving and monitoring", PlannedSeconds: 420},
		},
		Items: []ItemReview{
			{ID: "scale", Section: "clarify", What: "states the scale", Mentioned: true, FoundIn: "clarify"},
			{ID: "task", Section: "framing", What: "frames a ranking task", Mentioned: true, FoundIn: "framing"},
			{ID: "label-delay", Section: "data", What: "states the label and its delay", Mentioned: true, FoundIn: "data", Why: "labels come late"},
			{ID: "cold-start", Section: "features", What: "handles cold start", Mentioned: true, FoundIn: "features"},
			{ID: "loss", Section: "model", What: "names the loss"},
			{ID: "offline", Section: "evaluation", What: "an offline metric", Mentioned: true, FoundIn: "evaluation"},
			{ID: "online", Section: "evaluation", What: "an online metric and a guardrail", Mentioned: true, FoundIn: "evaluation"},
			{ID: "monitor", Section: "serving", What: "monitors drift", Mentioned: true},
		},
		Other: []string{"Extra thoughts"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReviewNotes (-want +got):\n%s", diff)
	}
	if got.Complete() {
		t.Error("Complete with an empty and a missing section")
	}
	missing, empty := got.Gaps()
	if !cmp.Equal(missing, []string{"Serving and monitoring"}) || !cmp.Equal(empty, []string{"Model and loss"}) {
		t.Errorf("Gaps = %q, %q", missing, empty)
	}
}

func TestItemFoundInAnotherSection(t *testing.T) {
	p := testPrompt(t, testMeta)
	notes := "## Clarify requirements\nusers\n## Features\ncold start: popular items\n## Model and loss\nthe label has a delay of a day\n"
	r := ReviewNotes(p, notes, 45*time.Minute)
	if it := r.Items[2]; !it.Mentioned || it.FoundIn != "model" {
		t.Errorf("label-delay: %+v, want found in model", it)
	}
	notes = "## Data and labels\nclick\n## Model and loss\nthe label lags\n"
	if it := ReviewNotes(p, notes, 45*time.Minute).Items[2]; !it.Mentioned || it.FoundIn != "model" {
		t.Errorf("label-delay: %+v: the two terms are both in model", it)
	}
	notes = "## Data and labels\nlabel: click\n## Model and loss\nwith a lag\n"
	if it := ReviewNotes(p, notes, 45*time.Minute).Items[2]; it.Mentioned {
		t.Errorf("label-delay: %+v: terms in two sections must not count", it)
	}
}

func TestSectionOf(t *testing.T) {
	tests := map[string]int{
		"1. Clarify requirements · 0:00–5:00": 0,
		"Clarifying questions":                0,
		"2) Frame as an ML task (4 min)":      1,
		"framing":                             1,
		"Data & labels":                       2,
		"Feature engineering":                 3,
		"Modeling":                            4,
		"Evaluation":                          5,
		"Offline and online evaluation":       5,
		"Serving":                             6,
		"Notes":                               -1,
		"":                                    -1,
	}
	for h, want := range tests {
		if got := SectionOf(h); got != want {
			t.Errorf("SectionOf(%q) = %d, want %d", h, got, want)
		}
	}
}

func TestAnswer(t *testing.T) {
	p := testPrompt(t, testMeta)
	tests := []struct {
		question string
		want     []string
	}{
		{"how many users are there?", []string{"scale"}},
		{"DAU", []string{"scale"}},
		{"user", []string{"scale"}},
		{"what is the latency budget", []string{"latency"}},
		{"labels and the goal", []string{"labels", "goal"}},
		{"how is it", nil},
		{"weather", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range p.Answer(tt.question) {
			got = append(got, f.Topic)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Answer(%q) (-want +got):\n%s", tt.question, diff)
		}
	}
}

func TestBounds(t *testing.T) {
	b := Bounds(45 * time.Minute)
	want := []time.Duration{0, 5, 9, 16, 22, 31, 38, 45}
	for i := range want {
		want[i] *= time.Minute
	}
	if diff := cmp.Diff(want, b); diff != "" {
		t.Errorf("Bounds(45m) (-want +got):\n%s", diff)
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte(testMeta))
	f.Fuzz(func(t *testing.T, meta []byte) {
		fsys := fstest.MapFS{"x/design.json": {Data: meta}, "x/prompt.md": {Data: []byte("p")}}
		p, err := Load(fsys, "x")
		if err != nil {
			return
		}
		Check(p)
		p.Answer("users latency")
	})
}
