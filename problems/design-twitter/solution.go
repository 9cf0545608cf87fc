//go:build ignore

package main

import "container/heap"

// tweet is one post: when it was made (a global counter) and its id.
type tweet struct {
	time, id int
}

// feedCursor points at the next unread tweet of one source: tweets[pos] of a
// user's list, which is kept oldest first, so reading goes backwards.
type feedCursor struct {
	tweets []tweet
	pos    int
}

// feedHeap is a max-heap of cursors by the time of the tweet they point at.
type feedHeap []feedCursor

func (h feedHeap) Len() int { return len(h) }
func (h feedHeap) Less(i, j int) bool {
	return h[i].tweets[h[i].pos].time > h[j].tweets[h[j].pos].time
}
func (h feedHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *feedHeap) Push(x any)   { *h = append(*h, x.(feedCursor)) }
func (h *feedHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// Twitter keeps each user's tweets in posting order and each user's set of
// followees. A feed merges the user's own list and the followees' lists,
// newest first, with a heap of one cursor per list, stopping after ten.
type Twitter struct {
	clock     int
	tweets    map[int][]tweet
	followees map[int]map[int]bool
}

func Constructor() Twitter {
	return Twitter{tweets: map[int][]tweet{}, followees: map[int]map[int]bool{}}
}

func (this *Twitter) PostTweet(userId int, tweetId int) {
	this.clock++
	this.tweets[userId] = append(this.tweets[userId], tweet{this.clock, tweetId})
}

func (this *Twitter) GetNewsFeed(userId int) []int {
	h := feedHeap{}
	addSource := func(u int) {
		if ts := this.tweets[u]; len(ts) > 0 {
			h = append(h, feedCursor{ts, len(ts) - 1})
		}
	}
	addSource(userId)
	for f := range this.followees[userId] {
		addSource(f)
	}
	heap.Init(&h)
	feed := make([]int, 0, 10)
	for len(feed) < 10 && h.Len() > 0 {
		c := &h[0]
		feed = append(feed, c.tweets[c.pos].id)
		if c.pos > 0 {
			c.pos--
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	return feed
}

func (this *Twitter) Follow(followerId int, followeeId int) {
	if followerId == followeeId {
		return
	}
	if this.followees[followerId] == nil {
		this.followees[followerId] = map[int]bool{}
	}
	this.followees[followerId][followeeId] = true
}

func (this *Twitter) Unfollow(followerId int, followeeId int) {
	delete(this.followees[followerId], followeeId)
}
