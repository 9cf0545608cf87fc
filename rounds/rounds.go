// Package rounds is the embedded bank of the rounds without code: ML
// design prompts (a folder each under design/) and behavioral questions
// (behavioral/*.json), in the format rounds/README.md describes.
package rounds

import (
	"embed"
	"io/fs"

	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
)

//go:embed design/*/design.json design/*/prompt.md behavioral/*.json
var content embed.FS

// The bank's folders.
const (
	DesignDir     = "design"
	BehavioralDir = "behavioral"
)

// FS is the bank as a file system: design/ and behavioral/ at its root.
func FS() fs.FS { return content }

// Design loads every ML design prompt, sorted by slug.
func Design() ([]*design.Prompt, error) { return design.LoadAll(content, DesignDir) }

// Questions loads every behavioral question, sorted by id.
func Questions() ([]*behavioral.Question, error) {
	return behavioral.LoadAll(content, BehavioralDir)
}
