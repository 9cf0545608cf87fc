package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/problem"
)

// testBank has easy and medium problems over a few topics.
func testBank() []*problem.Problem {
	var ps []*problem.Problem
	for _, spec := range []string{
		"easy-array-1 easy array", "easy-array-2 easy array", "easy-string easy string,array",
		"easy-tree easy binary-tree", "medium-array medium array", "medium-graph medium graph",
		"medium-heap medium heap,array", "medium-dp medium dynamic-programming", "medium-tree medium binary-tree",
		"hard-graph hard graph",
	} {
		f := strings.Fields(spec)
		ps = append(ps, &problem.Problem{Slug: f[0], Difficulty: f[1], Topics: strings.Split(f[2], ",")})
	}
	return ps
}

func TestPickMockShapes(t *testing.T) {
	bank := testBank()
	for _, f := range Formats {
		for seed := int64(0); seed < 200; seed++ {
			pick, err := PickMock(f, bank, nil, seed, t0)
			if err != nil {
				t.Fatalf("%s seed %d: %v", f.Name, seed, err)
			}
			var ds []string
			for i, p := range pick.Problems {
				ds = append(ds, p.Difficulty)
				for _, q := range pick.Problems[:i] {
					if sharesTopic([]*problem.Problem{q}, p) {
						t.Errorf("%s seed %d: %s and %s share a topic", f.Name, seed, q.Slug, p.Slug)
					}
				}
			}
			shape := strings.Join(ds, "+")
			switch {
			case f.Name == "phone" && shape != "easy+medium",
				f.Name == "onsite" && shape != "medium+medium",
				f.Name == "phone-senior" && shape != "medium" && shape != "easy+medium":
				t.Errorf("%s seed %d: picked %s", f.Name, seed, shape)
			}
		}
	}
}

func TestPickMockDeterministic(t *testing.T) {
	bank := testBank()
	history := []Record{record("1", t0, OutcomeJudged, false, Attempt{Slug: "medium-graph", Topics: []string{"graph"}, Verdict: "wrong_answer"})}
	f, _ := FindFormat("phone")
	seen := map[string]bool{}
	for seed := int64(0); seed < 50; seed++ {
		first, err := PickMock(f, bank, history, seed, t0)
		if err != nil {
			t.Fatal(err)
		}
		// The bank's order does not matter, only its content.
		reversed := append([]*problem.Problem(nil), bank...)
		for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
			reversed[i], reversed[j] = reversed[j], reversed[i]
		}
		again, err := PickMock(f, reversed, history, seed, t0)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(slugsOf(first.Problems), slugsOf(again.Problems)); diff != "" {
			t.Errorf("seed %d: two picks differ (-first +second):\n%s", seed, diff)
		}
		seen[strings.Join(slugsOf(first.Problems), " ")] = true
	}
	if len(seen) < 5 {
		t.Errorf("50 seeds made only %d different rounds: %v", len(seen), seen)
	}
}

// count tallies how often each slug is picked over many seeds.
func count(t *testing.T, f *Format, bank []*problem.Problem, history []Record, now time.Time) map[string]int {
	t.Helper()
	n := map[string]int{}
	for seed := int64(0); seed < 1000; seed++ {
		pick, err := PickMock(f, bank, history, seed, now)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pick.Problems {
			n[p.Slug]++
		}
	}
	return n
}

