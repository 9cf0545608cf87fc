package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
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
			if (pick.Behavioral != "") != (f.Name == "phone-senior") {
				t.Errorf("%s seed %d: behavioral prompt %q", f.Name, seed, pick.Behavioral)
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
