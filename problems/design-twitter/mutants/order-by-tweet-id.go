//go:build ignore

package main

import "sort"

// Mutant: treats a larger tweet id as a newer tweet, but ids are arbitrary
// and say nothing about when a tweet was posted.
type Twitter struct {
	tweets    map[int][]int
	followees map[int]map[int]bool
}

func Constructor() Twitter {
	return Twitter{tweets: map[int][]int{}, followees: map[int]map[int]bool{}}
}

func (this *Twitter) PostTweet(userId int, tweetId int) {
	this.tweets[userId] = append(this.tweets[userId], tweetId)
}

func (this *Twitter) GetNewsFeed(userId int) []int {
	all := append([]int(nil), this.tweets[userId]...)
	for f := range this.followees[userId] {
		all = append(all, this.tweets[f]...)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(all)))
	if len(all) > 10 {
		all = all[:10]
	}
	return append([]int{}, all...)
}

func (this *Twitter) Follow(followerId int, followeeId int) {
	if this.followees[followerId] == nil {
		this.followees[followerId] = map[int]bool{}
	}
	this.followees[followerId][followeeId] = true
}

func (this *Twitter) Unfollow(followerId int, followeeId int) {
	delete(this.followees[followerId], followeeId)
}
