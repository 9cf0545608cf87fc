//go:build ignore

package main

import "sort"

// Mutant: builds each feed by copying every tweet of the user and of all
// followees into one slice and sorting it, so one feed costs
// O(T log T) in the total number of tweets instead of a ten-step merge.
// verdict: time_limit_exceeded
type post struct{ time, id int }

type Twitter struct {
	clock     int
	tweets    map[int][]post
	followees map[int]map[int]bool
}

func Constructor() Twitter {
	return Twitter{tweets: map[int][]post{}, followees: map[int]map[int]bool{}}
}

func (this *Twitter) PostTweet(userId int, tweetId int) {
	this.clock++
	this.tweets[userId] = append(this.tweets[userId], post{this.clock, tweetId})
}

func (this *Twitter) GetNewsFeed(userId int) []int {
	all := append([]post(nil), this.tweets[userId]...)
	for f := range this.followees[userId] {
		all = append(all, this.tweets[f]...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].time > all[j].time })
	feed := []int{}
	for i := 0; i < len(all) && i < 10; i++ {
		feed = append(feed, all[i].id)
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
