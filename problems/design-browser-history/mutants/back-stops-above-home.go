//go:build ignore

package main

// Mutant: clamps back at index 1, as if the history started with the first
// visited page, so the homepage can never be reached again once something
// was visited.
type BrowserHistory struct {
	pages     []string
	cur, last int
}

func Constructor(homepage string) BrowserHistory {
	return BrowserHistory{pages: []string{homepage}}
}

func (this *BrowserHistory) Visit(url string) {
	this.pages = append(this.pages[:this.cur+1], url)
	this.cur++
	this.last = this.cur
}

func (this *BrowserHistory) Back(steps int) string {
	this.cur = max(min(1, this.last), this.cur-steps)
	return this.pages[this.cur]
}

func (this *BrowserHistory) Forward(steps int) string {
	this.cur = min(this.last, this.cur+steps)
	return this.pages[this.cur]
}
