//go:build ignore

package main

// BrowserHistory keeps the pages in an array, the index of the current page
// and the index of the last page still reachable by forward. A visit does
// not delete the pages ahead; it overwrites the next slot and moves the end
// of the valid history there, so every call is O(1).
type BrowserHistory struct {
	pages     []string
	cur, last int
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
	this.last = this.cur
}

func (this *BrowserHistory) Back(steps int) string {
	this.cur = max(0, this.cur-steps)
	return this.pages[this.cur]
}

func (this *BrowserHistory) Forward(steps int) string {
	this.cur = min(this.last, this.cur+steps)
	return this.pages[this.cur]
}
