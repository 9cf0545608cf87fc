//go:build ignore

package main

// Mutant: a visit appends the new page at the end of the whole list instead
// of right after the current page, so the forward pages it should discard
// stay in the history between the current page and the new one.
//
// No time_limit_exceeded mutant: steps are at most 100 and there are at most
// 5000 calls, so step-by-step moves (two stacks, a linked list) and even
// copying the whole history on each visit stay within milliseconds; no
// slower class can fail at these limits.
type BrowserHistory struct {
	pages []string
	cur   int
}

func Constructor(homepage string) BrowserHistory {
	return BrowserHistory{pages: []string{homepage}}
}

func (this *BrowserHistory) Visit(url string) {
	this.pages = append(this.pages, url)
	this.cur = len(this.pages) - 1
}

func (this *BrowserHistory) Back(steps int) string {
	this.cur = max(0, this.cur-steps)
	return this.pages[this.cur]
}

func (this *BrowserHistory) Forward(steps int) string {
	this.cur = min(len(this.pages)-1, this.cur+steps)
	return this.pages[this.cur]
}
