//go:build ignore

package main

// Mutant: a visit overwrites the slot after the current page but does not
// record where the history now ends, so forward clamps to the end of the
// array and can reach pages that the visit should have discarded.
type BrowserHistory struct {
	pages []string
	cur   int
}

func Constructor(homepage string) BrowserHistory {
	return BrowserHistory{pages: []string{homepage}}
}

func (this *BrowserHistory) Visit(url string) {
	this.cur++
	if this.cur < len(this.pages) {
		this.pages[this.cur] = url
	} else {
		this.pages = append(this.pages, url)
	}
}

func (this *BrowserHistory) Back(steps int) string {
	this.cur = max(0, this.cur-steps)
	return this.pages[this.cur]
}

func (this *BrowserHistory) Forward(steps int) string {
	this.cur = min(len(this.pages)-1, this.cur+steps)
	return this.pages[this.cur]
}
