//go:build ignore

package main

// BrowserHistory keeps two stacks: the pages behind the current one (the
// homepage at the bottom) and the pages ahead of it. Back and forward move
// one page at a time between them; a visit empties the forward stack.
type BrowserHistory struct {
	behind, ahead []string
	current       string
}

func Constructor(homepage string) BrowserHistory {
	return BrowserHistory{current: homepage}
}

func (this *BrowserHistory) Visit(url string) {
	this.behind = append(this.behind, this.current)
	this.current = url
	this.ahead = nil
}

func (this *BrowserHistory) Back(steps int) string {
	for ; steps > 0 && len(this.behind) > 0; steps-- {
		this.ahead = append(this.ahead, this.current)
		this.current = this.behind[len(this.behind)-1]
		this.behind = this.behind[:len(this.behind)-1]
	}
	return this.current
}

func (this *BrowserHistory) Forward(steps int) string {
	for ; steps > 0 && len(this.ahead) > 0; steps-- {
		this.behind = append(this.behind, this.current)
		this.current = this.ahead[len(this.ahead)-1]
		this.ahead = this.ahead[:len(this.ahead)-1]
	}
	return this.current
}
