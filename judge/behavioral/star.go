package behavioral

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/judgehq/judge/judge/notepad"
)

// Part is one part of a STAR answer, a subheading of the notepad.
type Part struct {
	ID    string
	Title string
	Guide string
	// stems are the words a heading may start with to name the part.
	stems []string
}

// Parts are the parts of a STAR answer, in order.
var Parts = []Part{
	{"situation", "Situation", "where and when, and what was at stake, in two or three sentences", []string{"situation", "context", "background"}},
	{"task", "Task", "what you had to achieve, and why it fell to you", []string{"task", "goal", "problem"}},
	{"action", "Action", "what you did, in the first person: the decisions, the trade-offs, the people", []string{"action", "what i did"}},
	{"result", "Result", "what changed, with a number: a metric, a percentage, a date kept, a cost saved", []string{"result", "outcome", "impact"}},
	{"learned", "Learned", "what you learned, and what you do differently since", []string{"learn", "lesson", "what i learned", "takeaway", "reflection"}},
}

// MinutesPerQuestion is each question's share of the clock.
const MinutesPerQuestion = 5

// The length of an answer's notes, in words, that the review calls short
// or long: under ShortWords the story is not told; over LongWords it no
// longer fits the 3 minutes an answer gets when spoken.
const (
	ShortWords = 60
	LongWords  = 350
)

func clock(d time.Duration) string {
	s := int(d / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// Template is the notepad of a round on qs with a clock of d, split
// evenly between the questions: a heading per question with its time,
// the question quoted, a subheading per STAR part.
func Template(qs []*Question, d time.Duration) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Behavioral round · %d question%s · %s\n", len(qs), plural(len(qs)), clock(d))
	b.WriteString(`
<!--
Answer each question as a STAR story, in the time beside it: situation,
task, action, result (with a number), and what you learned. Notes, not
prose: what you would say, in the order you would say it. The review checks
each part is there, that the result carries a figure, and the length; text
inside comments like this one, the headings and the quoted questions never
count.
-->
`)
	for i, q := range qs {
		from, to := d*time.Duration(i)/time.Duration(len(qs)), d*time.Duration(i+1)/time.Duration(len(qs))
		title := q.Category
		if c, ok := FindCategory(q.Category); ok {
			title = c.Title
		}
		fmt.Fprintf(&b, "\n## Q%d · %s · %s–%s\n\n> %s\n", i+1, title, clock(from.Truncate(time.Second)), clock(to.Truncate(time.Second)), q.Text)
		for _, p := range Parts {
			fmt.Fprintf(&b, "\n### %s\n<!-- %s -->\n\n", p.Title, p.Guide)
		}
	}
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// PartOf returns the index of the part a subheading names, -1 if none.
func PartOf(heading string) int {
	h := strings.ToLower(strings.TrimSpace(heading))
	h = strings.TrimLeft(h, "0123456789.) ")
	for i, p := range Parts {
		for _, s := range p.stems {
			if strings.HasPrefix(h, s) {
				return i
			}
		}
	}
	return -1
}

// PartReview is one STAR part of an answer.
type PartReview struct {
	ID      string `json:"id"`
	Present bool   `json:"present"`
	Words   int    `json:"words"`
}

// The lengths of an answer.
const (
	LengthShort = "short"
	LengthOK    = "ok"
	LengthLong  = "long"
)

// AnswerReview is what the notes hold for one question.
type AnswerReview struct {
	Question string       `json:"question"`
	Category string       `json:"category"`
	Present  bool         `json:"present"`
	Parts    []PartReview `json:"parts"`
	Words    int          `json:"words"`
	// Missing are the parts absent or empty, by id.
	Missing []string `json:"missing"`
	// Figure: the result carries a number.
	Figure bool `json:"result_has_figure"`
	// Length is short, ok or long.
	Length string `json:"length"`
}

// Complete reports whether the answer has every part and a figure in
// its result.
func (a *AnswerReview) Complete() bool { return len(a.Missing) == 0 && a.Figure }

// Review is what the notes of a behavioral round show.
type Review struct {
	Answers []AnswerReview `json:"answers"`
	// Complete of the answers have every part and a figure.
	Complete int `json:"complete"`
	Total    int `json:"total"`
}

// ReviewNotes reviews the answers to qs in notes. A question's section is
// found by its number ("## Q2 …"), else by its place among the sections.
func ReviewNotes(qs []*Question, notes string) *Review {
	_, secs := notepad.Split(notes, 2)
	byNumber := map[int]notepad.Section{}
	for i, s := range secs {
		if n, ok := questionNumber(s.Heading); ok {
			byNumber[n] = s
		} else if _, taken := byNumber[i+1]; !taken {
			byNumber[i+1] = s
		}
	}
	r := &Review{Total: len(qs)}
	for i, q := range qs {
		a := AnswerReview{Question: q.ID, Category: q.Category, Missing: []string{}}
		sec, ok := byNumber[i+1]
		a.Present = ok
		words := make([][]string, len(Parts))
		if ok {
			_, subs := notepad.Split(sec.Body, 3)
			for _, sub := range subs {
				k := PartOf(sub.Heading)
				ws := notepad.Words(notepad.Content(sub.Body))
				a.Words += len(ws)
				if k >= 0 {
					words[k] = append(words[k], ws...)
					if a.Parts == nil {
						a.Parts = make([]PartReview, len(Parts))
					}
					a.Parts[k].Present = true
				}
			}
		}
		if a.Parts == nil {
			a.Parts = make([]PartReview, len(Parts))
		}
		for k, p := range Parts {
			a.Parts[k].ID = p.ID
			a.Parts[k].Words = len(words[k])
			if a.Parts[k].Words == 0 {
				a.Missing = append(a.Missing, p.ID)
			}
		}
		a.Figure = HasFigure(words[slices.IndexFunc(Parts, func(p Part) bool { return p.ID == "result" })])
		switch {
		case a.Words < ShortWords:
			a.Length = LengthShort
		case a.Words > LongWords:
			a.Length = LengthLong
		default:
			a.Length = LengthOK
		}
		if a.Complete() {
			r.Complete++
		}
		r.Answers = append(r.Answers, a)
	}
	return r
}

// questionNumber reads n from a heading "Q<n> …" or "Question <n> …".
func questionNumber(heading string) (int, bool) {
	h := strings.ToLower(strings.TrimSpace(heading))
	for _, p := range []string{"question ", "question", "q "} {
		if rest, ok := strings.CutPrefix(h, p); ok {
			h = "q" + rest
			break
		}
	}
	rest, ok := strings.CutPrefix(h, "q")
	if !ok {
		return 0, false
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsDigit(r) })
	if end < 0 {
		end = len(rest)
	}
	n, err := strconv.Atoi(rest[:end])
	return n, err == nil && n > 0
}

// figureWords say a quantity without digits.
var figureWords = strings.Fields(`two three four five six seven eight nine ten eleven twelve twenty thirty forty
fifty hundred hundreds thousand thousands million millions billion billions dozen dozens
twice half halved double doubled triple tripled quadrupled tenfold percent`)

// HasFigure reports whether words carry a number: a digit, or a word
// for a quantity (twice, half, thousands, percent…).
func HasFigure(words []string) bool {
	for _, w := range words {
		if strings.ContainsFunc(w, unicode.IsDigit) || slices.Contains(figureWords, w) {
			return true
		}
	}
	return false
}
