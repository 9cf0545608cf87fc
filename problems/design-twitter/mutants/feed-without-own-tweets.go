//go:build ignore

package main

// Mutant: builds the feed from followees only and forgets the user's own
// tweets, which belong in the feed too.
type Twitter struct {
	posters, ids []int
	follows      map[int]map[int]bool
}

func Constructor() Twitter {
	return Twitter{follows: map[int]map[int]bool{}}
}

func (this *Twitter) PostTweet(userId int, tweetId int) {
	this.posters = append(this.posters, userId)
	this.ids = append(this.ids, tweetId)
}

func (this *Twitter) GetNewsFeed(userId int) []int {
	feed := []int{}
	for i := len(this.ids) - 1; i >= 0 && len(feed) < 10; i-- {
		if this.follows[userId][this.posters[i]] {
			feed = append(feed, this.ids[i])
		}
	}
	return feed
}

func (this *Twitter) Follow(followerId int, followeeId int) {
	if this.follows[followerId] == nil {
		this.follows[followerId] = map[int]bool{}
	}
	this.follows[followerId][followeeId] = true
}

func (this *Twitter) Unfollow(followerId int, followeeId int) {
	delete(this.follows[followerId], followeeId)
}
