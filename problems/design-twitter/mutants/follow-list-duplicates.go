//go:build ignore

package main

import "sort"

// Mutant: keeps followees in a slice and appends on every follow call, so
// following someone twice shows each of their tweets twice, and one unfollow
// leaves a copy behind.
type post struct{ time, id int }

type Twitter struct {
	clock     int
	tweets    map[int][]post
	followees map[int][]int
}

func Constructor() Twitter {
	return Twitter{tweets: map[int][]post{}, followees: map[int][]int{}}
}

func (this *Twitter) PostTweet(userId int, tweetId int) {
	this.clock++
	this.tweets[userId] = append(this.tweets[userId], post{this.clock, tweetId})
}

func (this *Twitter) GetNewsFeed(userId int) []int {
	all := append([]post(nil), this.tweets[userId]...)
	for _, f := range this.followees[userId] {
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
	this.followees[followerId] = append(this.followees[followerId], followeeId)
}

func (this *Twitter) Unfollow(followerId int, followeeId int) {
	fs := this.followees[followerId]
	for i, f := range fs {
		if f == followeeId {
			this.followees[followerId] = append(fs[:i:i], fs[i+1:]...)
			return
		}
	}
}
