package command

import (
	"strings"

	"github.com/fatih/color"
)

var (
	heading = color.New(color.Bold)
	faint   = color.New(color.Faint)
)

// difficultyColor pads the difficulty to a column and colours it as LeetCode
// does; padding comes first so escape codes do not break alignment.
func difficultyColor(d string) string {
	pad := strings.Repeat(" ", max(0, 7-len(d)))
	c := map[string]*color.Color{
		"easy":   color.New(color.FgGreen),
		"medium": color.New(color.FgYellow),
		"hard":   color.New(color.FgRed),
	}[d]
	if c == nil {
		return d + pad
	}
	return c.Sprint(d) + pad
}

var (
	good = color.New(color.FgGreen, color.Bold)
	bad  = color.New(color.FgRed, color.Bold)
)

func indentAfterFirst(s, prefix string) string {
	return strings.ReplaceAll(s, "\n", "\n"+prefix)
}
