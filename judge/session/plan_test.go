package session

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// planOf lists each slot as "slug stage start-end", times from the start.
func planOf(s *Session) []string {
	var out []string
	for _, sl := range s.Plan() {
		out = append(out, sl.Slug+" "+sl.Name()+" "+Elapsed(sl.Start.Sub(s.Started))+"-"+Elapsed(sl.End.Sub(s.Started)))
	}
	return out
}

func TestPlan(t *testing.T) {
	tests := []struct {
		name string
		s    *Session
		want []string
	}{
		{
			name: "one problem, 17 minutes",
			s:    testSession(17*time.Minute, "a"),
			want: []string{"a clarify 0:00-3:00", "a plan 3:00-8:00", "a code 8:00-13:00", "a pseudo-run 13:00-15:00", "a close 15:00-17:00"},
		},
		{
			name: "two problems split the clock evenly",
			s:    testSession(34*time.Minute, "a", "b"),
			want: []string{
				"a clarify 0:00-3:00", "a plan 3:00-8:00", "a code 8:00-13:00", "a pseudo-run 13:00-15:00", "a close 15:00-17:00",
				"b clarify 17:00-20:00", "b plan 20:00-25:00", "b code 25:00-30:00", "b pseudo-run 30:00-32:00", "b close 32:00-34:00",
			},
		},
		{
			name: "a shorter clock scales every stage",
			s:    testSession(17*time.Second, "a"),
			want: []string{"a clarify 0:00-0:03", "a plan 0:03-0:08", "a code 0:08-0:13", "a pseudo-run 0:13-0:15", "a close 0:15-0:17"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, planOf(tt.s)); diff != "" {
				t.Errorf("plan (-want +got):\n%s", diff)
			}
			plan := tt.s.Plan()
			if !plan[len(plan)-1].End.Equal(tt.s.Deadline) {
				t.Errorf("the plan ends at %v, not at the deadline %v", plan[len(plan)-1].End, tt.s.Deadline)
			}
		})
	}
}

func TestSlotAt(t *testing.T) {
	s := testSession(35*time.Minute, "a", "b")
	tests := []struct {
		at     time.Duration
		want   string
		wantOK bool
	}{
		{-time.Second, "", false},
		{0, "a clarify", true},
		{3*time.Minute + 5*time.Second, "a clarify", true},
		{3*time.Minute + 6*time.Second, "a plan", true},
		{17*time.Minute + 29*time.Second, "a close", true},
		{17*time.Minute + 30*time.Second, "b clarify", true},
		{35*time.Minute - 1, "b close", true},
		{35 * time.Minute, "", false},
	}
	for _, tt := range tests {
		sl, ok := s.SlotAt(t0.Add(tt.at))
		got := ""
		if ok {
			got = sl.Slug + " " + sl.Name()
		}
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("SlotAt(+%v) = %q, %v; want %q, %v", tt.at, got, ok, tt.want, tt.wantOK)
		}
	}
}
