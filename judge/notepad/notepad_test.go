package notepad

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	text := `# Title
> the prompt
intro words

## 1. Clarify · 0:00–5:00
<!-- guidance
over two lines -->
users: 10 million

### a subheading
more
## Model
` + "```" + `
## not a heading, in a fence
` + "```" + `
# Another title
stray
## Last
  <!-- never closed
hidden
`
	pre, secs := Split(text, 2)
	if want := "# Title\n> the prompt\nintro words\n"; pre != want {
		t.Errorf("preamble %q, want %q", pre, want)
	}
	want := []Section{
		{Heading: "1. Clarify · 0:00–5:00", Line: 5, Body: "\nusers: 10 million\n\n### a subheading\nmore"},
		{Heading: "Model", Line: 11, Body: "```\n## not a heading, in a fence\n```"},
		{Heading: "Last", Line: 17, Body: "  "},
	}
	if diff := cmp.Diff(want, secs); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
	_, subs := Split(secs[0].Body, 3)
	if len(subs) != 1 || subs[0].Heading != "a subheading" || subs[0].Body != "more" {
		t.Errorf("subsections: %+v", subs)
	}
}

func TestContentAndWords(t *testing.T) {
	body := "> quoted prompt\n### Situation\nWe shipped v2 of the ranker—on time.\n"
	if got, want := Words(Content(body)), []string{"we", "shipped", "v2", "of", "the", "ranker", "on", "time"}; !cmp.Equal(want, got) {
		t.Errorf("Words(Content) = %q, want %q", got, want)
	}
	if n := CountWords("Über-fast A/B tests, 99% done"); n != 7 {
		t.Errorf("CountWords = %d, want 7", n)
	}
}

func TestTerm(t *testing.T) {
	tests := []struct {
		term string
		text string
		want bool
	}{
		{"label", "the labels arrive late", true},
		{"label", "labeled by reviewers", true},
		{"label", "relabel", false},
		{"label", "labelling", false}, // a doubled consonant needs its own synonym
		{"rank", "the ranking stage", true},
		{"rank", "a ranker", false},
		{"calibrat*", "calibration drifts", true},
		{"calibrat*", "recalibrate", false},
		{"a/b test", "run an A-B testing period", true},
		{"a/b test", "a test b", false},
		{"recall@k", "Recall @ K of 0.3", true},
		{"negative sampling|hard negatives", "we mine hard negatives", true},
		{"negative sampling|hard negatives", "sampling of negatives", false},
		{"p99", "p99 under 50 ms", true},
		{"cold start", "cold-start users", true},
		{"cold start", "cold starts", true},
		{"cold start", "a cold morning start", false},
	}
	for _, tt := range tests {
		term, err := ParseTerm(tt.term)
		if err != nil {
			t.Fatal(err)
		}
		if got := term.In(Words(tt.text)); got != tt.want {
			t.Errorf("%q in %q = %v, want %v", tt.term, tt.text, got, tt.want)
		}
	}
}

func TestAllIn(t *testing.T) {
	label, _ := ParseTerm("label|ground truth")
	delay, _ := ParseTerm("delay*|lag|window")
	words := Words("the ground truth comes after a 7-day window")
	if !AllIn([]Term{label, delay}, words) {
		t.Error("both terms are there")
	}
	if AllIn([]Term{label, delay}, Words("the labels")) {
		t.Error("the delay is missing")
	}
	if AllIn(nil, words) {
		t.Error("no terms must never match")
	}
}

func TestParseTermErrors(t *testing.T) {
	for _, s := range []string{"", "label||lag", "--", "a|*"} {
		if _, err := ParseTerm(s); err == nil {
			t.Errorf("ParseTerm(%q): no error", s)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("# t\n## a\nx\n<!-- c -->\n### b\ny\n", 2)
	f.Add("```\n## x\n<!--", 3)
	f.Fuzz(func(t *testing.T, text string, level int) {
		level = 1 + (level%6+6)%6
		_, secs := Split(text, level)
		for _, s := range secs {
			if s.Line < 1 {
				t.Fatalf("section %q at line %d", s.Heading, s.Line)
			}
		}
	})
}

func FuzzTerm(f *testing.F) {
	f.Add("a/b test*|ctr", "An A/B testing run")
	f.Fuzz(func(t *testing.T, term, text string) {
		tm, err := ParseTerm(term)
		if err != nil {
			return
		}
		tm.In(Words(text))
	})
}
