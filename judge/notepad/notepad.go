// Package notepad reads the Markdown notepads of the rounds without code
// (ML design, behavioral): their sections under headings, their words,
// and the terms they mention. Guidance written in <!-- --> comments and
// the headings themselves never count as the candidate's words.
package notepad

import (
	"strings"
	"unicode"
)

// Section is the text under one heading, up to the next heading of the
// same or a higher level.
type Section struct {
	// Heading is the heading's text, without its #s.
	Heading string
	// Line is the heading's line, from 1.
	Line int
	// Body is the text under the heading, comments removed, subheadings
	// included.
	Body string
}

// Split cuts text into the sections under its headings of level (2 for
// "## "), after removing comments. Preamble is what comes before the
// first such heading. A heading inside a fenced code block is text.
func Split(text string, level int) (preamble string, sections []Section) {
	text = StripComments(text)
	var body []string
	var cur *Section
	started, orphan := false, false
	flush := func() {
		joined := strings.Join(body, "\n")
		switch {
		case cur != nil:
			cur.Body = joined
			sections = append(sections, *cur)
		case !started:
			preamble = joined
		}
		body = nil
	}
	fenced := false
	for i, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
		}
		h, lv, ok := heading(line)
		switch {
		case ok && !fenced && lv == level:
			flush()
			started, orphan = true, false
			cur = &Section{Heading: h, Line: i + 1}
			continue
		case ok && !fenced && lv < level && started:
			// A higher heading (another title) ends the section; what
			// follows it until the next section belongs to none.
			flush()
			cur, orphan = nil, true
			continue
		}
		if !orphan {
			body = append(body, line)
		}
	}
	flush()
	return preamble, sections
}

// heading reports whether line is an ATX heading ("## Title"), its text
// and its level.
func heading(line string) (text string, level int, ok bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return "", 0, false
	}
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return "", 0, false
	}
	return strings.Trim(strings.TrimSpace(t[n:]), "#"), n, true
}

// StripComments removes <!-- --> comments; an unclosed one runs to the
// end, as a browser reads it.
func StripComments(text string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, "<!--")
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		b.WriteString(text[:i])
		j := strings.Index(text[i+4:], "-->")
		if j < 0 {
			return b.String()
		}
		text = text[i+4+j+3:]
	}
}

// Content is body without its headings and blockquotes (the notepad's
// prompts are quoted), the words the candidate wrote.
func Content(body string) string {
	var out []string
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		if _, _, ok := heading(line); ok || strings.HasPrefix(t, ">") {
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// Words splits text into lower-cased words: runs of letters and digits.
// Everything else separates them.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// CountWords is the number of words in text, as Words reads them.
func CountWords(text string) int { return len(Words(text)) }
