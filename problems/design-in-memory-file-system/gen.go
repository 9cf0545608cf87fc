//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// genFS builds one test's calls and keeps a model of the tree so that every
// call is valid: ls and reads only of existing paths, files only in
// existing directories, no name used twice in a directory, paths of at most
// 100 characters.
type genFS struct {
	r     *rand.Rand
	ops   []string
	args  [][]string
	dirs  []string          // every directory, "/" first
	files []string          // every file
	kind  map[string]string // path -> "dir" or "file"
}

func genNewFS(r *rand.Rand) *genFS {
	return &genFS{r: r, ops: []string{"FileSystem"}, args: [][]string{{}}, dirs: []string{"/"}, kind: map[string]string{"/": "dir"}}
}

func (g *genFS) call(op string, a ...string) {
	g.ops = append(g.ops, op)
	g.args = append(g.args, a)
}

func genJoin(dir, name string) string {
	if dir == "/" {
		return "/" + name
	}
	return dir + "/" + name
}

// genName is a random lowercase name of 1..maxLen letters.
func (g *genFS) name(maxLen int) string {
	b := make([]byte, 1+g.r.IntN(maxLen))
	for i := range b {
		b[i] = byte('a' + g.r.IntN(26))
	}
	return string(b)
}

// fresh is a path under dir, levels deep, whose first new level does not
// exist yet and which fits in 100 characters; "" when none is found.
func (g *genFS) fresh(dir string, levels, maxLen int) string {
	for try := 0; try < 20; try++ {
		p := dir
		for i := 0; i < levels; i++ {
			p = genJoin(p, g.name(maxLen))
		}
		first := genJoin(dir, strings.SplitN(strings.TrimPrefix(p[len(dir):], "/"), "/", 2)[0])
		if _, taken := g.kind[first]; !taken && len(p) <= 100 {
			return p
		}
	}
	return ""
}

func (g *genFS) mkdir(p string) {
	g.call("mkdir", p)
	for q := p; q != "" && q != "/"; q = q[:strings.LastIndex(q, "/")] {
		if _, ok := g.kind[q]; !ok {
			g.kind[q] = "dir"
			g.dirs = append(g.dirs, q)
		}
	}
}

func (g *genFS) write(p, content string) {
	g.call("addContentToFile", p, content)
	if _, ok := g.kind[p]; !ok {
		g.kind[p] = "file"
		g.files = append(g.files, p)
	}
}

func (g *genFS) content() string {
	const chars = "abcdefghijklmnopqrstuvwxyz"
	b := make([]byte, 1+g.r.IntN(50))
	for i := range b {
		b[i] = chars[g.r.IntN(len(chars))]
	}
	return string(b)
}

func (g *genFS) input() map[string]any {
	return map[string]any{"operations": g.ops, "arguments": g.args}
}

const genMaxCalls = 300

// generate builds 300-call sequences: a root with about a hundred and
// fifty entries listed again and again, a chain fifty directories deep with
// a file at every few levels, one file appended to 150 times and read back
// in between, and a random tree with paths up to 100 characters.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(588, 300))
	var out []GenCase

	wide := genNewFS(r)
	for len(wide.ops) <= 150 {
		if p := wide.fresh("/", 1, 12); p != "" {
			if r.IntN(3) == 0 {
				wide.write(p, wide.content())
			} else {
				wide.mkdir(p)
			}
		}
	}
	for len(wide.ops) <= genMaxCalls {
		switch r.IntN(3) {
		case 0:
			wide.call("ls", "/")
		case 1:
			if len(wide.files) > 0 {
				f := wide.files[r.IntN(len(wide.files))]
				wide.call("readContentFromFile", f)
			}
		default:
			wide.call("ls", wide.dirs[r.IntN(len(wide.dirs))])
		}
	}
	out = append(out, GenCase{Name: "large-wide-root", Input: wide.input()})

	deep := genNewFS(r)
	chain := strings.Repeat("/q", 50)
	deep.mkdir(chain)
	for level := 2; level <= 98; level += 6 {
		deep.write(chain[:level]+"/f", deep.content())
	}
	for len(deep.ops) <= genMaxCalls {
		level := 2 * (1 + r.IntN(50))
		switch r.IntN(3) {
		case 0:
			deep.call("ls", chain[:level])
		case 1:
			f := deep.files[r.IntN(len(deep.files))]
			deep.call("readContentFromFile", f)
		default:
			f := deep.files[r.IntN(len(deep.files))]
			deep.write(f, deep.content())
		}
	}
	out = append(out, GenCase{Name: "large-deep-chain", Input: deep.input()})

	log := genNewFS(r)
	log.mkdir("/var/log")
	for len(log.ops) <= genMaxCalls {
		if len(log.ops)%2 == 0 {
			log.write("/var/log/journal", strings.Repeat(string(byte('a'+len(log.ops)%26)), 50))
		} else {
			log.call("readContentFromFile", "/var/log/journal")
		}
	}
	out = append(out, GenCase{Name: "large-long-content", Input: log.input()})

	tree := genNewFS(r)
	for len(tree.ops) <= genMaxCalls {
		dir := tree.dirs[r.IntN(len(tree.dirs))]
		switch k := r.IntN(10); {
		case k < 3:
			if p := tree.fresh(dir, 1+r.IntN(3), 6); p != "" {
				tree.mkdir(p)
			}
		case k < 5:
			if len(tree.files) > 0 && r.IntN(2) == 0 {
				tree.write(tree.files[r.IntN(len(tree.files))], tree.content())
			} else if p := tree.fresh(dir, 1, 6); p != "" {
				tree.write(p, tree.content())
			}
		case k < 8:
			if len(tree.files) > 0 && r.IntN(3) == 0 {
				tree.call("ls", tree.files[r.IntN(len(tree.files))])
			} else {
				tree.call("ls", dir)
			}
		default:
			if len(tree.files) > 0 {
				tree.call("readContentFromFile", tree.files[r.IntN(len(tree.files))])
			}
		}
	}
	out = append(out, GenCase{Name: "large-random-tree", Input: tree.input()})
	return out
}

// genLetters writes i in base 26 with the letters a..z.
func genLetters(i int) string {
	var b []byte
	for {
		b = append(b, byte('a'+i%26))
		i /= 26
		if i == 0 {
			break
		}
	}
	return string(b)
}

// sized makes n calls (the constructor included), four per step i, under
// D, one of 64 top directories: mkdir of a new directory /D/E, a write to a
// new file /D/F, a read of it and ls of /D/E. Every call walks at most two
// levels: O(1) each, while the tree grows to n/2 entries (a solution that
// scans every path to answer ls pays O(n) a call).
func sized(n int) map[string]any {
	ops := []string{"FileSystem"}
	args := [][]string{{}}
	add := func(op string, a ...string) {
		if len(ops) < n {
			ops = append(ops, op)
			args = append(args, a)
		}
	}
	for i := 0; len(ops) < n; i++ {
		top := "/" + genLetters(i%64)
		dir, file := top+"/d"+genLetters(i), top+"/f"+genLetters(i)
		add("mkdir", dir)
		add("addContentToFile", file, "x")
		add("readContentFromFile", file)
		add("ls", dir)
	}
	return map[string]any{"operations": ops, "arguments": args}
}
