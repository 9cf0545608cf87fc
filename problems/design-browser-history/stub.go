//go:build ignore

package main

type BrowserHistory struct {
}

func Constructor(homepage string) BrowserHistory {
	return BrowserHistory{}
}

func (this *BrowserHistory) Visit(url string) {
}

func (this *BrowserHistory) Back(steps int) string {
	return ""
}

func (this *BrowserHistory) Forward(steps int) string {
	return ""
}

/**
 * Your BrowserHistory object will be instantiated and called as such:
 * obj := Constructor(homepage);
 * obj.Visit(url);
 * param_2 := obj.Back(steps);
 * param_3 := obj.Forward(steps);
 */