func TestPickMockPreferences(t *testing.T) {
	bank := testBank()
	phone, _ := FindFormat("phone")
	solved := func(slug, topic string) Record {
		return record(slug, t0.Add(-24*time.Hour), OutcomeJudged, false, Attempt{Slug: slug, Topics: []string{topic}, Verdict: "accepted"})
	}
	failed := func(id, slug, topic string) Record {
		return record(id, t0.Add(-24*time.Hour), OutcomeJudged, false, Attempt{Slug: slug, Topics: []string{topic}, Verdict: "wrong_answer"})
	}

	base := count(t, phone, bank, nil, t0)

	// A problem solved yesterday mostly stays out; a month later it is back.
	recent := count(t, phone, bank, []Record{solved("medium-dp", "dynamic-programming")}, t0)
	if recent["medium-dp"]*4 > base["medium-dp"] {
		t.Errorf("medium-dp solved yesterday was picked %d times of 1000 (%d with no history)", recent["medium-dp"], base["medium-dp"])
	}
	later := count(t, phone, bank, []Record{solved("medium-dp", "dynamic-programming")}, t0.Add(Recently+24*time.Hour))
	if later["medium-dp"]*4 < base["medium-dp"] {
		t.Errorf("medium-dp solved long ago was picked %d times of 1000 (%d with no history)", later["medium-dp"], base["medium-dp"])
	}

	// A topic often failed comes up more.
	weak := count(t, phone, bank, []Record{
		failed("1", "medium-tree", "binary-tree"), failed("2", "medium-tree", "binary-tree"), failed("3", "easy-tree", "binary-tree"),
	}, t0)
	if weak["medium-tree"] <= base["medium-tree"] || weak["easy-tree"] <= base["easy-tree"] {
		t.Errorf("weak topic binary-tree: picked %d+%d times, %d+%d with no history",
			weak["medium-tree"], weak["easy-tree"], base["medium-tree"], base["easy-tree"])
	}
}

