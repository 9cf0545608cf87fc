package pad

import (
	"html"
	"html/template"
	"regexp"
	"strings"
)

// markdown renders the small markdown of statements and prompts as HTML:
// headings, paragraphs, lists, code blocks, `code` and **bold**. Every
// piece of text is escaped first, so nothing in a statement becomes markup
// of its own.
func markdown(src string) template.HTML {
	var b strings.Builder
	var para []string
	inList, inCode := false, false
	flush := func() {
		if len(para) > 0 {
			b.WriteString("<p>" + inline(strings.Join(para, " ")) + "</p>\n")
			para = nil
		}
		if inList {
			b.WriteString("</ul>\n")
			inList = false
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "```"):
			if inCode {
				b.WriteString("</code></pre>\n")
			} else {
				flush()
				b.WriteString("<pre><code>")
			}
			inCode = !inCode
		case inCode:
			b.WriteString(html.EscapeString(line) + "\n")
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "#"):
			flush()
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			level = min(max(level, 1), 4) + 1 // the page's own title is the h1
			tag := string(rune('0' + level))
			b.WriteString("<h" + tag + ">" + inline(strings.TrimSpace(strings.TrimLeft(trimmed, "#"))) + "</h" + tag + ">\n")
		case strings.HasPrefix(trimmed, "- "), strings.HasPrefix(trimmed, "* "):
			if len(para) > 0 {
				b.WriteString("<p>" + inline(strings.Join(para, " ")) + "</p>\n")
				para = nil
			}
			if !inList {
				b.WriteString("<ul>\n")
				inList = true
			}
			b.WriteString("<li>" + inline(trimmed[2:]) + "</li>\n")
		default:
			if inList {
				b.WriteString("</ul>\n")
				inList = false
			}
			para = append(para, trimmed)
		}
	}
	if inCode {
		b.WriteString("</code></pre>\n")
	}
	flush()
	return template.HTML(b.String()) // #nosec: built from escaped text only
}

var (
	codeSpan = regexp.MustCompile("`([^`]+)`")
	bold     = regexp.MustCompile(`\*\*([^*]+)\*\*`)
)

// inline escapes text, then marks up its code spans and bold runs.
func inline(text string) string {
	s := html.EscapeString(text)
	s = codeSpan.ReplaceAllString(s, "<code>$1</code>")
	return bold.ReplaceAllString(s, "<strong>$1</strong>")
}
