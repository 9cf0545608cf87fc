package design

import (
	"slices"
	"strings"

	"github.com/judgehq/judge/judge/notepad"
)

// stopWords carry no meaning in a clarifying question: they never match a
// fact, and a fact may not be asked by them.
var stopWords = strings.Fields(`a an the is are was were be do does did we our us you your i me my
how what which who whom when where why much many have has had of for to in on at by it its
there any some can could will would should shall may might about and or if this that these
those with from as so tell me please give`)

// QuestionWords are the words of a question that can match a fact.
func QuestionWords(question string) []string {
	var out []string
	for _, w := range notepad.Words(question) {
		if !slices.Contains(stopWords, w) {
			out = append(out, w)
		}
	}
	return out
}

// Answer returns the facts a question asks about: those with a word of
// their topic or ask list among the question's words (plural or not).
func (p *Prompt) Answer(question string) []Fact {
	q := QuestionWords(question)
	var out []Fact
	for _, f := range p.Facts {
		if factMatches(f, q) {
			out = append(out, f)
		}
	}
	return out
}

func factMatches(f Fact, q []string) bool {
	keys := append([]string{f.Topic}, f.Ask...)
	for _, k := range keys {
		t, err := notepad.ParseTerm(k)
		if err == nil && t.In(q) {
			return true
		}
		// The question's word may be the shorter one: "label" asks a
		// fact keyed "labels".
		if kw := notepad.Words(k); len(kw) == 1 {
			for _, w := range q {
				if t, err := notepad.ParseTerm(w); err == nil && t.In(kw) {
					return true
				}
			}
		}
	}
	return false
}