func TestPickMockErrors(t *testing.T) {
	onsite, _ := FindFormat("onsite")
	phone, _ := FindFormat("phone")
	mk := func(specs ...string) []*problem.Problem {
		var ps []*problem.Problem
		for i, s := range specs {
			d, topic, _ := strings.Cut(s, " ")
			ps = append(ps, &problem.Problem{Slug: fmt.Sprintf("p%d", i), Difficulty: d, Topics: []string{topic}})
		}
		return ps
	}
	tests := []struct {
		name string
		f    *Format
		bank []*problem.Problem
		want string
	}{
		{"no easy", phone, mk("medium array", "medium graph"), "the bank has no easy problem; the phone format needs easy + medium from different topics"},
		{"one medium only", onsite, mk("medium array", "easy graph"), "the bank has no other medium problem outside the topics of p0; the onsite format needs medium + medium from different topics"},
		{"empty", onsite, nil, "the bank has no medium problem; the onsite format needs medium + medium from different topics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := PickMock(tt.f, tt.bank, nil, 1, t0)
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := FindFormat("phone-junior"); err == nil || !strings.Contains(err.Error(), "formats: phone, phone-senior, onsite") {
		t.Errorf("FindFormat(phone-junior) = %v", err)
	}
}

func TestFormatsClock(t *testing.T) {
	want := map[string]time.Duration{"phone": 35 * time.Minute, "phone-senior": 25 * time.Minute, "onsite": 35 * time.Minute}
	for _, f := range Formats {
		if got := f.Coding(); got != want[f.Name] {
			t.Errorf("%s: coding %v, want %v", f.Name, got, want[f.Name])
		}
	}
}

// loopBank is testBank with three design prompts and a question per
// category.
func loopBank() Bank {
	b := Bank{Problems: testBank()}
	for _, slug := range []string{"feed", "search", "ads"} {
		b.Prompts = append(b.Prompts, &design.Prompt{Slug: slug})
	}
	for _, c := range behavioral.Categories {
		for _, n := range []string{"1", "2"} {
			b.Questions = append(b.Questions, &behavioral.Question{ID: c.ID + "-" + n, Category: c.ID})
		}
	}
	return b
}

// TestPickLoop: each format deals its composition at each level, with the
// clocks the loop runs.
func TestPickLoop(t *testing.T) {
	tests := []struct {
		format, level string
		want          []string
	}{
		{"phone", "", []string{"coding 35 easy+medium"}},
		{"phone", "e4", []string{"coding 35 easy+medium"}},
		{"phone-senior", "e6", []string{"coding 25 *", "behavioral 15 3 questions"}},
		{"onsite", "e4", []string{"coding 35 medium+medium", "coding 35 medium+medium", "ml-design 45", "behavioral 45 9 questions"}},
		{"onsite", "", []string{"coding 35 medium+medium", "coding 35 medium+medium", "ml-design 45", "behavioral 45 9 questions"}},
		{"onsite", "e6", []string{"coding 35 medium+medium", "coding 35 medium+medium", "ml-design 45", "ml-design 45", "behavioral 45 9 questions"}},
	}
	for _, tt := range tests {
		f, _ := FindFormat(tt.format)
		level, err := f.Level(tt.level)
		if err != nil {
			t.Fatal(err)
		}
		for seed := int64(0); seed < 50; seed++ {
			pick, err := PickLoop(f, level, loopBank(), nil, seed, t0)
			if err != nil {
				t.Fatalf("%s %s seed %d: %v", tt.format, tt.level, seed, err)
			}
			var got []string
			slugs := map[string]bool{}
			for _, r := range pick.Rounds {
				line := fmt.Sprintf("%s %d", r.Kind, r.Minutes)
				switch r.Kind {
				case KindCoding:
					var ds []string
					for _, p := range r.Problems {
						ds = append(ds, p.Difficulty)
						if slugs[p.Slug] {
							t.Errorf("%s seed %d: %s dealt twice", tt.format, seed, p.Slug)
						}
						slugs[p.Slug] = true
					}
					shape := strings.Join(ds, "+")
					if tt.format == "phone-senior" && (shape == "medium" || shape == "easy+medium") {
						shape = "*"
					}
					line += " " + shape
				case KindDesign:
					if r.Prompt == nil || slugs[r.Prompt.Slug] {
						t.Errorf("%s seed %d: prompt %v", tt.format, seed, r.Prompt)
					} else {
						slugs[r.Prompt.Slug] = true
					}
				case KindBehavioral:
					line += fmt.Sprintf(" %d questions", len(r.Questions))
				}
				got = append(got, line)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s %s seed %d (-want +got):\n%s", tt.format, tt.level, seed, diff)
			}
		}
	}
}

func TestFormatLevels(t *testing.T) {
	tests := []struct{ format, level, want string }{
		{"phone", "e6", "the phone format is for levels e4 and e5; at e6 the phone screen is --format phone-senior"},
		{"phone-senior", "e4", "the phone-senior format is for level e6; at e4 the phone screen is --format phone"},
		{"onsite", "e7", `unknown level "e7"; levels: e4, e5, e6`},
	}
	for _, tt := range tests {
		f, _ := FindFormat(tt.format)
		if _, err := f.Level(tt.level); err == nil || err.Error() != tt.want {
			t.Errorf("%s --level %s: %v, want %q", tt.format, tt.level, err, tt.want)
		}
	}
	if l, _ := (*Formats[2]).Level("E6"); l != "e6" {
		t.Errorf("E6 reads as %q", l)
	}
}

// TestPickLoopPrefersNew: a prompt practised an hour ago mostly stays out,
// and a loop of two design rounds needs two prompts.
func TestPickLoopPrefersNew(t *testing.T) {
	f, _ := FindFormat("onsite")
	history := []Record{{Session: "x", Kind: KindDesign, Ended: t0.Add(-time.Hour), Design: &DesignRecord{Slug: "feed"}},
		{Session: "y", Kind: KindBehavioral, Ended: t0.Add(-time.Hour), Behavioral: &BehavioralRecord{Questions: []Question{{ID: "conflict-1"}, {ID: "conflict-2"}}}}}
	feed := 0
	for seed := int64(0); seed < 300; seed++ {
		pick, err := PickLoop(f, "e5", loopBank(), history, seed, t0)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range pick.Rounds {
			if r.Kind == KindDesign && r.Prompt.Slug == "feed" {
				feed++
			}
		}
	}
	if feed > 30 {
		t.Errorf("feed, practised an hour ago, was dealt %d times of 300", feed)
	}
	if _, err := PickLoop(f, "e6", Bank{Problems: testBank(), Prompts: loopBank().Prompts[:1], Questions: loopBank().Questions}, nil, 1, t0); err == nil ||
		err.Error() != "the bank has no ML design prompt left for this loop (1 in all)" {
		t.Errorf("two design rounds from one prompt: %v", err)
	}
}
